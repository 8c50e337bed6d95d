package io.m365connect.core.cert;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
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
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Makes a small certificate authority and TLS server certificates it issues, for loopback servers
 * (the practice tenant) that real clients must trust through an extra CA without turning off hostname checks.
 */
public final class SelfSignedFactory {
    private static final int KEY_BITS = 2048;
    private static final String SIGNATURE = "SHA256withRSA";
    /** Clock skew allowance so a certificate made this second is already valid on a peer whose clock lags. */
    private static final Duration BACKDATE = Duration.ofMinutes(5);
    private static final SecureRandom RANDOM = new SecureRandom();

    private SelfSignedFactory() {
    }

    /** A certificate with its key pair; the private key never leaves this record unless written on purpose. */
    public record Issued(X509Certificate certificate, KeyPair keyPair) {
        public Issued {
            Objects.requireNonNull(certificate, "certificate");
            Objects.requireNonNull(keyPair, "keyPair");
        }

        @Override
        public String toString() {
            return "Issued[" + certificate.getSubjectX500Principal().getName() + "]";
        }
    }

    /** A self-signed CA (basicConstraints CA:true, pathLen 0, keyCertSign + cRLSign). */
    public static Issued certificateAuthority(String commonName, Duration validity) throws GeneralSecurityException {
        KeyPair keys = newKeyPair();
        X500Name subject = name(commonName);
        Instant now = Instant.now();
        try {
            JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject, serial(),
                    Date.from(now.minus(BACKDATE)), Date.from(now.plus(validity)), subject, keys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                    .addExtension(Extension.subjectKeyIdentifier, false,
                            ext.createSubjectKeyIdentifier(keys.getPublic()));
            return new Issued(sign(builder, keys), keys);
        } catch (CertIOException e) {
            throw new GeneralSecurityException("could not encode the CA extensions", e);
        }
    }

    /**
     * A TLS server certificate issued by {@code ca}, valid for {@code localhost} and {@code 127.0.0.1} plus any
     * further host names or IP literals in {@code extraNames}.
     */
    public static Issued tlsServer(Issued ca, String commonName, List<String> extraNames, Duration validity)
            throws GeneralSecurityException {
        GeneralNames sans = alternativeNames(extraNames);
        return issue(ca, commonName, validity, KeyUsage.digitalSignature | KeyUsage.keyEncipherment,
                KeyPurposeId.id_kp_serverAuth, builder -> builder.addExtension(Extension.subjectAlternativeName,
                        false, sans));
    }

    /**
     * A client-authentication certificate issued by {@code ca} (digitalSignature, EKU clientAuth): what an app
     * registration holds as its certificate credential, e.g. the practice tenant's demo certificate.
     */
    public static Issued clientAuthentication(Issued ca, String commonName, Duration validity)
            throws GeneralSecurityException {
        return issue(ca, commonName, validity, KeyUsage.digitalSignature, KeyPurposeId.id_kp_clientAuth,
                builder -> builder);
    }

    private interface Extra {
        X509v3CertificateBuilder add(X509v3CertificateBuilder builder) throws CertIOException;
    }

    /** An end-entity certificate signed by {@code ca}; it never outlives the CA. */
    private static Issued issue(Issued ca, String commonName, Duration validity, int keyUsage, KeyPurposeId purpose,
                                Extra extra) throws GeneralSecurityException {
        Objects.requireNonNull(ca, "ca");
        KeyPair keys = newKeyPair();
        Instant now = Instant.now();
        Instant notAfter = now.plus(validity);
        Instant caNotAfter = ca.certificate().getNotAfter().toInstant();
        if (notAfter.isAfter(caNotAfter)) {
            notAfter = caNotAfter;
        }
        try {
            JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(ca.certificate(), serial(),
                    Date.from(now.minus(BACKDATE)), Date.from(notAfter), name(commonName), keys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(keyUsage))
                    .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(purpose))
                    .addExtension(Extension.subjectKeyIdentifier, false,
                            ext.createSubjectKeyIdentifier(keys.getPublic()))
                    .addExtension(Extension.authorityKeyIdentifier, false,
                            ext.createAuthorityKeyIdentifier(ca.certificate()));
            return new Issued(sign(extra.add(builder), ca.keyPair()), keys);
        } catch (CertIOException e) {
            throw new GeneralSecurityException("could not encode the certificate extensions", e);
        }
    }

    private static GeneralNames alternativeNames(List<String> extraNames) throws GeneralSecurityException {
        Set<String> names = new LinkedHashSet<>(List.of("localhost", "127.0.0.1"));
        if (extraNames != null) {
            extraNames.stream().map(String::trim).filter(s -> !s.isEmpty()).forEach(names::add);
        }
        List<GeneralName> general = new ArrayList<>();
        for (String n : names) {
            general.add(isIpLiteral(n) ? new GeneralName(GeneralName.iPAddress, ipLiteral(n))
                    : new GeneralName(GeneralName.dNSName, n));
        }
        return new GeneralNames(general.toArray(GeneralName[]::new));
    }

    private static boolean isIpLiteral(String n) {
        return n.matches("\\d{1,3}(\\.\\d{1,3}){3}") || n.contains(":");
    }

    private static String ipLiteral(String n) throws GeneralSecurityException {
        try {
            // A literal address is parsed without any name lookup.
            return InetAddress.getByName(n).getHostAddress();
        } catch (UnknownHostException e) {
            throw new GeneralSecurityException("not an IP address: " + n, e);
        }
    }

    static X509Certificate sign(X509v3CertificateBuilder builder, KeyPair signer)
            throws GeneralSecurityException {
        try {
            ContentSigner contentSigner = new JcaContentSignerBuilder(SIGNATURE).build(signer.getPrivate());
            return new JcaX509CertificateConverter().getCertificate(builder.build(contentSigner));
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException("could not sign the certificate", e);
        }
    }

    private static KeyPair newKeyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(KEY_BITS, RANDOM);
        return generator.generateKeyPair();
    }

    private static X500Name name(String commonName) {
        return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, commonName).build();
    }

    static BigInteger serial() {
        // Positive 127-bit serial: unique enough for certificates made on the fly (RFC 5280 allows up to 20 octets).
        return new BigInteger(127, RANDOM);
    }
}
