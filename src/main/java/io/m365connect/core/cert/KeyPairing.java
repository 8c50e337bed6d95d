package io.m365connect.core.cert;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAKey;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Which certificate a private key belongs to, and the order of a chain. */
final class KeyPairing {
    private KeyPairing() {
    }

    static boolean matches(X509Certificate certificate, PrivateKey key) {
        PublicKey pub = certificate.getPublicKey();
        if (pub instanceof RSAPublicKey rsaPub && key instanceof RSAKey rsaKey) {
            return rsaPub.getModulus().equals(rsaKey.getModulus());
        }
        if (!pub.getAlgorithm().equals(key.getAlgorithm())) {
            return false;
        }
        // EC/DSA/EdDSA: prove it by signing and verifying a random challenge.
        try {
            String alg = switch (key.getAlgorithm()) {
                case "EC" -> "SHA256withECDSA";
                case "DSA" -> "SHA256withDSA";
                default -> key.getAlgorithm();
            };
            byte[] challenge = new byte[32];
            new SecureRandom().nextBytes(challenge);
            Signature signer = Signature.getInstance(alg);
            signer.initSign(key);
            signer.update(challenge);
            byte[] sig = signer.sign();
            Signature verifier = Signature.getInstance(alg);
            verifier.initVerify(pub);
            verifier.update(challenge);
            return verifier.verify(sig);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /** The chain as found: the leaf, its issuers leaf → root, and whether the input already had that order. */
    record Ordered(X509Certificate leaf, List<X509Certificate> issuers, boolean inOrder) {
    }

    static Ordered order(List<X509Certificate> certificates, Optional<PrivateKey> key) {
        X509Certificate leaf = key.flatMap(k -> certificates.stream().filter(c -> matches(c, k)).findFirst())
                .orElseGet(() -> certificates.stream().filter(c -> !issuesAnother(c, certificates)).findFirst()
                        .orElse(certificates.get(0)));
        List<X509Certificate> rest = new ArrayList<>(certificates);
        rest.remove(leaf);
        List<X509Certificate> ordered = new ArrayList<>();
        X509Certificate current = leaf;
        while (!isSelfIssued(current)) {
            X509Certificate issuer = findIssuer(current, rest);
            if (issuer == null) {
                break;
            }
            ordered.add(issuer);
            rest.remove(issuer);
            current = issuer;
        }
        ordered.addAll(rest);
        List<X509Certificate> asGiven = new ArrayList<>(certificates);
        List<X509Certificate> wanted = new ArrayList<>();
        wanted.add(leaf);
        wanted.addAll(ordered);
        return new Ordered(leaf, ordered, asGiven.equals(wanted));
    }

    private static boolean issuesAnother(X509Certificate candidate, List<X509Certificate> all) {
        return all.stream().anyMatch(c -> c != candidate && !isSelfIssued(c)
                && c.getIssuerX500Principal().equals(candidate.getSubjectX500Principal()));
    }

    private static X509Certificate findIssuer(X509Certificate cert, List<X509Certificate> candidates) {
        return candidates.stream().filter(c -> c.getSubjectX500Principal().equals(cert.getIssuerX500Principal()))
                .findFirst().orElse(null);
    }

    static boolean isSelfIssued(X509Certificate c) {
        return c.getSubjectX500Principal().equals(c.getIssuerX500Principal());
    }
}
