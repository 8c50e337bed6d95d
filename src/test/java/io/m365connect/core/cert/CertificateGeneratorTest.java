package io.m365connect.core.cert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.m365connect.core.cert.CertificateProblem.Kind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CertificateGeneratorTest {
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private final CertificateGenerator generator =
            new CertificateGenerator(Clock.fixed(NOW, ZoneOffset.UTC), new SecureRandom());

    @TempDir
    Path tmp;

    @Test
    void clientCertificateHasTheUsagesEntraAndTargetsExpect() throws Exception {
        CertificateBundle b = generator.generate(new CertificateGenerator.Request("CN=contoso-blink,O=Contoso",
                Optional.of("blink.contoso.com"), 365, 2048));
        Path pem = Files.writeString(tmp.resolve("c.pem"), PemText.certificate(b.certificate()));
        String text = Openssl.ok("x509", "-in", pem.toString(), "-noout", "-text");
        assertTrue(text.contains("Signature Algorithm: sha256WithRSAEncryption"), text);
        assertTrue(text.contains("Digital Signature, Key Encipherment"), text);
        assertTrue(text.contains("TLS Web Client Authentication"), text);
        assertTrue(text.contains("DNS:blink.contoso.com"), text);
        assertTrue(text.contains("Subject: CN = contoso-blink, O = Contoso"), text);
        assertEquals(NOW.plus(Duration.ofDays(365)), b.certificate().getNotAfter().toInstant());
        assertTrue(b.keyMatches());
        assertTrue(new CertificateCheck(Clock.fixed(NOW, ZoneOffset.UTC)).check(b,
                CertificateRequirements.privateKeyFor("Blink")).accepted());
    }

    @ParameterizedTest
    @ValueSource(ints = {2048, 3072, 4096})
    void offeredKeySizesAreMade(int bits) throws Exception {
        CertificateBundle b = generator.generate(new CertificateGenerator.Request("app", Optional.empty(), 30, bits));
        assertEquals(bits, ((RSAPublicKey) b.certificate().getPublicKey()).getModulus().bitLength());
        assertEquals("CN=app", b.certificate().getSubjectX500Principal().getName());
    }

    @Test
    void badRequestsAreExplained() {
        assertEquals("Key size 1024 is not offered.", assertThrows(CertificateProblem.class, () -> generator.generate(
                new CertificateGenerator.Request("CN=a", Optional.empty(), 365, 1024))).problem().summary());
        assertEquals("Validity of 0 days is out of range.", assertThrows(CertificateProblem.class, () -> generator.generate(
                new CertificateGenerator.Request("CN=a", Optional.empty(), 0, 2048))).problem().summary());
        CertificateProblem noCn = assertThrows(CertificateProblem.class, () -> generator.generate(
                CertificateGenerator.Request.of("O=Contoso")));
        assertEquals(Kind.INVALID_INPUT, noCn.kind());
        assertEquals("The subject 'O=Contoso' has no CN.", noCn.problem().summary());
        assertEquals("'not a host!' is not a DNS name.", assertThrows(CertificateProblem.class, () -> generator.generate(
                new CertificateGenerator.Request("CN=a", Optional.of("not a host!"), 365, 2048))).problem().summary());
    }
}
