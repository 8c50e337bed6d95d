package io.m365connect.core.cert;

import static io.m365connect.core.cert.Fixtures.NON_ASCII_PASSWORD;
import static io.m365connect.core.cert.Fixtures.PASSWORD;
import static io.m365connect.core.cert.Fixtures.file;
import static io.m365connect.core.cert.Fixtures.password;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.m365connect.core.common.Secret;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Collections;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Everything written is read back by openssl (and PFX files by Java's KeyStore). */
class CertificateWriterTest {
    private final CertificateWriter writer = new CertificateWriter(new SecureRandom());
    private CertificateBundle bundle;

    @TempDir
    Path tmp;

    @BeforeEach
    void readFixture() throws Exception {
        bundle = new CertificateReader().read(file("openssl3-default.pfx"), password(PASSWORD));
    }

    private Path save(String name, byte[] content) throws Exception {
        return Files.write(tmp.resolve(name), content);
    }

    private Path save(String name, String content) throws Exception {
        return save(name, content.getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void certificatePemHasTheThumbprintOpensslPrints() throws Exception {
        Path pem = save("app.crt.pem", writer.certificatePem(bundle));
        assertEquals(Thumbprints.of(bundle.certificate()).sha1(), Openssl.fingerprint("sha1", pem.toString(), "PEM"));
    }

    @Test
    void pkcs8KeyIsWhatTheBlinkPipelinePrints() throws Exception {
        String ours = writer.privateKeyPem(bundle.privateKey().orElseThrow(), KeyFormat.PKCS8, null);
        Path key = save("app.key.pem", ours);
        assertTrue(Openssl.ok("pkey", "-in", key.toString(), "-check", "-noout").contains("Key is valid"));
        // Blink's guide: openssl pkcs12 -in X.pfx -nodes -nocerts | openssl rsa
        Path extracted = tmp.resolve("nocerts.pem");
        Openssl.ok("pkcs12", "-in", file("openssl3-default.pfx").toString(), "-nodes", "-nocerts",
                "-passin", "pass:" + PASSWORD, "-out", extracted.toString());
        String theirs = Openssl.ok("rsa", "-in", extracted.toString());
        assertEquals(theirs.substring(theirs.indexOf("-----BEGIN")), ours);
    }

    @Test
    void pkcs1KeyIsAnRsaPrivateKeyOpensslAccepts() throws Exception {
        String pem = writer.privateKeyPem(bundle.privateKey().orElseThrow(), KeyFormat.PKCS1, null);
        assertTrue(pem.startsWith("-----BEGIN RSA PRIVATE KEY-----\n"));
        Path key = save("app.key.pem", pem);
        assertTrue(Openssl.ok("rsa", "-in", key.toString(), "-check", "-noout").contains("RSA key ok"));
    }

    @Test
    void encryptedKeyOpensInOpensslWithThePassword() throws Exception {
        String pem = writer.privateKeyPem(bundle.privateKey().orElseThrow(), KeyFormat.ENCRYPTED, Secret.of(NON_ASCII_PASSWORD));
        assertTrue(pem.startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----\n"));
        Path key = save("app.key.pem", pem);
        assertTrue(Openssl.ok("pkey", "-in", key.toString(), "-passin", "pass:" + NON_ASCII_PASSWORD, "-check", "-noout")
                .contains("Key is valid"));
        assertEquals(1, Openssl.run("pkey", "-in", key.toString(), "-passin", "pass:wrong", "-noout").exitCode());
    }

    @Test
    void modernPfxIsAesWithSha256MacAndOpensInOpenssl() throws Exception {
        Path pfx = save("app.pfx", writer.pfx(bundle, Secret.of(PASSWORD), PfxProfile.MODERN));
        String info = Openssl.ok("pkcs12", "-info", "-in", pfx.toString(), "-passin", "pass:" + PASSWORD, "-noout");
        assertTrue(info.contains("MAC: sha256"), info);
        assertTrue(info.contains("Shrouded Keybag: PBES2, PBKDF2, AES-256-CBC, Iteration 2048, PRF hmacWithSHA256"), info);
        assertTrue(info.contains("PKCS7 Encrypted data: PBES2, PBKDF2, AES-256-CBC"), info);
        assertTrue(Openssl.ok("pkcs12", "-info", "-legacy", "-in", pfx.toString(), "-passin", "pass:" + PASSWORD,
                "-noout").contains("MAC: sha256"));
        assertKeyInPfxIsValid(pfx, PASSWORD);
    }

    @Test
    void legacyPfxIsTripleDesWithSha1MacAndOpensWithAndWithoutLegacyFlag() throws Exception {
        Path pfx = save("app.pfx", writer.pfx(bundle, Secret.of(PASSWORD), PfxProfile.LEGACY));
        for (String[] extra : new String[][] {{}, {"-legacy"}}) {
            String[] args = concat(new String[] {"pkcs12", "-info", "-in", pfx.toString(), "-passin", "pass:" + PASSWORD,
                    "-noout"}, extra);
            String info = Openssl.ok(args);
            assertTrue(info.contains("MAC: sha1"), info);
            assertTrue(info.contains("Shrouded Keybag: pbeWithSHA1And3-KeyTripleDES-CBC, Iteration 2048"), info);
            assertTrue(info.contains("PKCS7 Encrypted data: pbeWithSHA1And3-KeyTripleDES-CBC"), info);
        }
        assertKeyInPfxIsValid(pfx, PASSWORD);
    }

    @ParameterizedTest
    @EnumSource(PfxProfile.class)
    void pfxOpensInJavaKeyStoreWithKeyAndFriendlyName(PfxProfile profile) throws Exception {
        // Java's PKCS#12 KeyStore refuses non-ASCII passwords for PBES2 ("Password is not ASCII"); openssl is
        // the check for those (nonAsciiPfxPasswordWorksInOpenssl).
        byte[] pfx = writer.pfx(bundle, Secret.of(PASSWORD), profile);
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = new java.io.ByteArrayInputStream(pfx)) {
            ks.load(in, PASSWORD.toCharArray());
        }
        String alias = Collections.list(ks.aliases()).get(0);
        assertEquals("app.contoso.test", alias);
        PrivateKey key = (PrivateKey) ks.getKey(alias, PASSWORD.toCharArray());
        assertEquals(bundle.privateKey().orElseThrow(), key);
        assertEquals(bundle.certificate(), ks.getCertificate(alias));
    }

    @Test
    void nonAsciiPfxPasswordWorksInOpenssl() throws Exception {
        Path pfx = save("app.pfx", writer.pfx(bundle, Secret.of(NON_ASCII_PASSWORD), PfxProfile.MODERN));
        assertKeyInPfxIsValid(pfx, NON_ASCII_PASSWORD);
    }

    @Test
    void pfxKeepsTheChainInOrder() throws Exception {
        CertificateBundle chain = new CertificateReader().read(file("chain.pfx"), password(PASSWORD));
        Path pfx = save("chain.pfx", writer.pfx(chain, Secret.of(PASSWORD), PfxProfile.MODERN));
        String certs = Openssl.ok("pkcs12", "-in", pfx.toString(), "-passin", "pass:" + PASSWORD, "-nokeys");
        assertEquals(3, certs.split("-----BEGIN CERTIFICATE-----", -1).length - 1);
        CertificateBundle back = new CertificateReader().read(pfx, password(PASSWORD));
        assertEquals(chain.chain(), back.chain());
        assertTrue(back.keyMatches());
    }

    @Test
    void derAndBase64AreTheSameCertificate() throws Exception {
        Path cer = save("app.cer", writer.der(bundle));
        assertEquals(Thumbprints.of(bundle.certificate()).sha256(), Openssl.fingerprint("sha256", cer.toString(), "DER"));
        String b64 = writer.base64(bundle);
        assertFalse(b64.contains("\n"));
        assertArrayEquals(writer.der(bundle), Base64.getDecoder().decode(b64));
        X509Certificate back = new CertificateReader().read(b64.getBytes(StandardCharsets.US_ASCII), "b64",
                Optional.empty()).certificate();
        assertEquals(bundle.certificate(), back);
    }

    private static void assertKeyInPfxIsValid(Path pfx, String pw) {
        Path keyOut = pfx.resolveSibling(pfx.getFileName() + ".key");
        Openssl.ok("pkcs12", "-in", pfx.toString(), "-passin", "pass:" + pw, "-nodes", "-nocerts", "-out", keyOut.toString());
        assertTrue(Openssl.ok("pkey", "-in", keyOut.toString(), "-check", "-noout").contains("Key is valid"));
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
