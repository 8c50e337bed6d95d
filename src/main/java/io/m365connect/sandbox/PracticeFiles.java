package io.m365connect.sandbox;

import io.m365connect.core.cert.PemText;
import io.m365connect.core.cert.SelfSignedFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;

/**
 * The files the practice tenant leaves in its work folder for other tools: the CA (PEM), and the demo app
 * certificate as PFX, certificate PEM and key PEM. Keys are written owner-only and every file atomically.
 * The folder belongs to the practice tenant, so each start replaces what the previous one left.
 */
final class PracticeFiles {
    static final String CLOUD_FILE = "practice.cloud.json";
    static final String CA_FILE = "practice-ca.pem";
    static final String DEMO_PFX = "demo-app.pfx";
    static final String DEMO_CERT = "demo-app.pem";
    static final String DEMO_KEY = "demo-app.key.pem";
    /** A practice value, printed for the person on purpose. */
    static final String DEMO_PFX_PASSWORD = "practice";

    private PracticeFiles() {
    }

    static void writeDemoCredential(Path dir, SelfSignedFactory.Issued demo, SelfSignedFactory.Issued ca)
            throws IOException, GeneralSecurityException {
        KeyStore pfx = KeyStore.getInstance("PKCS12");
        pfx.load(null, null);
        pfx.setKeyEntry("demo-app", demo.keyPair().getPrivate(), DEMO_PFX_PASSWORD.toCharArray(),
                new Certificate[] {demo.certificate(), ca.certificate()});
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        pfx.store(bytes, DEMO_PFX_PASSWORD.toCharArray());
        writePrivate(dir.resolve(DEMO_PFX), bytes.toByteArray());
        writePrivate(dir.resolve(DEMO_KEY), PemText.privateKey(demo.keyPair().getPrivate())
                .getBytes(StandardCharsets.US_ASCII));
        writePublic(dir.resolve(DEMO_CERT), PemText.certificate(demo.certificate()).getBytes(StandardCharsets.US_ASCII));
    }

    static void writePublic(Path file, byte[] content) throws IOException {
        write(file, content, false);
    }

    static void writePrivate(Path file, byte[] content) throws IOException {
        write(file, content, true);
    }

    private static void write(Path file, byte[] content, boolean ownerOnly) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".practice-", ".tmp");
        try {
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                // A temporary file starts owner-only; public files (cloud file, CA, certificate) are opened up.
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString(ownerOnly ? "rw-------" : "rw-r--r--"));
            }
            Files.write(tmp, content);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
