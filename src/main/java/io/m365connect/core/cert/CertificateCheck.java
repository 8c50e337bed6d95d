package io.m365connect.core.cert;

import io.m365connect.core.cert.CheckResult.Rule;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Checks a certificate against what Microsoft Entra ID accepts for an app credential (RSA only, at least
 * 2048 bits, currently valid) and what the target system needs (the private key), before anyone uploads it.
 */
public final class CertificateCheck {
    public static final int MIN_RSA_BITS = 2048;
    public static final int WARN_DAYS = 30;

    private final Clock clock;

    public CertificateCheck(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The results in a fixed order; the certificate is accepted when none of them failed. */
    public record Report(List<CheckResult> results) {
        public Report {
            results = List.copyOf(results);
        }

        public boolean accepted() {
            return results.stream().noneMatch(r -> r.status() == CheckStatus.FAIL);
        }

        public List<CheckResult> failures() {
            return results.stream().filter(r -> r.status() == CheckStatus.FAIL).toList();
        }
    }

    public Report check(CertificateBundle bundle, CertificateRequirements needs) {
        X509Certificate cert = bundle.certificate();
        KeyFacts key = KeyFacts.of(cert.getPublicKey());
        List<CheckResult> out = new ArrayList<>();
        if (key.isRsa()) {
            out.add(new CheckResult(Rule.KEY_TYPE, CheckStatus.PASS, "RSA key, as Microsoft Entra ID requires."));
            out.add(key.bits() >= MIN_RSA_BITS
                    ? new CheckResult(Rule.KEY_SIZE, CheckStatus.PASS, key.bits() + "-bit key.")
                    : new CheckResult(Rule.KEY_SIZE, CheckStatus.FAIL, key.bits() + "-bit RSA key: Microsoft Entra ID "
                            + "needs at least " + MIN_RSA_BITS + " bits. Generate a new certificate with 2048 bits or more."));
        } else {
            out.add(new CheckResult(Rule.KEY_TYPE, CheckStatus.FAIL, key.algorithm() + " key: Microsoft Entra ID "
                    + "accepts only RSA certificates for app credentials. Generate a new RSA certificate "
                    + "(cert generate) or have one issued with an RSA key."));
        }
        out.add(validity(cert));
        out.add(privateKey(bundle, needs));
        if (!bundle.issuers().isEmpty()) {
            out.add(bundle.chainInOrder()
                    ? new CheckResult(Rule.CHAIN_ORDER, CheckStatus.PASS,
                            "Chain in order: the certificate, then " + bundle.issuers().size() + " issuer(s).")
                    : new CheckResult(Rule.CHAIN_ORDER, CheckStatus.WARN, "The file lists the chain out of order; "
                            + "files written by this app put the certificate first, then its issuers."));
        }
        return new Report(out);
    }

    private CheckResult validity(X509Certificate cert) {
        Instant now = clock.instant();
        Instant notBefore = cert.getNotBefore().toInstant();
        Instant notAfter = cert.getNotAfter().toInstant();
        if (now.isBefore(notBefore)) {
            return new CheckResult(Rule.VALIDITY, CheckStatus.FAIL, "Not valid before " + day(notBefore)
                    + ": Microsoft Entra ID refuses it until then. Check the computer's clock, or use another certificate.");
        }
        long days = daysLeft(cert, clock);
        if (now.isAfter(notAfter)) {
            long ago = Math.floorDiv(now.getEpochSecond() - notAfter.getEpochSecond(), 86_400L);
            return new CheckResult(Rule.VALIDITY, CheckStatus.FAIL, "Expired on " + day(notAfter) + " (" + ago
                    + " days ago): Microsoft Entra ID refuses it. Generate or request a new certificate.");
        }
        if (days <= WARN_DAYS) {
            return new CheckResult(Rule.VALIDITY, CheckStatus.WARN, "Expires in " + days + " days (on "
                    + day(notAfter) + "); plan the renewal now, or the connection stops on that day.");
        }
        return new CheckResult(Rule.VALIDITY, CheckStatus.PASS, "Valid until " + day(notAfter) + " (" + days
                + " days left).");
    }

    private static CheckResult privateKey(CertificateBundle bundle, CertificateRequirements needs) {
        if (bundle.hasPrivateKey()) {
            return bundle.keyMatches()
                    ? new CheckResult(Rule.PRIVATE_KEY, CheckStatus.PASS, "Private key present and belongs to the certificate.")
                    : new CheckResult(Rule.PRIVATE_KEY, CheckStatus.FAIL, "The private key does not belong to this "
                            + "certificate. Bring the key that was created together with it.");
        }
        if (needs.privateKeyNeeded()) {
            return new CheckResult(Rule.PRIVATE_KEY, CheckStatus.FAIL, "No private key in this file, but "
                    + needs.purpose() + " needs it. Bring the .pfx/.p12 exported with its private key (Windows: "
                    + "Export-PfxCertificate), or the PEM key file (cert convert CERT --key KEY).");
        }
        return new CheckResult(Rule.PRIVATE_KEY, CheckStatus.PASS,
                "No private key in the file; " + needs.purpose() + " needs only the public certificate.");
    }

    /** Whole days from now until the certificate expires; negative once it has. */
    public static long daysLeft(X509Certificate cert, Clock clock) {
        return Math.floorDiv(cert.getNotAfter().toInstant().getEpochSecond() - clock.instant().getEpochSecond(), 86_400L);
    }

    private static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }
}
