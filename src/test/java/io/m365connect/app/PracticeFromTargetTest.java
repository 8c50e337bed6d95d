package io.m365connect.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.m365connect.core.Services;
import io.m365connect.core.net.HttpSettings;
import io.m365connect.core.recipe.RecipeCatalog;
import io.m365connect.core.tenant.CloudCatalog;
import io.m365connect.sandbox.EmulatorPracticeTenant;
import io.m365connect.ui.TestRecipes;
import io.m365connect.ui.common.FxUiExecutor;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Target step's practice button runs the practice tenant and makes it the draft's cloud. */
@ExtendWith(ApplicationExtension.class)
class PracticeFromTargetTest {
    @TempDir
    static Path home;
    private WizardWindow window;
    private FxUiExecutor executor;

    @Start
    void start(Stage stage) {
        CloudCatalog clouds = CloudCatalog.loadBuiltIn();
        Services services = new Services("test", home, clouds, RecipeCatalog.loadBuiltIn(clouds),
                HttpSettings.defaults(), EmulatorPracticeTenant::new);
        executor = new FxUiExecutor();
        window = new WizardWindow(services, cloud -> TestRecipes.all(), executor, url -> { }, stage::close);
        window.begin(Optional.empty());
        stage.setScene(new Scene(window.view, 1100, 720));
        stage.show();
    }

    @AfterEach
    void stop() {
        WaitForAsyncUtils.asyncFx(window::stopPractice);
        WaitForAsyncUtils.waitForFxEvents();
        executor.shutdown();
    }

    @Test
    void practiceButtonRunsTheTenantAndSwitchesTheDraftToItsCloud(FxRobot robot) throws Exception {
        assertFalse(WizardWindow.isPractice(window.session.cloud()));
        robot.clickOn("#practice-tenant");
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> WizardWindow.isPractice(window.session.cloud()));
        assertTrue(window.session.cloud().authority().startsWith("https://127.0.0.1:"));
        assertEquals("https://graph.microsoft.com", window.session.cloud().graph().resource());
        assertTrue(robot.lookup("Practice tenant \u2014 it runs on this computer and is not Microsoft. Use the demo "
                + "accounts only.").tryQuery().isPresent());
    }
}
