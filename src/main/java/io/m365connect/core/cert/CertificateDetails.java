package io.m365connect.core.cert;

import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** What a person (or a script) wants to know about a certificate at a glance; no key material. */
public record CertificateDetails(
        String subject,
        String issuer,
        String serialNumber,
        Instant notBefore,
        Instant notAfter,
        long daysToExpiry,
        KeyFacts key,
        String signatureAlgorithm,
        List<String> subjectAlternativeNames,
        Thumbprints thumbprints,
        boolean privateKeyPresent,
        boolean privateKeyMatches,
        int chainLength,
        boolean chainInOrder,
        SourceFormat format,
        Optional<String> friendlyName) {

    public static CertificateDetails of(CertificateBundle bundle, Clock clock) {
        X509Certificate c = bundle.certificate();
        return new CertificateDetails(
                displayName(c.getSubjectX500Principal()),
                displayName(c.getIssuerX500Principal()),
                serial(c),
                c.getNotBefore().toInstant(),
                c.getNotAfter().toInstant(),
                CertificateCheck.daysLeft(c, clock),
                KeyFacts.of(c.getPublicKey()),
                c.getSigAlgName(),
                alternativeNames(c),
                Thumbprints.of(c),
                bundle.hasPrivateKey(),
                bundle.keyMatches(),
                bundle.chain().size(),
                bundle.chainInOrder(),
                bundle.format(),
                bundle.friendlyName());
    }

    /** In the order the certificate lists the names (CN first, as Windows and the portal show it). */
    static String displayName(javax.security.auth.x500.X500Principal principal) {
        return org.bouncycastle.asn1.x500.X500Name.getInstance(
                org.bouncycastle.asn1.x500.style.BCStyle.INSTANCE, principal.getEncoded()).toString();
    }

    /** Hex as openssl prints it ({@code openssl x509 -serial}): even length, uppercase, no sign byte. */
    private static String serial(X509Certificate c) {
        String hex = c.getSerialNumber().toString(16).toUpperCase(java.util.Locale.ROOT);
        return hex.length() % 2 == 0 ? hex : "0" + hex;
    }

    /** The DNS names and IP addresses; other kinds are rare in app certificates. */
    private static List<String> alternativeNames(X509Certificate c) {
        List<String> out = new ArrayList<>();
        try {
            Collection<List<?>> names = c.getSubjectAlternativeNames();
            if (names != null) {
                for (List<?> entry : names) {
                    Integer type = (Integer) entry.get(0);
                    if (type == 2 || type == 7) {
                        out.add((type == 2 ? "DNS:" : "IP:") + entry.get(1));
                    }
                }
            }
        } catch (CertificateParsingException e) {
            out.add("(unreadable)");
        }
        return out;
    }
}
