package io.m365connect.ui.step.credential;

import io.m365connect.core.common.Problem;
import io.m365connect.core.common.ProblemException;
import io.m365connect.core.common.Secret;
import io.m365connect.core.profile.SecretStore;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A keychain in memory for the ViewModel tests only (the real store is tested against gnome-keyring in
 * KeychainSecretStoreTest); it can be told to refuse, as a locked keychain does.
 */
final class InMemorySecretStore implements SecretStore {
    final Map<Key, String> entries = new LinkedHashMap<>();
    boolean locked;
    int calls;

    @Override
    public Availability availability() {
        return new Available("the test keychain");
    }

    @Override
    public void remember(Key key, Secret value) throws ProblemException {
        refuseIfLocked();
        entries.put(key, value.reveal(v -> v));
    }

    @Override
    public Optional<Secret> recall(Key key) throws ProblemException {
        refuseIfLocked();
        return Optional.ofNullable(entries.get(key)).map(Secret::of);
    }

    @Override
    public void forget(Key key) throws ProblemException {
        refuseIfLocked();
        entries.remove(key);
    }

    private void refuseIfLocked() throws ProblemException {
        calls++;
        if (locked) {
            throw new ProblemException(Problem.of("The secret could not be read from the keychain.",
                    "Unlock your keychain (log in again) and retry.", "the keychain is locked"));
        }
    }
}
