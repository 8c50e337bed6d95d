package io.m365connect.core.cert;

import static io.m365connect.core.cert.Fixtures.PASSWORD;
import static io.m365connect.core.cert.Fixtures.file;
import static io.m365connect.core.cert.Fixtures.password;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.m365connect.core.cert.CertificateProblem.Kind;
import io.m365connect.core.common.Cancellation;
import io.m365connect.core.common.Secret;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CertificateExportTest {
    private final CertificateExport export = new CertificateExport(new CertificateWriter(new SecureRandom()));
    private final CertificateReader reader = new CertificateReader();

    @TempDir
    Path out;

    private static String perms(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    @Test
    void baseNameDropsCertificateExtensions() {
        assertEquals("app", CertificateExport.baseName(Path.of("x/app.crt.pem")));
        assertEquals("Contoso App", CertificateExport.baseName(Path.of("Contoso App.pfx")));
        assertEquals("app.v2", CertificateExport.baseName(Path.of("app.v2.p12")));
    }

    @Test
    void pemPairIsNamedAfterTheInputWithAnOwnerOnlyKey() throws Exception {
        CertificateBundle b = reader.read(file("openssl3-default.pfx"), password(PASSWORD));
        List<Path> files = export.export(b, "app", ExportFormat.PEM, out.resolve("new"),
                CertificateExport.Options.defaults(), Cancellation.none());
        assertEquals(List.of(out.resolve("new/app.crt.pem"), out.resolve("new/app.key.pem")), files);
        assertEquals("rw-r--r--", perms(files.get(0)));
        assertEquals("rw-------", perms(files.get(1)));
        assertTrue(Files.readString(files.get(1)).startsWith("-----BEGIN PRIVATE KEY-----"));
    }

    @Test
    void pfxIsOwnerOnlyAndReadsBack() throws Exception {
        CertificateBundle b = reader.read(file("app.crt"), file("app.key"), Optional.empty());
        List<Path> files = export.export(b, "app", ExportFormat.PFX, out,
                new CertificateExport.Options(KeyFormat.PKCS8, PfxProfile.LEGACY, Secret.of("pw"), false), Cancellation.none());
        assertEquals("rw-------", perms(files.get(0)));
        assertTrue(reader.read(files.get(0), password("pw")).keyMatches());
    }

    @Test
    void existingFilesAreNotReplacedWithoutForce() throws Exception {
        CertificateBundle b = reader.read(file("app.crt"), Optional.empty());
        Files.writeString(out.resolve("app.cer"), "keep me");
        CertificateProblem p = assertThrows(CertificateProblem.class, () -> export.export(b, "app", ExportFormat.CER, out,
                CertificateExport.Options.defaults(), Cancellation.none()));
        assertEquals(Kind.FILE_EXISTS, p.kind());
        assertEquals(out.resolve("app.cer") + " already exists; it was left as it is.", p.problem().summary());
        assertEquals("keep me", Files.readString(out.resolve("app.cer")));
        export.export(b, "app", ExportFormat.CER, out,
                new CertificateExport.Options(KeyFormat.PKCS8, PfxProfile.MODERN, null, true), Cancellation.none());
        assertEquals(b.certificate(), reader.read(out.resolve("app.cer"), Optional.empty()).certificate());
    }

    @Test
    void cancelledExportLeavesNoFiles() throws Exception {
        CertificateBundle b = reader.read(file("app-combined.pem"), Optional.empty());
        Cancellation cancel = new Cancellation();
        cancel.cancel();
        assertThrows(java.util.concurrent.CancellationException.class, () -> export.export(b, "app", ExportFormat.PEM, out,
                CertificateExport.Options.defaults(), cancel));
        assertEquals(0, Files.list(out).count());
    }

    @Test
    void keyOfAnotherCertificateIsRefusedBeforeWriting() throws Exception {
        CertificateBundle b = reader.read(file("mismatch.pem"), Optional.empty());
        CertificateProblem p = assertThrows(CertificateProblem.class, () -> export.export(b, "app", ExportFormat.PEM, out,
                CertificateExport.Options.defaults(), Cancellation.none()));
        assertEquals(Kind.KEY_MISMATCH, p.kind());
        assertEquals("The private key does not belong to the certificate.", p.problem().summary());
        assertEquals(0, Files.list(out).count());
    }

    @Test
    void pfxWithoutKeyOrPasswordIsRefusedWithWhatToDo() throws Exception {
        CertificateBundle certOnly = reader.read(file("app.crt"), Optional.empty());
        CertificateProblem noKey = assertThrows(CertificateProblem.class, () -> export.export(certOnly, "app",
                ExportFormat.PFX, out, new CertificateExport.Options(KeyFormat.PKCS8, PfxProfile.MODERN, Secret.of("x"), false),
                Cancellation.none()));
        assertEquals("A .pfx needs the private key, and this certificate came without one.", noKey.problem().summary());
        CertificateBundle withKey = reader.read(file("app-combined.pem"), Optional.empty());
        CertificateProblem noPassword = assertThrows(CertificateProblem.class, () -> export.export(withKey, "app",
                ExportFormat.PFX, out, CertificateExport.Options.defaults(), Cancellation.none()));
        assertEquals("A .pfx needs a password.", noPassword.problem().summary());
    }
}
