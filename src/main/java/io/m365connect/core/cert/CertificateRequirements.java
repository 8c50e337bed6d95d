package io.m365connect.core.cert;

import java.util.Objects;

/**
 * What the certificate is for, beyond Entra ID's own rules: whether the private key must come along (a target
 * system that signs its own token requests needs it; the portal upload does not).
 *
 * @param purpose who needs the key, for the message ("Blink", "this recipe")
 */
public record CertificateRequirements(boolean privateKeyNeeded, String purpose) {
    public static final CertificateRequirements PORTAL_UPLOAD = new CertificateRequirements(false, "the portal upload");

    public CertificateRequirements {
        Objects.requireNonNull(purpose, "purpose");
    }

    public static CertificateRequirements privateKeyFor(String purpose) {
        return new CertificateRequirements(true, purpose);
    }
}
