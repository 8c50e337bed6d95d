package io.m365connect.core.profile;

import io.m365connect.core.common.ProblemException;
import io.m365connect.core.common.Secret;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a secret a person asked us to remember lives: the operating system's keychain, never a file of ours.
 * Where no keychain can be reached the store says so and why, and the wizard offers no "Remember" box.
 */
public interface SecretStore {

    /**
     * Which remembered value: the client secret or the certificate password of one app in one tenant. Named by
     * tenant, client ID and kind, never by the value, so the keychain's list of entries says nothing secret.
     */
    record Key(String kind, String id) {
        public Key {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(id, "id");
        }

        public static Key clientSecret(String tenant, String clientId) {
            return new Key("client-secret", app(tenant, clientId));
        }

        public static Key certificatePassword(String tenant, String clientId) {
            return new Key("certificate-password", app(tenant, clientId));
        }

        /** Tenant and client ID as typed in any case, with or without spaces around, name the same app. */
        private static String app(String tenant, String clientId) {
            return tenant.strip().toLowerCase(java.util.Locale.ROOT) + "/"
                    + clientId.strip().toLowerCase(java.util.Locale.ROOT);
        }

        /** For the keychain entry's label; never includes the value. */
        public String label() {
            return "M365 Connect " + kind + " " + id;
        }
    }

    /** Whether remembering works here. */
    sealed interface Availability permits Available, Unavailable {
    }

    /** @param where the keychain's name in words ("GNOME Keyring / Secret Service", "macOS Keychain", …) */
    record Available(String where) implements Availability {
    }

    /** @param reason a sentence for the person, shown instead of the "Remember" box */
    record Unavailable(String reason) implements Availability {
    }

    Availability availability();

    default boolean isAvailable() {
        return availability() instanceof Available;
    }

    /** Stores (or replaces) the value; the caller keeps and wipes its own {@link Secret}. */
    void remember(Key key, Secret value) throws ProblemException;

    Optional<Secret> recall(Key key) throws ProblemException;

    /** Whether a value is remembered under {@code key}; the value is read and wiped at once. */
    default boolean contains(Key key) throws ProblemException {
        Optional<Secret> value = recall(key);
        value.ifPresent(Secret::wipe);
        return value.isPresent();
    }

    void forget(Key key) throws ProblemException;

    /** A store that remembers nothing, with the reason shown to the person. */
    static SecretStore unavailable(String reason) {
        return new SecretStore() {
            @Override
            public Availability availability() {
                return new Unavailable(reason);
            }

            @Override
            public void remember(Key key, Secret value) throws ProblemException {
                throw new ProblemException(io.m365connect.core.common.Problem.of(
                        "This computer offers no keychain to remember the secret in.",
                        "Type the secret each time, or keep it in your password manager.", reason));
            }

            @Override
            public Optional<Secret> recall(Key key) {
                return Optional.empty();
            }

            @Override
            public void forget(Key key) {
                // nothing was stored
            }
        };
    }
}
