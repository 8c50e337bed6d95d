package io.m365connect.ui.step.credential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.m365connect.core.auth.BrowserOpener;
import io.m365connect.core.auth.Credential;
import io.m365connect.core.auth.MsalTokenService;
import io.m365connect.core.auth.ScriptedBrowser;
import io.m365connect.core.auth.TokenSummary;
import io.m365connect.core.cert.CertificateBundle;
import io.m365connect.core.cert.CertificateReader;
import io.m365connect.core.common.Secret;
import io.m365connect.core.diagnose.ErrorCatalog;
import io.m365connect.core.net.HttpSettings;
import io.m365connect.core.practice.PracticeTenant.DemoCredential;
import io.m365connect.core.profile.ProfileStore;
import io.m365connect.core.recipe.CredentialKind;
import io.m365connect.core.recipe.PermissionRequirement;
import io.m365connect.core.recipe.PermissionType;
import io.m365connect.core.recipe.Privilege;
import io.m365connect.core.recipe.Recipe;
import io.m365connect.core.recipe.ResourceApp;
import io.m365connect.sandbox.EmulatorPracticeTenant;
import io.m365connect.sandbox.StartedPracticeTenant;
import io.m365connect.ui.common.DirectUiExecutor;
import io.m365connect.ui.common.UiExecutor;
import io.m365connect.ui.shell.WizardSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The credential step's model against the practice tenant, without a toolkit. */
class CredentialViewModelTest {
    private static final String GRAPH_APP = "blink-microsoft-graph";
    /** Public client with User.Read consented and http://localhost registered. */
    private static final String PUBLIC_APP = "custom-graph";
    @RegisterExtension
    static final StartedPracticeTenant started = new StartedPracticeTenant("credential-vm");
    private static final EmulatorPracticeTenant practice = started.tenant;
    private static final Path home = started.dir;
    private WizardSession session;
    private CredentialViewModel model;

    @BeforeAll
    static void setUp() {
        practice.deviceCodeInterval(1);
    }

    /** A Graph recipe allowing every method: app-only User.Read.All, delegated User.Read. */
    static Recipe graphRecipe() {
        return new Recipe("test-graph-all", "Graph", "Vendor", "guide", "Reads users.",
                List.of(CredentialKind.SECRET, CredentialKind.DEVICE_CODE, CredentialKind.ROPC,
                        CredentialKind.INTERACTIVE), CredentialKind.SECRET, List.of(), List.of(),
                List.of(new PermissionRequirement(ResourceApp.GRAPH, "User.Read.All", PermissionType.APPLICATION,
                                "df021288-bdef-4463-88db-98f22de89214", true, Privilege.LEAST, "Read users"),
                        new PermissionRequirement(ResourceApp.GRAPH, "User.Read", PermissionType.DELEGATED,
                                "e1fe6dd8-ba31-4d61-89e7-88639da4683d", true, Privilege.LEAST, "Sign in")),
                List.of(), List.of(), List.of("graph"), List.of(), List.of(), List.of(), false);
    }

    private static DemoCredential demo() {
        return demo(GRAPH_APP);
    }

    private static DemoCredential demo(String recipe) {
        return practice.demoCredentials().stream().filter(d -> recipe.equals(d.recipeId())).findFirst().orElseThrow();
    }

    private CredentialViewModel model(UiExecutor executor) throws Exception {
        return model(executor, io.m365connect.core.profile.SecretStore.unavailable("none in this test"));
    }

    private CredentialViewModel model(UiExecutor executor, io.m365connect.core.profile.SecretStore secrets)
            throws Exception {
        session = new WizardSession(List.of(graphRecipe()), List.of(practice.cloud()), executor,
                new ProfileStore(Files.createTempDirectory(home, "profile")));
        session.chooseRecipe("test-graph-all");
        session.tenantProperty().set(practice.tenantId());
        session.clientIdProperty().set(demo().clientId());
        HttpSettings http = HttpSettings.defaults().withTrustedCas(List.of(practice.caCertificate()));
        return new CredentialViewModel(session, new MsalTokenService(ErrorCatalog.loadBuiltIn()), () -> http,
                executor, Clock.systemUTC(), secrets);
    }

    @BeforeEach
    void build() throws Exception {
        model = model(new DirectUiExecutor());
    }

    @Test
    void methodsComeFromTheRecipe() {
        assertEquals(List.of(CredentialKind.SECRET, CredentialKind.DEVICE_CODE, CredentialKind.ROPC,
                CredentialKind.INTERACTIVE), model.kinds());
        assertEquals(CredentialKind.SECRET, model.kindProperty().get());
    }

    @Test
    void missingSecretIsWhatGetTokenWaitsForButNextIsFree() {
        assertEquals("Paste the client secret.", model.missingInputProperty().get());
        assertEquals("", model.unmetRequirementProperty().get());
        model.pasteSecret("  value~x \n");
        assertEquals("value~x", model.secretProperty().get());
        assertEquals("", model.missingInputProperty().get());
    }

