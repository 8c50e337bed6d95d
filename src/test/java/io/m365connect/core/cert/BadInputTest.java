package io.m365connect.core.cert;

import static io.m365connect.core.cert.Fixtures.PASSWORD;
import static io.m365connect.core.cert.Fixtures.file;
import static io.m365connect.core.cert.Fixtures.password;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.m365connect.core.cert.CertificateProblem.Kind;
import io.m365connect.core.common.Secret;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Files people bring by mistake, and hostile ones: each gets its own clear message, fast. */
class BadInputTest {
    private final CertificateReader reader = new CertificateReader();

    @TempDir
    Path tmp;

    private CertificateProblem problem(Path file, Optional<Secret> pw) {
        return assertThrows(CertificateProblem.class, () -> reader.read(file, pw));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            openssl3-default.pfx     | wrong    | WRONG_PASSWORD      | The password for openssl3-default.pfx is not correct.
            openssl-legacy.pfx       | wrong    | WRONG_PASSWORD      | The password for openssl-legacy.pfx is not correct.
            no-mac.pfx               | wrong    | WRONG_PASSWORD      | The password for no-mac.pfx is not correct.
            openssl3-default.pfx     | -        | PASSWORD_NEEDED     | openssl3-default.pfx is protected by a password.
            truncated.pfx            | Test1234 | TRUNCATED           | truncated.pfx ends early: it has 900 of the
            empty.pfx                | -        | EMPTY               | empty.pfx is empty (0 bytes).
            picture.pfx              | Test1234 | NOT_A_CERTIFICATE   | picture.pfx is a PNG image, not a certificate.
            two-keys.p12             | Test1234 | MULTIPLE_KEYS       | two-keys.p12 holds 2 private keys
            unsupported-cipher.pfx   | Test1234 | LEGACY_UNSUPPORTED  | unsupported-cipher.pfx is encrypted with PBES2 with the cipher 2.16.840.1.101.3.4.1.127, which this app cannot read.
            huge-iterations.pfx      | Test1234 | TOO_MANY_ITERATIONS | huge-iterations.pfx asks for 10,000,001 rounds for its encryption
            huge-mac-iterations.pfx  | Test1234 | TOO_MANY_ITERATIONS | huge-mac-iterations.pfx asks for 20,000,000 rounds for its integrity check (MAC)
            app-encrypted-pkcs8.key  | -        | PASSWORD_NEEDED     | The private key in app-encrypted-pkcs8.key is protected by a password.
            app-encrypted-pkcs8.key  | wrong    | WRONG_PASSWORD      | The password for the private key in app-encrypted-pkcs8.key is not correct.
            app-encrypted-pkcs1.key  | wrong    | WRONG_PASSWORD      | The password for the private key in app-encrypted-pkcs1.key is not correct.
            no-begin.pem             | -        | NOT_A_CERTIFICATE   | no-begin.pem is a text file without a certificate in it
            missing-begin-line.pem   | -        | NOT_A_CERTIFICATE   | missing-begin-line.pem has an END line but no -----BEGIN line
            request.csr.pem          | -        | NO_CERTIFICATE      | request.csr.pem is a certificate signing request (CSR), not a certificate.
            public-key.pem           | -        | NO_CERTIFICATE      | public-key.pem holds only a public key, not a certificate.
            key-only.pem             | -        | NO_CERTIFICATE      | key-only.pem holds a private key but no certificate.
            """)
    void badFileGetsItsOwnMessage(String name, String pw, Kind kind, String message) {
        CertificateProblem p = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> problem(file(name), pw == null ? Optional.empty() : password(pw)));
        assertEquals(kind, p.kind());
        assertTrue(p.problem().summary().startsWith(message), p.problem().summary());
        assertTrue(!p.problem().fix().isBlank(), "every problem says what to do");
    }

    @Test
    void randomBytesAreNotACertificate() throws Exception {
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);
        noise[0] = 0x05;
        Path f = Files.write(tmp.resolve("noise.pfx"), noise);
        CertificateProblem p = problem(f, Optional.empty());
        assertEquals(Kind.NOT_A_CERTIFICATE, p.kind());
        assertEquals("noise.pfx is not a certificate file (its content is neither PKCS#12, PEM nor DER).",
                p.problem().summary());
    }

    @Test
    void randomBytesThatLookLikeDerAreCaughtQuickly() throws Exception {
        Random random = new Random(7);
        for (int i = 0; i < 200; i++) {
            byte[] noise = new byte[1 + random.nextInt(3000)];
            random.nextBytes(noise);
            noise[0] = 0x30;
            CertificateProblem p = assertTimeoutPreemptively(Duration.ofSeconds(2),
                    () -> assertThrows(CertificateProblem.class, () -> reader.read(noise, "noise", Optional.empty())));
            assertTrue(p.kind() == Kind.TRUNCATED || p.kind() == Kind.CORRUPT || p.kind() == Kind.NOT_A_CERTIFICATE,
                    p.kind() + ": " + p.getMessage());
        }
    }

    @Test
    void hugeTextReturnsQuickly() {
        byte[] text = "A".repeat(9_000_000).getBytes(StandardCharsets.US_ASCII);
        CertificateProblem p = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(CertificateProblem.class, () -> reader.read(text, "big.txt", Optional.empty())));
        assertEquals(Kind.NOT_A_CERTIFICATE, p.kind());
    }

    @Test
    void oversizeFileIsRefusedBeforeReading() throws Exception {
        Path big = tmp.resolve("backup.pfx");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(11L * 1024 * 1024);
        }
        CertificateProblem p = problem(big, Optional.empty());
        assertEquals(Kind.TOO_LARGE, p.kind());
        assertEquals("backup.pfx is 11,534,336 bytes; certificate files are far smaller (the limit is 10 MB).",
                p.problem().summary());
    }

    @Test
    void folderIsNotAFile() {
        CertificateProblem p = problem(tmp, Optional.empty());
        assertEquals(Kind.NOT_A_FILE, p.kind());
        assertEquals(tmp.getFileName() + " is a folder, not a file.", p.problem().summary());
    }

    @Test
    void missingFileSaysSo() {
        CertificateProblem p = problem(tmp.resolve("nowhere.pfx"), Optional.empty());
        assertEquals(Kind.NOT_FOUND, p.kind());
        assertEquals("nowhere.pfx does not exist.", p.problem().summary());
    }

    @Test
    void unreadableFileSaysSo() throws Exception {
        Path locked = Files.copy(file("app.crt"), tmp.resolve("locked.crt"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(locked), "the superuser can read any file");
        CertificateProblem p = problem(locked, Optional.empty());
        assertEquals(Kind.UNREADABLE, p.kind());
        assertEquals("locked.crt cannot be read.", p.problem().summary());
    }

    @Test
    void fileTheSystemFailsToReadSaysSo() {
        // Reading /proc/self/mem at offset 0 fails with an I/O error, even for the superuser.
        Path mem = Path.of("/proc/self/mem");
        assumeFalse(!Files.exists(mem), "Linux only");
        CertificateProblem p = problem(mem, Optional.empty());
        assertEquals(Kind.UNREADABLE, p.kind());
        assertEquals("mem cannot be read.", p.problem().summary());
    }

    @Test
    void damagedPemBlockIsCorrupt() throws Exception {
        String pem = Files.readString(file("app.crt")).replaceFirst("\n([A-Za-z0-9+/]{10})", "\n!!!!!!!!!!");
        CertificateProblem p = assertThrows(CertificateProblem.class,
                () -> reader.read(pem.getBytes(StandardCharsets.US_ASCII), "edited.pem", Optional.empty()));
        assertEquals(Kind.CORRUPT, p.kind());
        assertEquals("edited.pem is damaged: a PEM block is malformed (its base64 text was changed).",
                p.problem().summary());
    }

    @Test
    void wrongPasswordIsToldApartFromUnsupported() {
        assertEquals(Kind.WRONG_PASSWORD, problem(file("tripledes.pfx"), password("x")).kind());
        assertEquals(Kind.LEGACY_UNSUPPORTED, problem(file("unsupported-cipher.pfx"), password(PASSWORD)).kind());
    }
}
