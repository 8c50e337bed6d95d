package io.m365connect.core.auth;

import io.m365connect.core.common.Secret;
import io.m365connect.core.recipe.CredentialKind;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/** How a token request proves who asks. Secrets and keys never appear in {@code toString()}. */
public sealed interface Credential {

    CredentialKind kind();

    /** App-only with a client secret (client credentials grant). */
    record ClientSecret(Secret secret) implements Credential {
        public ClientSecret {
            Objects.requireNonNull(secret, "secret");
        }

        @Override
        public CredentialKind kind() {
            return CredentialKind.SECRET;
        }
    }

    /**
     * App-only with a certificate: a client assertion signed with {@code key}; {@code chain} starts with
     * {@code certificate} (only the leaf is needed, the rest is sent as {@code x5c} when present).
     */
    record ClientCertificate(X509Certificate certificate, PrivateKey key, List<X509Certificate> chain)
            implements Credential {
        public ClientCertificate {
            Objects.requireNonNull(certificate, "certificate");
            Objects.requireNonNull(key, "key");
            chain = chain == null || chain.isEmpty() ? List.of(certificate) : List.copyOf(chain);
        }

        @Override
        public CredentialKind kind() {
            return CredentialKind.CERTIFICATE;
        }

        @Override
        public String toString() {
            return "ClientCertificate[" + certificate.getSubjectX500Principal().getName() + ", key=redacted]";
        }
    }

    /**
     * A user signs in in the system browser (authorization code with PKCE, loopback redirect http://localhost).
     * The listener hears the sign-in address before the browser opens, so a page can offer it as a link, and
     * hears when no browser could be started.
     */
    record Interactive(Optional<String> loginHint, BrowserSignInListener listener) implements Credential {
        public Interactive {
            loginHint = loginHint == null ? Optional.empty() : loginHint;
            listener = listener == null ? new BrowserSignInListener() { } : listener;
        }

        @Override
        public CredentialKind kind() {
            return CredentialKind.INTERACTIVE;
        }
    }

    /** A user signs in on another device with a code; {@code onPrompt} shows the code while polling runs. */
    record DeviceCode(Consumer<DeviceCodePrompt> onPrompt) implements Credential {
        public DeviceCode {
            Objects.requireNonNull(onPrompt, "onPrompt");
        }

        @Override
        public CredentialKind kind() {
            return CredentialKind.DEVICE_CODE;
        }
    }

    /**
     * Resource owner password credentials. Without {@code clientSecret} it is MSAL's public-client request; with
     * one it is the confidential request some connectors send (grant_type=password plus client_secret).
     * Accounts that need MFA cannot sign in this way.
     */
    record UsernamePassword(String username, Secret password, Optional<Secret> clientSecret) implements Credential {
        public UsernamePassword {
            Objects.requireNonNull(username, "username");
            Objects.requireNonNull(password, "password");
            clientSecret = clientSecret == null ? Optional.empty() : clientSecret;
        }

        public boolean confidential() {
            return clientSecret.isPresent();
        }

        @Override
        public CredentialKind kind() {
            return CredentialKind.ROPC;
        }
    }
}
