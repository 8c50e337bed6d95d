package io.m365connect.core.cert;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A certificate's fingerprints in the spellings people meet: SHA-1 as uppercase hex (the "Thumbprint" Entra ID
 * and Windows show), SHA-256 hex, and the JOSE header values {@code x5t} / {@code x5t#S256} (base64url without
 * padding, RFC 7515 §4.1.7-8).
 */
public record Thumbprints(String sha1, String sha256, String x5t, String x5tS256) {

    public static Thumbprints of(X509Certificate certificate) {
        try {
            byte[] der = certificate.getEncoded();
            byte[] sha1 = MessageDigest.getInstance("SHA-1").digest(der);
            byte[] sha256 = MessageDigest.getInstance("SHA-256").digest(der);
            Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
            HexFormat hex = HexFormat.of().withUpperCase();
            return new Thumbprints(hex.formatHex(sha1), hex.formatHex(sha256), url.encodeToString(sha1),
                    url.encodeToString(sha256));
        } catch (CertificateEncodingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("a parsed certificate always has an encoding and SHA digests exist", e);
        }
    }
}
