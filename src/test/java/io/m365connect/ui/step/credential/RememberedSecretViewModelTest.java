package io.m365connect.ui.step.credential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.m365connect.core.common.Secret;
import io.m365connect.core.profile.ProfileStore;
import io.m365connect.core.profile.SecretStore;
import io.m365connect.ui.TestRecipes;
import io.m365connect.ui.common.DirectUiExecutor;
import io.m365connect.ui.shell.WizardSession;
import io.m365connect.ui.step.credential.RememberedSecretViewModel.Kind;
import io.m365connect.ui.step.credential.RememberedSecretViewModel.State;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Remember this secret" without a toolkit, against a keychain in memory (and one that is not there). */
class RememberedSecretViewModelTest {
    private static final String SECRET = "Rem~Secret.7Qz-value";
    private static final String TENANT = "Contoso.onmicrosoft.com ";

    @TempDir
    Path home;
    private final InMemorySecretStore store = new InMemorySecretStore();
    private WizardSession session;

    @BeforeEach
    void setUp() {
        session = new WizardSession(TestRecipes.all(), TestRecipes.clouds(), new DirectUiExecutor(),
                new ProfileStore(home));
        session.recipeProperty().set(TestRecipes.graph());
        session.tenantProperty().set(TENANT);
        session.clientIdProperty().set(TestRecipes.APP);
    }

    private RememberedSecretViewModel model(SecretStore secrets) {
        RememberedSecretViewModel m = new RememberedSecretViewModel(secrets, new DirectUiExecutor(), session,
                Kind.CLIENT_SECRET);
        m.refresh();
        return m;
    }

    @Test
    void withoutAKeychainTheChoiceIsOffAndCannotBeTurnedOnAndTheReasonIsShown() {
        RememberedSecretViewModel m = model(SecretStore.unavailable("No Secret Service is running in this session."));
        assertEquals(State.UNAVAILABLE, m.stateProperty().get());
        assertEquals("No Secret Service is running in this session.", m.unavailableReasonProperty().get());
        m.rememberProperty().set(true);
        assertFalse(m.rememberProperty().get(), "the box stays off");
        m.accepted(Secret.of(SECRET));
        assertFalse(m.storedProperty().get());
        assertNull(m.problemProperty().get(), "nothing was tried, so nothing failed");
    }

    @Test
    void aWorkingSecretIsRememberedUnderTenantClientAndKindOnlyWhenAsked() {
        RememberedSecretViewModel m = model(store);
        assertEquals(State.AVAILABLE, m.stateProperty().get());
        assertEquals("the test keychain", m.whereProperty().get());
        assertFalse(m.rememberProperty().get(), "opt-in: off until the person turns it on");
        m.accepted(Secret.of(SECRET));
        assertTrue(store.entries.isEmpty());

        m.rememberProperty().set(true);
        m.accepted(Secret.of(SECRET));
        SecretStore.Key key = new SecretStore.Key("client-secret", "contoso.onmicrosoft.com/" + TestRecipes.APP);
        assertEquals(Map.of(key, SECRET), store.entries);
        assertFalse(key.label().contains(SECRET), key.label());
        assertTrue(m.storedProperty().get());
        assertEquals("The secret is remembered in the test keychain.", m.messageProperty().get());
    }

    @Test
    void aRememberedSecretIsOfferedForItsAppOnlyAndCanBeUsedAndForgotten() {
        store.entries.put(SecretStore.Key.clientSecret(TENANT, TestRecipes.APP), SECRET);
        RememberedSecretViewModel m = model(store);
        assertTrue(m.storedProperty().get());
        List<String> filled = new ArrayList<>();
        m.use(s -> filled.add(s.reveal(v -> v)));
        assertEquals(List.of(SECRET), filled);
        assertEquals("The remembered secret was filled in.", m.messageProperty().get());

        session.clientIdProperty().set("00000000-0000-0000-0000-00000000beef");
        m.refresh();
        assertFalse(m.storedProperty().get(), "another app has nothing remembered");
        m.use(s -> filled.add("used for another app"));
        assertEquals(1, filled.size());

        session.clientIdProperty().set(TestRecipes.APP);
        m.refresh();
        m.forget();
        assertFalse(m.storedProperty().get());
        assertTrue(store.entries.isEmpty());
        assertEquals("The remembered secret was removed from the keychain.", m.messageProperty().get());
    }

    @Test
    void theCertificatePasswordIsAnEntryOfItsOwn() {
        RememberedSecretViewModel password = new RememberedSecretViewModel(store, new DirectUiExecutor(), session,
                Kind.CERTIFICATE_PASSWORD);
        password.refresh();
        password.rememberProperty().set(true);
        password.accepted(Secret.of("Pfx-Pass-1"));
        assertEquals(Map.of(SecretStore.Key.certificatePassword(TENANT, TestRecipes.APP), "Pfx-Pass-1"), store.entries);
        assertFalse(model(store).storedProperty().get(), "no client secret is remembered");
    }

    @Test
    void aLockedKeychainIsAPlainProblemAndNothingIsFilledIn() {
        store.entries.put(SecretStore.Key.clientSecret(TENANT, TestRecipes.APP), SECRET);
        RememberedSecretViewModel m = model(store);
        store.locked = true;
        List<String> filled = new ArrayList<>();
        m.use(s -> filled.add(s.reveal(v -> v)));
        assertTrue(filled.isEmpty());
        assertEquals("The secret could not be read from the keychain.", m.problemProperty().get().summary());
        assertEquals("Unlock your keychain (log in again) and retry.", m.problemProperty().get().fix());
    }

    @Test
    void withoutTenantOrClientIdNothingIsAskedOrStored() {
        session.clientIdProperty().set("");
        RememberedSecretViewModel m = model(store);
        m.rememberProperty().set(true);
        m.accepted(Secret.of(SECRET));
        assertTrue(store.entries.isEmpty());
        assertFalse(m.storedProperty().get());
    }

    @Test
    void theDraftAndTheHomeFolderHoldNoRememberedSecret() throws Exception {
        RememberedSecretViewModel m = model(store);
        m.rememberProperty().set(true);
        m.accepted(Secret.of(SECRET));
        session.startAutosave();
        session.notesProperty().set("changed");
        session.saveNow();
        assertFalse(ProfileStore.toJson(session.snapshot()).contains(SECRET));
        try (Stream<Path> files = Files.walk(home)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertFalse(Files.readString(f).contains(SECRET), f.toString());
            }
        }
    }
}
