package io.m365connect.ui.step.credential;

import io.m365connect.core.auth.AccessToken;
import io.m365connect.core.auth.AuthFailure;
import io.m365connect.core.auth.BrowserSignInListener;
import io.m365connect.core.auth.ClientSecrets;
import io.m365connect.core.auth.Credential;
import io.m365connect.core.auth.DeviceCodePrompt;
import io.m365connect.core.auth.RecipeScopes;
import io.m365connect.core.auth.TokenRequest;
import io.m365connect.core.auth.TokenResult;
import io.m365connect.core.auth.TokenService;
import io.m365connect.core.auth.TokenSummary;
import io.m365connect.core.common.Problem;
import io.m365connect.core.common.Secret;
import io.m365connect.core.net.HttpSettings;
import io.m365connect.core.profile.SecretStore;
import io.m365connect.core.recipe.CredentialKind;
import io.m365connect.core.recipe.Recipe;
import io.m365connect.core.tenant.ClientId;
import io.m365connect.core.tenant.InputResult;
import io.m365connect.core.tenant.TenantRef;
import io.m365connect.ui.common.BackgroundTask;
import io.m365connect.ui.common.TaskHandle;
import io.m365connect.ui.common.UiExecutor;
import io.m365connect.ui.shell.WizardSession;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Step "Credential" without the certificate part: client secret, browser sign-in, device code and user name +
 * password, and "Get token" with a plain summary. The user's password stays in this model; the client secret
 * or certificate reaches the Verify and Hand-off pages through the session's in-memory credential, never the
 * saved draft; the raw token only leaves through {@link #tokenForClipboard()}.
 */
public final class CredentialViewModel {
    /** Where the page is: nothing asked yet, asking, waiting for the person, token shown, or refused. */
    public enum Phase { IDLE, WORKING, WAITING_FOR_BROWSER, WAITING_FOR_CODE, DONE, FAILED }

    private final WizardSession session;
    private final TokenService tokens;
    private final Supplier<HttpSettings> http;
    private final UiExecutor executor;
    private final Clock clock;
    private final RememberedSecretViewModel secretMemory;

    private final ObservableList<CredentialKind> kinds = FXCollections.observableArrayList();
    private final StringProperty secretText = new SimpleStringProperty(this, "secret", "");
    private final BooleanProperty showSecret = new SimpleBooleanProperty(this, "showSecret", false);
    private final StringProperty username = new SimpleStringProperty(this, "username", "");
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final ObjectProperty<Credential.ClientCertificate> certificate =
            new SimpleObjectProperty<>(this, "certificate");
    private final ReadOnlyStringWrapper secretWarning = new ReadOnlyStringWrapper(this, "secretWarning", "");
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase", Phase.IDLE);
    private final ReadOnlyObjectWrapper<DeviceCodePrompt> deviceCode = new ReadOnlyObjectWrapper<>(this, "code");
    private final ReadOnlyStringWrapper countdown = new ReadOnlyStringWrapper(this, "countdown", "");
    private final ReadOnlyObjectWrapper<URI> signInAddress = new ReadOnlyObjectWrapper<>(this, "signInAddress");
    private final ReadOnlyStringWrapper browserProblem = new ReadOnlyStringWrapper(this, "browserProblem", "");
    private final ReadOnlyObjectWrapper<TokenSummary> summary = new ReadOnlyObjectWrapper<>(this, "summary");
    private final ReadOnlyObjectWrapper<Problem> problem = new ReadOnlyObjectWrapper<>(this, "problem");
    private final ObservableList<String> ticketLines = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper missing = new ReadOnlyStringWrapper(this, "missing", "");
    /** Next is never blocked here: a person may look at the permissions before the secret exists. */
    private final ReadOnlyStringWrapper unmet = new ReadOnlyStringWrapper(this, "unmet", "");
    private AccessToken token;
    private List<String> requestedScopes = List.of();
    private TaskHandle running;

    /** Without a keychain: "Remember this secret" is offered disabled. */
    public CredentialViewModel(WizardSession session, TokenService tokens, Supplier<HttpSettings> http,
                               UiExecutor executor, Clock clock) {
        this(session, tokens, http, executor, clock, SecretStore.unavailable(
                CredentialTexts.text("credential.remember.noStore")));
    }

    public CredentialViewModel(WizardSession session, TokenService tokens, Supplier<HttpSettings> http,
                               UiExecutor executor, Clock clock, SecretStore secrets) {
        this.session = session;
        this.tokens = tokens;
        this.http = http;
        this.executor = executor;
        this.clock = clock;
        this.secretMemory = new RememberedSecretViewModel(secrets, executor, session,
                RememberedSecretViewModel.Kind.CLIENT_SECRET);
        secretText.addListener((o, was, now) -> secretWarning.set(
                ClientSecrets.warning(Secret.of(now)).orElse("")));
        for (Observable o : List.<Observable>of(session.recipeProperty(), session.credentialKindProperty(),
                session.tenantProperty(), session.clientIdProperty(), secretText, username, password, certificate)) {
            o.addListener(x -> inputsChanged());
        }
        refresh();
    }

    public ObservableList<CredentialKind> kinds() { return kinds; }
    public ObjectProperty<CredentialKind> kindProperty() { return session.credentialKindProperty(); }
    public StringProperty secretProperty() { return secretText; }
    public BooleanProperty showSecretProperty() { return showSecret; }
    public StringProperty usernameProperty() { return username; }
    public StringProperty passwordProperty() { return password; }
    /** The slot the certificate part fills with the chosen certificate and its key. */
    public ObjectProperty<Credential.ClientCertificate> certificateProperty() { return certificate; }
    public ReadOnlyStringProperty secretWarningProperty() { return secretWarning.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Phase> phaseProperty() { return phase.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<DeviceCodePrompt> deviceCodeProperty() { return deviceCode.getReadOnlyProperty(); }
    public ReadOnlyStringProperty countdownProperty() { return countdown.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<URI> signInAddressProperty() { return signInAddress.getReadOnlyProperty(); }
    public ReadOnlyStringProperty browserProblemProperty() { return browserProblem.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<TokenSummary> summaryProperty() { return summary.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Problem> problemProperty() { return problem.getReadOnlyProperty(); }
    public ObservableList<String> ticketLines() { return ticketLines; }
    public ReadOnlyStringProperty unmetRequirementProperty() { return unmet.getReadOnlyProperty(); }
    /** What "Get token" still needs, in the person's words; empty when it can run. */
    public ReadOnlyStringProperty missingInputProperty() { return missing.getReadOnlyProperty(); }

    /** Re-reads the recipe's allowed sign-in methods from the session, and asks the keychain about its app. */
    public void refresh() {
        List<CredentialKind> allowed = session.recipe().map(Recipe::credentialKinds).orElse(List.of());
        kinds.setAll(allowed);
        inputsChanged();
        secretMemory.refresh();
    }

    /** "Remember this secret", and the secret remembered for the draft's app. */
    public RememberedSecretViewModel secretMemory() {
        return secretMemory;
    }

    /** "Use the remembered secret": fills the secret field from the keychain. */
    public void useRememberedSecret() {
        secretMemory.use(s -> secretText.set(s.reveal(value -> value)));
    }

    /** A paste into the secret field: copying from a portal page adds spaces and line breaks around it. */
    public void pasteSecret(String pasted) {
        secretText.set(pasted == null ? "" : pasted.strip());
    }

    public boolean busy() {
        Phase p = phase.get();
        return p == Phase.WORKING || p == Phase.WAITING_FOR_BROWSER || p == Phase.WAITING_FOR_CODE;
    }

    /** "Get token": checks the inputs, then asks Entra ID in the background. */
    public void getToken() {
        if (busy()) {
            return;
        }
        clearResult();
        Optional<String> missing = missingInput();
        if (missing.isPresent()) {
            fail(Problem.of(missing.get(), ""), List.of());
            return;
        }
        CredentialKind kind = kindProperty().get();
        Recipe recipe = session.recipe().orElseThrow();
        List<String> scopes = RecipeScopes.forRecipe(recipe, session.cloud(), kind);
        requestedScopes = scopes;
        if (scopes.isEmpty()) {
            fail(Problem.of(CredentialTexts.text("credential.missing.scopes"), ""), List.of());
            return;
        }
        InputResult<TenantRef> tenant = TenantRef.parse(session.tenantProperty().get());
        InputResult<ClientId> client = ClientId.parse(session.clientIdProperty().get(), tenant.acceptedValue());
        Optional<Problem> refused = tenant.rejection().or(client::rejection);
        if (refused.isPresent()) {
            fail(refused.get(), List.of());
            return;
        }
        TokenRequest request = new TokenRequest(session.cloud(), tenant.acceptedValue().orElseThrow().value(),
                client.acceptedValue().orElseThrow().value(), credential(kind), scopes, http.get(), true);
        phase.set(kind == CredentialKind.INTERACTIVE ? Phase.WAITING_FOR_BROWSER : Phase.WORKING);
        running = BackgroundTask.of(c -> tokens.acquire(request, c))
                .onSuccess(this::finished)
                .onFailure(e -> fail(Problem.of(CredentialTexts.text("credential.failed.unexpected",
                        e.getClass().getSimpleName()), CredentialTexts.text("credential.failed.unexpected.fix")),
                        List.of()))
                .onCancelled(() -> phase.set(Phase.IDLE))
                .executeWith(executor);
    }

    /** Cancel: stops polling or the browser wait at once; the page is ready for another try. */
    public void cancel() {
        if (running != null) {
            running.cancel();
        }
        running = null;
        deviceCode.set(null);
        phase.set(Phase.IDLE);
    }

    /** Called by the view every second while a code is shown. */
    public void tick(Instant now) {
        DeviceCodePrompt p = deviceCode.get();
        countdown.set(p == null ? "" : remaining(p, now));
    }

    private static String remaining(DeviceCodePrompt p, Instant now) {
        Duration left = Duration.between(now, p.expiresAt());
        return left.isNegative() || left.isZero() ? CredentialTexts.text("credential.device.expired")
                : CredentialTexts.text("credential.device.left", left.toMinutes(),
                        String.format("%02d", left.toSecondsPart()));
    }

    /** The raw token, for "Copy token" after the person confirmed the warning; empty without a token. */
    public Optional<String> tokenForClipboard() {
        return Optional.ofNullable(token).map(AccessToken::bearer);
    }

    /** The token for later steps (probes) of this run; never saved. */
    public Optional<AccessToken> token() {
        return Optional.ofNullable(token);
    }

    /** The credential as entered, for the Verify step's fresh tokens; empty while something is missing. */
    public Optional<Credential> credential() {
        CredentialKind kind = kindProperty().get();
        return kind == null || missingInput().isPresent() ? Optional.empty() : Optional.ofNullable(credential(kind));
    }

    private Credential credential(CredentialKind kind) {
        return switch (kind) {
            case SECRET -> new Credential.ClientSecret(Secret.of(secretText.get().strip()));
            case CERTIFICATE -> certificate.get();
            case DEVICE_CODE -> new Credential.DeviceCode(p -> executor.runOnUi(() -> showCode(p)));
            case INTERACTIVE -> new Credential.Interactive(Optional.empty(), new BrowserSignInListener() {
                @Override
                public void openingBrowser(URI url) {
                    executor.runOnUi(() -> signInAddress.set(url));
                }

                @Override
                public void browserNotOpened(URI url, String reason) {
                    executor.runOnUi(() -> browserProblem.set(CredentialTexts.text(
                            "credential.interactive.notOpened", reason)));
                }
            });
            case ROPC -> new Credential.UsernamePassword(username.get().strip(), Secret.of(password.get()),
                    secretText.get().isBlank() ? Optional.empty() : Optional.of(Secret.of(secretText.get().strip())));
        };
    }

    private void showCode(DeviceCodePrompt prompt) {
        if (phase.get() == Phase.WORKING) {
            phase.set(Phase.WAITING_FOR_CODE);
            countdown.set(remaining(prompt, clock.instant()));
            deviceCode.set(prompt);
        }
    }

    private void finished(TokenResult result) {
        running = null;
        deviceCode.set(null);
        if (result instanceof AccessToken t) {
            token = t;
            if (!secretText.get().isBlank() && (kindProperty().get() == CredentialKind.SECRET
                    || kindProperty().get() == CredentialKind.ROPC)) {
                secretMemory.accepted(Secret.of(secretText.get().strip()));
            }
            session.tokenScopes().setAll(requestedScopes);
            summary.set(TokenSummary.of(t, clock.instant()));
            phase.set(Phase.DONE);
        } else {
            AuthFailure f = (AuthFailure) result;
            fail(f.problem(), f.ticketLines());
        }
    }

    private void fail(Problem p, List<String> ticket) {
        running = null;
        problem.set(p);
        ticketLines.setAll(ticket);
        phase.set(Phase.FAILED);
    }

    private void clearResult() {
        token = null;
        summary.set(null);
        problem.set(null);
        ticketLines.clear();
        signInAddress.set(null);
        browserProblem.set("");
        deviceCode.set(null);
    }

    private void inputsChanged() {
        if (!busy() && phase.get() != Phase.IDLE) {
            clearResult();
            phase.set(Phase.IDLE);
        }
        missing.set(missingInput().orElse(""));
        session.credentialMaterialProperty().set(CredentialHandover.of(kindProperty().get(), secretText.get(),
                certificate.get(), session.credentialMaterialProperty().get()));
    }

    /** The first input the chosen method still needs, in the person's words. */
    private Optional<String> missingInput() {
        CredentialKind kind = kindProperty().get();
        if (session.recipe().isEmpty() || kind == null) {
            return Optional.of(CredentialTexts.text("credential.missing.recipe"));
        }
        if (session.tenantProperty().get().isBlank()) {
            return Optional.of(CredentialTexts.text("credential.missing.tenant"));
        }
        if (session.clientIdProperty().get().isBlank()) {
            return Optional.of(CredentialTexts.text("credential.missing.client"));
        }
        return switch (kind) {
            case SECRET -> secretText.get().isBlank() ? Optional.of(CredentialTexts.text("credential.missing.secret"))
                    : Optional.empty();
            case CERTIFICATE -> certificate.get() == null
                    ? Optional.of(CredentialTexts.text("credential.missing.certificate")) : Optional.empty();
            case ROPC -> username.get().isBlank() ? Optional.of(CredentialTexts.text("credential.missing.username"))
                    : password.get().isEmpty() ? Optional.of(CredentialTexts.text("credential.missing.password"))
                    : Optional.empty();
            case INTERACTIVE, DEVICE_CODE -> Optional.empty();
        };
    }
}
