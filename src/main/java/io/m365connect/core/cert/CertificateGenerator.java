package io.m365connect.core.cert;

import io.m365connect.core.cert.CertificateProblem.Kind;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;

/**
 * Makes a self-signed client certificate for an app registration, like the IAM.cloud guide's
 * {@code New-SelfSignedCertificate}: RSA, SHA-256, key usage digitalSignature + keyEncipherment, EKU clientAuth.
 */
public final class CertificateGenerator {
    public static final List<Integer> KEY_SIZES = List.of(2048, 3072, 4096);
    public static final int DEFAULT_DAYS = 365;
    /** Entra ID's portal offers at most two years for secrets; certificates may last longer, but not forever. */
    public static final int MAX_DAYS = 3650;
    private static final Duration BACKDATE = Duration.ofMinutes(5);

    /**
     * @param subject {@code CN=…} (more attributes allowed, e.g. {@code CN=app,O=Contoso}) or a plain name used as CN
     */
    public record Request(String subject, Optional<String> dnsName, int days, int keySize) {
        public Request {
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(dnsName, "dnsName");
        }

        public static Request of(String subject) {
            return new Request(subject, Optional.empty(), DEFAULT_DAYS, KEY_SIZES.get(0));
        }
    }

    private final Clock clock;
    private final SecureRandom random;

    public CertificateGenerator(Clock clock, SecureRandom random) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
    }

    public CertificateBundle generate(Request request) throws CertificateProblem {
        X500Name subject = subject(request.subject());
        if (!KEY_SIZES.contains(request.keySize())) {
            throw invalid("Key size " + request.keySize() + " is not offered.", "Use 2048 (default), 3072 or 4096.");
        }
        if (request.days() < 1 || request.days() > MAX_DAYS) {
            throw invalid("Validity of " + request.days() + " days is out of range.",
                    "Use 1 to " + MAX_DAYS + " days (default " + DEFAULT_DAYS + ").");
        }
        String dns = request.dnsName().map(String::trim).filter(s -> !s.isEmpty()).orElse(null);
        if (dns != null && !dns.matches("(\\*\\.)?([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)*[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?")) {
            throw invalid("'" + dns + "' is not a DNS name.", "Give a host name such as app.contoso.com, or leave it out.");
        }
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(request.keySize(), random);
            KeyPair keys = generator.generateKeyPair();
            Instant now = clock.instant();
            JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject, SelfSignedFactory.serial(),
                    Date.from(now.minus(BACKDATE)), Date.from(now.plus(Duration.ofDays(request.days()))), subject,
                    keys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true,
                            new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment))
                    .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_clientAuth))
                    .addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(keys.getPublic()));
            if (dns != null) {
                builder.addExtension(Extension.subjectAlternativeName, false,
                        new GeneralNames(new GeneralName(GeneralName.dNSName, dns)));
            }
            X509Certificate cert = SelfSignedFactory.sign(builder, keys);
            return CertificateBundle.of(cert, keys.getPrivate());
        } catch (GeneralSecurityException | CertIOException e) {
            throw new CertificateProblem(Kind.WRITE_FAILED, io.m365connect.core.common.Problem.of(
                    "The certificate could not be made.", "Try again; if it keeps failing, run with --debug for support."), e);
        }
    }

    static X500Name subject(String text) throws CertificateProblem {
        String trimmed = text == null ? "" : text.trim();
        if (trimmed.isEmpty()) {
            throw invalid("The subject is empty.", "Give a name such as CN=contoso-blink-connector.");
        }
        if (!trimmed.contains("=")) {
            return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, trimmed).build();
        }
        try {
            X500Name name = new X500Name(BCStyle.INSTANCE, trimmed);
            if (name.getRDNs(BCStyle.CN).length == 0) {
                throw invalid("The subject '" + trimmed + "' has no CN.", "Start it with CN=, e.g. CN=contoso-blink-connector.");
            }
            return name;
        } catch (IllegalArgumentException e) {
            throw invalid("The subject '" + trimmed + "' cannot be read.",
                    "Write it as CN=name, optionally followed by ,O=organisation.");
        }
    }

    private static CertificateProblem invalid(String summary, String fix) {
        return CertificateProblem.of(Kind.INVALID_INPUT, summary, fix);
    }
}