    @Test
    void aSecretThatGotATokenIsRememberedWhenAskedAndOfferedForTheSameAppNextTime() throws Exception {
        InMemorySecretStore store = new InMemorySecretStore();
        CredentialViewModel first = model(new DirectUiExecutor(), store);
        first.refresh();
        first.secretMemory().rememberProperty().set(true);
        first.secretProperty().set("Cs~wrong.value-123");
        first.getToken();
        assertEquals(CredentialViewModel.Phase.FAILED, first.phaseProperty().get());
        assertTrue(store.entries.isEmpty(), "a secret that failed is not remembered");
        first.secretProperty().set(demo().secret());
        first.getToken();
        assertEquals(CredentialViewModel.Phase.DONE, first.phaseProperty().get());
        assertEquals(java.util.Map.of(io.m365connect.core.profile.SecretStore.Key.clientSecret(practice.tenantId(),
                demo().clientId()), demo().secret()), store.entries);

        CredentialViewModel next = model(new DirectUiExecutor(), store);
        next.refresh();
        assertTrue(next.secretMemory().storedProperty().get(), "offered on the next visit");
        assertEquals("", next.secretProperty().get(), "but never filled in unasked");
        next.useRememberedSecret();
        assertEquals(demo().secret(), next.secretProperty().get());
        next.getToken();
        assertEquals(CredentialViewModel.Phase.DONE, next.phaseProperty().get());
        assertFalse(io.m365connect.core.profile.ProfileStore.toJson(session.snapshot()).contains(demo().secret()));
    }

    @Test
    void malformedClientIdIsRefusedBeforeAnyRequest() {
        session.clientIdProperty().set("Blink app");
        model.secretProperty().set(demo().secret());
        practice.clearRequestLog();

        model.getToken();

        assertEquals(CredentialViewModel.Phase.FAILED, model.phaseProperty().get());
        assertTrue(model.problemProperty().get().summary().startsWith("The application (client) ID \"Blink app\""));
        assertEquals(0, practice.requestLog().size());
    }

    @Test
    void getTokenWithoutTheSecretSaysWhatIsMissing() {
        model.getToken();

        assertEquals(CredentialViewModel.Phase.FAILED, model.phaseProperty().get());
        assertEquals("Paste the client secret.", model.problemProperty().get().summary());
    }

    @Test
    void guidSecretShowsTheSecretIdWarning() {
        model.secretProperty().set("c42a8f18-5ec0-4e1d-9a7b-000000000001");
        assertTrue(model.secretWarningProperty().get().startsWith("This looks like the secret's ID, not its value."));
        model.secretProperty().set("Xk28Q~abc");
        assertEquals("", model.secretWarningProperty().get());
    }

    @Test
    void getTokenWithTheSecretShowsThePlainSummary() {
        model.secretProperty().set(demo().secret());

        model.getToken();

        assertEquals(CredentialViewModel.Phase.DONE, model.phaseProperty().get(), String.valueOf(model.problemProperty().get()));
        TokenSummary s = model.summaryProperty().get();
        assertTrue(s.lines().contains(new TokenSummary.Line("Proved with", "client secret")), s.toString());
        assertTrue(s.lines().contains(new TokenSummary.Line("Who", "the app itself (no user)")), s.toString());
        assertTrue(model.tokenForClipboard().orElseThrow().split("\\.").length == 3);
    }

    @Test
    void wrongSecretShowsTheExplanationAndTicketLines() {
        model.secretProperty().set("Xk28Q~not-the-secret");

        model.getToken();

        assertEquals(CredentialViewModel.Phase.FAILED, model.phaseProperty().get());
        assertEquals("Entra ID refused the token request: AADSTS7000215 — Wrong client secret.",
                model.problemProperty().get().summary());
        assertTrue(model.ticketLines().stream().anyMatch(l -> l.startsWith("Correlation ID: ")), model.ticketLines().toString());
        assertTrue(model.tokenForClipboard().isEmpty());
    }

    @Test
    void changingTheSecretClearsAnOldResult() {
        model.secretProperty().set("Xk28Q~not-the-secret");
        model.getToken();

        model.secretProperty().set(demo().secret());

        assertEquals(CredentialViewModel.Phase.IDLE, model.phaseProperty().get());
        assertNull(model.problemProperty().get());
    }

    @Test
    void certificateInTheSlotSignsTheRequest() throws Exception {
        DemoCredential exchange = demo("blink-exchange-online");
        session.recipeProperty().set(new Recipe("test-cert", "Exchange", "Vendor", "guide", "", List.of(
                CredentialKind.CERTIFICATE), CredentialKind.CERTIFICATE, List.of(), List.of(), List.of(new PermissionRequirement(
                ResourceApp.EXCHANGE, "Exchange.ManageAsApp", PermissionType.APPLICATION,
                "dc50a0fb-09a3-484d-be87-e023b12c6440", true, Privilege.LEAST, "Run cmdlets")), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), false));
        session.clientIdProperty().set(exchange.clientId());
        model.refresh();
        assertEquals("Choose or make the certificate.", model.missingInputProperty().get());
        CertificateBundle bundle = new CertificateReader().read(exchange.certificateFile(),
                java.util.Optional.of(Secret.of(exchange.certificatePassword())));
        model.certificateProperty().set(new Credential.ClientCertificate(bundle.certificate(),
                bundle.privateKey().orElseThrow(), bundle.chain()));

