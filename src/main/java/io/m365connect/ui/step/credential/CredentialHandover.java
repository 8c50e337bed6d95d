package io.m365connect.ui.step.credential;

import io.m365connect.core.auth.Credential;
import io.m365connect.core.common.Secret;
import io.m365connect.core.handoff.HandoffCredential;
import io.m365connect.core.recipe.CredentialKind;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;

/**
 * What this page hands to the Verify and Hand-off pages through the session (in memory, never in the draft): the
 * secret's value or the certificate with its key, as the chosen method uses them.
 */
final class CredentialHandover {
    private CredentialHandover() {
    }

    /** The credential for {@code kind}; {@code current} is kept when it is the same, so a chosen PFX password stays. */
    static HandoffCredential of(CredentialKind kind, String secretText, Credential.ClientCertificate certificate,
                                HandoffCredential current) {
        if (kind == CredentialKind.CERTIFICATE && certificate != null) {
            if (current instanceof HandoffCredential.Certificate c && c.certificate().equals(certificate.certificate())) {
                return current;
            }
            List<X509Certificate> issuers = certificate.chain().stream()
                    .filter(x -> !x.equals(certificate.certificate())).toList();
            return new HandoffCredential.Certificate(certificate.certificate(), issuers, certificate.key(), null);
        }
        String secret = secretText == null ? "" : secretText.strip();
        if ((kind == CredentialKind.SECRET || kind == CredentialKind.ROPC) && !secret.isEmpty()) {
            if (current instanceof HandoffCredential.ClientSecret s && s.value().reveal(secret::equals)) {
                return current;
            }
            return new HandoffCredential.ClientSecret(Secret.of(secret), Optional.empty());
        }
        return current instanceof HandoffCredential.None ? current : new HandoffCredential.None();
    }
}
