package io.m365connect.core.cert;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A certificate as read from a file: the leaf, the issuers that came with it (in order leaf → root), and the
 * private key when the file held one. {@link #toString()} never shows key material.
 *
 * @param chainInOrder whether the file listed the certificates leaf first, each followed by its issuer
 */
public record CertificateBundle(
        X509Certificate certificate,
        List<X509Certificate> issuers,
        Optional<PrivateKey> privateKey,
        SourceFormat format,
        Optional<String> friendlyName,
        boolean chainInOrder) {

    public CertificateBundle {
        Objects.requireNonNull(certificate, "certificate");
        issuers = List.copyOf(issuers);
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(friendlyName, "friendlyName");
    }

    public static CertificateBundle of(X509Certificate certificate, PrivateKey key) {
        return new CertificateBundle(certificate, List.of(), Optional.ofNullable(key), SourceFormat.PEM,
                Optional.empty(), true);
    }

    /** Leaf first, then its issuers. */
    public List<X509Certificate> chain() {
        List<X509Certificate> all = new ArrayList<>(issuers.size() + 1);
        all.add(certificate);
        all.addAll(issuers);
        return all;
    }

    public boolean hasPrivateKey() {
        return privateKey.isPresent();
    }

    /** Whether the private key (if any) belongs to the certificate. */
    public boolean keyMatches() {
        return privateKey.map(k -> KeyPairing.matches(certificate, k)).orElse(false);
    }

    public CertificateBundle withPrivateKey(PrivateKey key) {
        return new CertificateBundle(certificate, issuers, Optional.of(key), format, friendlyName, chainInOrder);
    }

    @Override
    public String toString() {
        return "CertificateBundle[subject=" + certificate.getSubjectX500Principal().getName()
                + ", issuers=" + issuers.size() + ", privateKey=" + (privateKey.isPresent() ? "present" : "absent")
                + ", format=" + format + "]";
    }
}