        model.getToken();

        assertEquals(CredentialViewModel.Phase.DONE, model.phaseProperty().get(), String.valueOf(model.problemProperty().get()));
        assertTrue(model.summaryProperty().get().lines().contains(new TokenSummary.Line("Proved with", "certificate")));
    }

    @Test
    void usernamePasswordWithTheAppSecretSignsTheUserIn() {
        model.kindProperty().set(CredentialKind.ROPC);
        assertEquals("Enter the user name.", model.missingInputProperty().get());
        model.usernameProperty().set(demo().username());
        model.passwordProperty().set(demo().password());
        model.secretProperty().set(demo().secret());

        model.getToken();

        assertEquals(CredentialViewModel.Phase.DONE, model.phaseProperty().get(), String.valueOf(model.problemProperty().get()));
        assertTrue(model.summaryProperty().get().lines().contains(
                new TokenSummary.Line("Who", demo().username() + " (signed-in user)")));
    }

    @Test
    void deviceCodeIsShownWithACountdownThenTheTokenArrives() {
        session.clientIdProperty().set(demo(PUBLIC_APP).clientId());
        model.kindProperty().set(CredentialKind.DEVICE_CODE);
        String[] seen = new String[2];
        model.deviceCodeProperty().addListener((o, was, now) -> {
            if (now != null) {
                seen[0] = model.phaseProperty().get().name();
                seen[1] = model.countdownProperty().get();
                practice.approveDeviceCode(now.userCode(), demo().username());
            }
        });

        model.getToken();

        assertEquals("WAITING_FOR_CODE", seen[0]);
        assertTrue(seen[1].startsWith("Code valid for 14:") || seen[1].startsWith("Code valid for 15:"), seen[1]);
        assertEquals(CredentialViewModel.Phase.DONE, model.phaseProperty().get(), String.valueOf(model.problemProperty().get()));
        assertNull(model.deviceCodeProperty().get());
    }

    @Test
    void browserSignInShowsTheAddressWhileWaitingThenTheUser() throws Exception {
        DemoCredential user = demo(PUBLIC_APP);
        ScriptedBrowser person = new ScriptedBrowser(ScriptedBrowser.trusting(practice.caFile()), user.username(),
                user.password());
        String[] phaseWhileOpen = new String[1];
        BrowserOpener browser = url -> {
            phaseWhileOpen[0] = model.phaseProperty().get().name();
            CompletableFuture.runAsync(() -> {
                try {
                    person.signIn(url);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        };
        HttpSettings http = HttpSettings.defaults().withTrustedCas(List.of(practice.caCertificate()));
        model = new CredentialViewModel(session, new MsalTokenService(ErrorCatalog.loadBuiltIn(), browser,
                Duration.ofSeconds(30)), () -> http, new DirectUiExecutor(), Clock.systemUTC());
        session.clientIdProperty().set(user.clientId());
        model.kindProperty().set(CredentialKind.INTERACTIVE);

        model.getToken();

        assertEquals("WAITING_FOR_BROWSER", phaseWhileOpen[0]);
        assertTrue(model.signInAddressProperty().get().getPath().endsWith("/oauth2/v2.0/authorize"));
        assertEquals(CredentialViewModel.Phase.DONE, model.phaseProperty().get(), String.valueOf(model.problemProperty().get()));
        assertTrue(model.summaryProperty().get().lines().contains(
                new TokenSummary.Line("Who", user.username() + " (signed-in user)")));
    }

    @Test
    void cancelWhileTheCodeIsShownStopsAndReturnsToIdle() throws Exception {
        QueuedExecutor queued = new QueuedExecutor();
        model = model(queued);
        session.clientIdProperty().set(demo(PUBLIC_APP).clientId());
        model.kindProperty().set(CredentialKind.DEVICE_CODE);
        model.getToken();
        CompletableFuture<Void> worker = CompletableFuture.runAsync(queued::runAll);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (model.phaseProperty().get() != CredentialViewModel.Phase.WAITING_FOR_CODE && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        practice.clearRequestLog();

        model.cancel();
        worker.get(5, TimeUnit.SECONDS);
        Thread.sleep(Duration.ofSeconds(2).toMillis());

        assertEquals(CredentialViewModel.Phase.IDLE, model.phaseProperty().get());
        assertTrue(practice.requestLog().size() <= 1, "polls went on after cancel: " + practice.requestLog());
    }

    /** Runs UI actions at once and background work only when the test says so. */
    static final class QueuedExecutor implements UiExecutor {
        private final Deque<Runnable> background = new ArrayDeque<>();

        @Override
        public void runOnUi(Runnable action) {
            action.run();
        }

        @Override
        public synchronized void runInBackground(Runnable work) {
            background.add(work);
        }

        void runAll() {
            Runnable next;
            while ((next = take()) != null) {
                next.run();
            }
        }

        private synchronized Runnable take() {
            return background.poll();
        }
    }
}
