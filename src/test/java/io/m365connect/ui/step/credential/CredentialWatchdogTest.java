package io.m365connect.ui.step.credential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.m365connect.core.auth.MsalTokenService;
import io.m365connect.core.diagnose.ErrorCatalog;
import io.m365connect.core.net.HttpSettings;
import io.m365connect.core.practice.PracticeTenant.DemoCredential;
import io.m365connect.core.profile.ProfileStore;
import io.m365connect.sandbox.EmulatorPracticeTenant;
import io.m365connect.sandbox.StartedPracticeTenant;
import io.m365connect.sandbox.WireFault;
import io.m365connect.ui.common.FxWatchdog;
import io.m365connect.ui.common.UiExecutor;
import io.m365connect.ui.shell.WizardSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Wire faults through the credential step's Get token, headless, with the {@link FxWatchdog} (every task our code
 * posts to the FX thread under 100 ms, no FX stall over 500 ms). Cancel is pressed during a fault and must end the
 * wait.
 */
@ExtendWith(ApplicationExtension.class)
class CredentialWatchdogTest {
    private static final String TOKEN_PATH = "/oauth2/v2.0/token";
    @RegisterExtension
    static final StartedPracticeTenant started = new StartedPracticeTenant("credential-watchdog");
    private static final EmulatorPracticeTenant practice = started.tenant;
    private static final Path home = started.dir;

    private FxWatchdog watchdog;
    private CredentialViewModel model;

    @Start
    void start(Stage stage) throws Exception {
        watchdog = new FxWatchdog();
        UiExecutor executor = watchdog;
        DemoCredential demo = practice.demoCredentials().stream()
                .filter(d -> "blink-microsoft-graph".equals(d.recipeId())).findFirst().orElseThrow();
        WizardSession session = new WizardSession(List.of(CredentialViewModelTest.graphRecipe()),
                List.of(practice.cloud()), executor, new ProfileStore(Files.createTempDirectory(home, "p")));
        session.chooseRecipe("test-graph-all");
        session.tenantProperty().set(practice.tenantId());
        session.clientIdProperty().set(demo.clientId());
        HttpSettings http = HttpSettings.defaults().withTrustedCas(List.of(practice.caCertificate()))
                .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(10));
        model = new CredentialViewModel(session, new MsalTokenService(ErrorCatalog.loadBuiltIn()), () -> http,
                executor, Clock.systemUTC());
        model.secretProperty().set(demo.secret());
        stage.setScene(new Scene(new CredentialView(model, url -> { }, m -> new Label("certificate")), 900, 700));
        stage.show();
    }

    @AfterEach
    void stopWatchdog() {
        watchdog.shutdown();
        practice.clearWireFaults();
    }

    private CredentialViewModel.Phase phase() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> model.phaseProperty().get()).get(5, TimeUnit.SECONDS);
    }

    private void runFault(FxRobot robot, WireFault fault) throws Exception {
        practice.inject(fault);
        WaitForAsyncUtils.waitForFxEvents();
        watchdog.start();
        robot.clickOn("#credential-get-token");
        FxWatchdog.await(() -> model.phaseProperty().get() == CredentialViewModel.Phase.FAILED
                || model.phaseProperty().get() == CredentialViewModel.Phase.DONE, 30);
        watchdog.assertWithinLimits("credential " + fault.kind() + " " + fault.status());
        assertEquals(CredentialViewModel.Phase.FAILED, phase(), fault.kind().toString());
        assertNotNull(model.problemProperty().get());
    }

    @Test
    void everyWireFaultEndsInAVerdictWithoutFreezingTheWindow(FxRobot robot) throws Exception {
        runFault(robot, WireFault.status(TOKEN_PATH, 2, 503, 0));
        runFault(robot, WireFault.status(TOKEN_PATH, 2, 429, 1));
        runFault(robot, WireFault.of(WireFault.Kind.TRUNCATED, TOKEN_PATH, 2));
        runFault(robot, WireFault.of(WireFault.Kind.NOT_JSON, TOKEN_PATH, 2));
        runFault(robot, WireFault.of(WireFault.Kind.HUGE, TOKEN_PATH, 2));
        System.out.println("watchdog credential, all faults: " + watchdog.overall());
    }

    @Test
    void cancelEndsTheWaitForARetryAfterAtOnce(FxRobot robot) throws Exception {
        practice.inject(WireFault.status(TOKEN_PATH, 2, 429, 5));
        watchdog.start();
        robot.clickOn("#credential-get-token");
        FxWatchdog.await(() -> practice.requestLog().stream().anyMatch(l -> l.status() == 429), 10);
        assertEquals(CredentialViewModel.Phase.WORKING, phase(), "waiting out the Retry-After");
        long pressed = System.nanoTime();
        robot.clickOn("#credential-cancel");
        FxWatchdog.await(() -> model.phaseProperty().get() != CredentialViewModel.Phase.WORKING, 5);
        assertEquals(CredentialViewModel.Phase.IDLE, phase());
        assertTrue(System.nanoTime() - pressed < TimeUnit.SECONDS.toNanos(2), "Cancel took effect at once");
        watchdog.assertNoStall("credential cancel");
    }
}
