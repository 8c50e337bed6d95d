package io.m365connect.core.handoff;

import io.m365connect.core.common.Secret;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The credential the target system is handed: a client secret, a certificate with its key, or none (a user signs
 * in). Never shows a secret or key in {@link #toString()}.
 */
public sealed interface HandoffCredential {

    /** When the credential stops working, if it has an end date. */
    Optional<Instant> expires();

    /** A public client: the target signs a user in, there is nothing to hand over. */
    record None() implements HandoffCredential {
        @Override
        public Optional<Instant> expires() {
            return Optional.empty();
        }
    }

    /** A client secret's Value; {@code expires} is the end date chosen when it was made, when known. */
    record ClientSecret(Secret value, Optional<Instant> expires) implements HandoffCredential {
        public ClientSecret {
            Objects.requireNonNull(value, "value");
            expires = expires == null ? Optional.empty() : expires;
        }

        @Override
        public String toString() {
            return "ClientSecret[redacted, expires=" + expires.map(Instant::toString).orElse("unknown") + "]";
        }
    }

    /**
     * A certificate with the issuers that came with it (leaf first is {@code certificate}), its private key, and
     * the password a PFX is written with.
     */
    record Certificate(X509Certificate certificate, List<X509Certificate> issuers, PrivateKey key, Secret pfxPassword)
            implements HandoffCredential {
        public Certificate {
            Objects.requireNonNull(certificate, "certificate");
            issuers = List.copyOf(issuers == null ? List.of() : issuers);
            Objects.requireNonNull(key, "key");
            pfxPassword = pfxPassword == null ? Secret.empty() : pfxPassword;
        }

        @Override
        public Optional<Instant> expires() {
            return Optional.of(certificate.getNotAfter().toInstant());
        }

        @Override
        public String toString() {
            return "Certificate[" + certificate.getSubjectX500Principal().getName() + ", key=redacted]";
        }
    }
}
