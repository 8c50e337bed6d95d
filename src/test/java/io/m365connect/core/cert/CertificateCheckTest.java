package io.m365connect.core.cert;

import static io.m365connect.core.cert.Fixtures.PASSWORD;
import static io.m365connect.core.cert.Fixtures.file;
import static io.m365connect.core.cert.Fixtures.password;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.m365connect.core.cert.CheckResult.Rule;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CertificateCheckTest {
    private static final Clock NOW = Clock.fixed(Instant.parse("2027-06-01T00:00:00Z"), ZoneOffset.UTC);
    private final CertificateReader reader = new CertificateReader();
    private final CertificateCheck check = new CertificateCheck(NOW);

    private CheckResult result(CertificateCheck.Report report, Rule rule) {
        return report.results().stream().filter(r -> r.rule() == rule).findFirst().orElseThrow();
    }

    @Test
    void goodPfxIsAcceptedWithEveryRulePassing() throws Exception {
        CertificateCheck.Report report = check.check(reader.read(file("openssl3-default.pfx"), password(PASSWORD)),
                CertificateRequirements.privateKeyFor("Blink"));
        assertTrue(report.accepted());
        assertEquals("✔ RSA key, as Microsoft Entra ID requires.", result(report, Rule.KEY_TYPE).line());
        assertEquals("✔ 2048-bit key.", result(report, Rule.KEY_SIZE).line());
        assertEquals("✔ Private key present and belongs to the certificate.", result(report, Rule.PRIVATE_KEY).line());
        assertTrue(result(report, Rule.VALIDITY).message().startsWith("Valid until "));
    }

    @Test
    void ecKeyIsRefusedWithTheReason() throws Exception {
        CertificateCheck.Report report = check.check(reader.read(file("ec.pfx"), password(PASSWORD)),
                CertificateRequirements.PORTAL_UPLOAD);
        assertFalse(report.accepted());
        assertTrue(result(report, Rule.KEY_TYPE).line().startsWith(
                "✖ EC key: Microsoft Entra ID accepts only RSA certificates for app credentials."));
    }

    @Test
    void rsa1024IsRefused() throws Exception {
        CertificateCheck.Report report = check.check(reader.read(file("rsa1024.pfx"), password(PASSWORD)),
                CertificateRequirements.PORTAL_UPLOAD);
        assertFalse(report.accepted());
        assertTrue(result(report, Rule.KEY_SIZE).line().startsWith(
                "✖ 1024-bit RSA key: Microsoft Entra ID needs at least 2048 bits."));
    }

    @Test
    void expiredIsRefused() throws Exception {
        CertificateCheck.Report report = check.check(reader.read(file("expired.crt"), Optional.empty()),
                CertificateRequirements.PORTAL_UPLOAD);
        assertFalse(report.accepted());
        assertTrue(result(report, Rule.VALIDITY).line().startsWith("✖ Expired on 2021-01-01 (2342 days ago)"),
                result(report, Rule.VALIDITY).line());
    }

    @Test
    void notYetValidIsRefused() throws Exception {
        CertificateCheck.Report report = check.check(reader.read(file("not-yet-valid.crt"), Optional.empty()),
                CertificateRequirements.PORTAL_UPLOAD);
        assertFalse(report.accepted());
        assertTrue(result(report, Rule.VALIDITY).line().startsWith("✖ Not valid before 2099-01-01"));
    }

    @Test
    void expiringWithinThirtyDaysWarnsButIsAccepted() throws Exception {
        CertificateBundle bundle = reader.read(file("app.crt"), Optional.empty());
        Clock late = Clock.fixed(bundle.certificate().getNotAfter().toInstant().minusSeconds(10 * 86_400L + 60),
                ZoneOffset.UTC);
        CertificateCheck.Report report = new CertificateCheck(late).check(bundle, CertificateRequirements.PORTAL_UPLOAD);
        assertTrue(report.accepted());
        assertEquals(CheckStatus.WARN, result(report, Rule.VALIDITY).status());
        assertTrue(result(report, Rule.VALIDITY).message().startsWith("Expires in 10 days"));
    }

    @Test
    void missingPrivateKeyIsRefusedWhenTheRecipeNeedsIt() throws Exception {
        CertificateBundle bundle = reader.read(file("app-der.cer"), Optional.empty());
        CertificateCheck.Report report = check.check(bundle, CertificateRequirements.privateKeyFor("Blink"));
        assertFalse(report.accepted());
        assertTrue(result(report, Rule.PRIVATE_KEY).line().startsWith(
                "✖ No private key in this file, but Blink needs it. Bring the .pfx/.p12 exported with its private key"));
        assertTrue(check.check(bundle, CertificateRequirements.PORTAL_UPLOAD).accepted());
    }

    @Test
    void keyOfAnotherCertificateIsRefused() throws Exception {
        CertificateCheck.Report report = check.check(reader.read(file("mismatch.pem"), Optional.empty()),
                CertificateRequirements.PORTAL_UPLOAD);
        assertFalse(report.accepted());
        assertEquals("✖ The private key does not belong to this certificate. Bring the key that was created "
                + "together with it.", result(report, Rule.PRIVATE_KEY).line());
    }

    @Test
    void chainOutOfOrderWarns() throws Exception {
        CertificateCheck.Report report = check.check(reader.read(file("chain-unordered.pem"), Optional.empty()),
                CertificateRequirements.PORTAL_UPLOAD);
        assertEquals(CheckStatus.WARN, result(report, Rule.CHAIN_ORDER).status());
        CertificateCheck.Report ordered = check.check(reader.read(file("chain.pem"), Optional.empty()),
                CertificateRequirements.PORTAL_UPLOAD);
        assertEquals("✔ Chain in order: the certificate, then 2 issuer(s).", result(ordered, Rule.CHAIN_ORDER).line());
    }

    @Test
    void detailsShowWhatOpensslShows() throws Exception {
        CertificateDetails d = CertificateDetails.of(reader.read(file("app.crt"), Optional.empty()), NOW);
        String serial = Openssl.ok("x509", "-in", file("app.crt").toString(), "-noout", "-serial").trim();
        assertEquals(serial.substring("serial=".length()), d.serialNumber());
        assertEquals(new KeyFacts("RSA", 2048), d.key());
        assertEquals("CN=app.contoso.test,O=Contoso Test".length(), d.subject().length());
        assertTrue(d.daysToExpiry() > 3000);
    }
}
