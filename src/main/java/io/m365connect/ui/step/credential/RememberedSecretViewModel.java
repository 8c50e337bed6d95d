package io.m365connect.ui.step.credential;

import io.m365connect.core.common.Problem;
import io.m365connect.core.common.ProblemException;
import io.m365connect.core.common.Secret;
import io.m365connect.core.profile.SecretStore;
import io.m365connect.ui.common.BackgroundTask;
import io.m365connect.ui.common.UiExecutor;
import io.m365connect.ui.shell.WizardSession;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * "Remember this secret / certificate password in the system keychain" for the draft's app (tenant + client ID):
 * opt-in, and a value is stored only once it has worked (a token came, the certificate opened), so a typo is never
 * remembered. Where no keychain can be reached the choice is off and disabled with the reason; nothing is ever
 * written to a file instead. Every keychain call runs in the background: it may load a native library or wait for
 * the keychain to unlock.
 */
public final class RememberedSecretViewModel {
    /** What is remembered: the app's client secret or its certificate's password. */
    public enum Kind {
        CLIENT_SECRET(SecretStore.Key::clientSecret, "secret"),
        CERTIFICATE_PASSWORD(SecretStore.Key::certificatePassword, "password");

        private final BiFunction<String, String, SecretStore.Key> key;
        private final String textKey;

        Kind(BiFunction<String, String, SecretStore.Key> key, String textKey) {
            this.key = key;
            this.textKey = textKey;
        }

        /** The suffix of this kind's texts in credential.properties. */
        public String textKey() {
            return textKey;
        }
    }

    /** Whether the keychain can be used here: not known yet, yes, or no (with the reason). */
    public enum State { CHECKING, AVAILABLE, UNAVAILABLE }

    private final SecretStore store;
    private final UiExecutor executor;
    private final WizardSession session;
    private final Kind kind;
    private final BooleanProperty remember = new SimpleBooleanProperty(this, "remember", false);
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.CHECKING);
    private final ReadOnlyStringWrapper where = new ReadOnlyStringWrapper(this, "where", "");
    private final ReadOnlyStringWrapper unavailableReason = new ReadOnlyStringWrapper(this, "reason", "");
    private final ReadOnlyBooleanWrapper stored = new ReadOnlyBooleanWrapper(this, "stored", false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<Problem> problem = new ReadOnlyObjectWrapper<>(this, "problem");
    /** Counts refreshes, so an answer for an app the draft no longer names is dropped. */
    private int generation;

    public RememberedSecretViewModel(SecretStore store, UiExecutor executor, WizardSession session, Kind kind) {
        this.store = Objects.requireNonNull(store, "store");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.session = Objects.requireNonNull(session, "session");
        this.kind = Objects.requireNonNull(kind, "kind");
        remember.addListener((o, was, now) -> {
            if (now && state.get() == State.UNAVAILABLE) {
                remember.set(false);
            }
        });
    }

    public Kind kind() { return kind; }
    /** The person's choice; it cannot be turned on while the keychain is unavailable. */
    public BooleanProperty rememberProperty() { return remember; }
    public ReadOnlyObjectProperty<State> stateProperty() { return state.getReadOnlyProperty(); }
    /** The keychain's name in words, once it is known to work. */
    public ReadOnlyStringProperty whereProperty() { return where.getReadOnlyProperty(); }
    /** Why nothing can be remembered here; empty while it can. */
    public ReadOnlyStringProperty unavailableReasonProperty() { return unavailableReason.getReadOnlyProperty(); }
    /** Whether a value is remembered for the draft's app, so "Use the remembered …" and "Forget" are offered. */
    public ReadOnlyBooleanProperty storedProperty() { return stored.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Problem> problemProperty() { return problem.getReadOnlyProperty(); }

    /** The key for the draft's app; empty until tenant and client ID are filled in. */
    Optional<SecretStore.Key> key() {
        String tenant = session.tenantProperty().get();
        String client = session.clientIdProperty().get();
        return tenant == null || client == null || tenant.isBlank() || client.isBlank() ? Optional.empty()
                : Optional.of(kind.key.apply(tenant, client));
    }

    /** Asks the keychain (in the background) whether it works here and holds a value for the draft's app. */
    public void refresh() {
        int asked = ++generation;
        Optional<SecretStore.Key> key = key();
        BackgroundTask.of(c -> {
            SecretStore.Availability a = store.availability();
            boolean has = a instanceof SecretStore.Available && key.isPresent() && store.contains(key.get());
            return new Answer(a, has);
        }).onSuccess(answer -> {
            if (asked == generation) {
                show(answer);
            }
        }).onFailure(this::failed).executeWith(executor);
    }

    private record Answer(SecretStore.Availability availability, boolean has) {
    }

    private void show(Answer answer) {
        if (answer.availability() instanceof SecretStore.Unavailable u) {
            remember.set(false);
            unavailableReason.set(u.reason());
            where.set("");
            state.set(State.UNAVAILABLE);
        } else {
            unavailableReason.set("");
            where.set(((SecretStore.Available) answer.availability()).where());
            state.set(State.AVAILABLE);
        }
        stored.set(answer.has());
    }

    /** Reads the remembered value and hands it to {@code into} on the UI thread; the value is wiped after. */
    public void use(Consumer<Secret> into) {
        Optional<SecretStore.Key> key = key();
        if (key.isEmpty() || !stored.get()) {
            return;
        }
        problem.set(null);
        BackgroundTask.of(c -> store.recall(key.get())).onSuccess(value -> {
            if (value.isEmpty()) {
                stored.set(false);
                message.set(CredentialTexts.text("credential.remember.gone." + kind.textKey));
                return;
            }
            try (Secret s = value.get()) {
                into.accept(s);
            }
            message.set(CredentialTexts.text("credential.remember.used." + kind.textKey));
        }).onFailure(this::failed).executeWith(executor);
    }

    /** Removes the remembered value of the draft's app from the keychain. */
    public void forget() {
        Optional<SecretStore.Key> key = key();
        if (key.isEmpty()) {
            return;
        }
        problem.set(null);
        BackgroundTask.of(c -> {
            store.forget(key.get());
            return Boolean.TRUE;
        }).onSuccess(done -> {
            stored.set(false);
            remember.set(false);
            message.set(CredentialTexts.text("credential.remember.forgotten." + kind.textKey));
        }).onFailure(this::failed).executeWith(executor);
    }

    /**
     * The value worked (a token came, the file opened): remembered now if the person asked for it. Takes over
     * {@code value} and wipes it once stored or not.
     */
    public void accepted(Secret value) {
        Optional<SecretStore.Key> key = key();
        if (!remember.get() || state.get() != State.AVAILABLE || key.isEmpty() || value.isEmpty()) {
            value.wipe();
            return;
        }
        problem.set(null);
        BackgroundTask.of(c -> {
            try {
                store.remember(key.get(), value);
                return Boolean.TRUE;
            } finally {
                value.wipe();
            }
        }).onSuccess(done -> {
            stored.set(true);
            message.set(CredentialTexts.text("credential.remember.saved." + kind.textKey, where.get()));
        }).onFailure(this::failed).executeWith(executor);
    }

    private void failed(Throwable e) {
        problem.set(e instanceof ProblemException p ? p.problem()
                : Problem.of(CredentialTexts.text("credential.remember.failed"),
                        CredentialTexts.text("credential.failed.unexpected.fix")));
    }
}
