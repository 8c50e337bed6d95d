package io.m365connect.app;

import static io.m365connect.app.WizardLookups.heading;
import static io.m365connect.app.WizardLookups.next;
import static io.m365connect.app.WizardLookups.reason;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.m365connect.core.Services;
import io.m365connect.core.net.HttpSettings;
import io.m365connect.core.practice.PracticeTenant;
import io.m365connect.core.profile.ProfileStore;
import io.m365connect.core.recipe.RecipeCatalog;
import io.m365connect.core.tenant.CloudCatalog;
import io.m365connect.ui.TestRecipes;
import io.m365connect.ui.common.FxUiExecutor;
import io.m365connect.ui.common.TaskHandle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class WizardFlowTest {
    @TempDir
    static Path home;
    private WizardWindow window;
    private FxUiExecutor executor;
    private final List<String> opened = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        Files.deleteIfExists(home.resolve("draft.m365connect"));
        CloudCatalog clouds = CloudCatalog.loadBuiltIn();
        Services services = new Services("test", home, clouds, RecipeCatalog.loadBuiltIn(clouds), HttpSettings.defaults(),
                () -> (PracticeTenant) null);
        executor = new FxUiExecutor();
        window = new WizardWindow(services, cloud -> TestRecipes.all(), executor, opened::add, stage::close);
        window.begin(Optional.empty());
        stage.setScene(new Scene(window.view, 1100, 720));
        stage.show();
    }

    @AfterEach
    void stop() {
        executor.shutdown();
    }

    @Test
    void chooseRecipeThenFillRegistrationEnablesNext(FxRobot robot) {
        assertEquals("Step 1 of 6: Target", heading(robot));
        assertTrue(next(robot).isDisabled());
        assertEquals("Choose the system you are connecting.", reason(robot));

        robot.clickOn("Exchange Online archive");
        assertTrue(robot.lookup(".recipe-card").<ToggleButton>queryAll().stream()
                .anyMatch(c -> c.isSelected() && c.getAccessibleText().startsWith("Exchange Online archive")));
        assertFalse(next(robot).isDisabled());
        robot.push(KeyCode.ALT, KeyCode.N);
        assertEquals("Step 2 of 6: App registration", heading(robot));
        assertTrue(next(robot).isDisabled());
        assertEquals("Enter the tenant: its directory (tenant) ID or its domain.", reason(robot));

        robot.clickOn("#field-tenant").write("{" + TestRecipes.TENANT + "}");
        robot.clickOn("#field-clientId").write(TestRecipes.TENANT);
        assertEquals("The application (client) ID is the same as the tenant ID.", reason(robot));
        robot.doubleClickOn("#field-clientId").push(KeyCode.CONTROL, KeyCode.A).write(TestRecipes.APP);
        robot.clickOn("#field-organization").write("contoso.com");
        assertTrue(reason(robot).startsWith("Organization must be the tenant's initial domain"));
        robot.push(KeyCode.CONTROL, KeyCode.A).write("contoso.onmicrosoft.com");
        assertEquals("", reason(robot));
        assertFalse(next(robot).isDisabled());
        assertEquals(TestRecipes.TENANT, window.session.tenantProperty().get(), "braces dropped when leaving the field");

        robot.push(KeyCode.ENTER);
        assertEquals("Step 3 of 6: Credential", heading(robot));
        robot.push(KeyCode.ALT, KeyCode.B);
        assertEquals("Step 2 of 6: App registration", heading(robot));
        assertEquals("contoso.onmicrosoft.com", window.session.inputs().get("organization"));
    }

    @Test
    void altNWalksThroughPagesWithoutInputs(FxRobot robot) {
        robot.clickOn("Microsoft Graph reader");
        robot.interact(() -> {
            window.session.tenantProperty().set(TestRecipes.TENANT);
            window.session.clientIdProperty().set(TestRecipes.APP);
        });
        robot.push(KeyCode.ALT, KeyCode.N);
        robot.push(KeyCode.ALT, KeyCode.N);
        assertEquals("Step 3 of 6: Credential", heading(robot));
        Node focused = window.view.getScene().getFocusOwner();
        assertTrue(focused != null && focused.getScene() == window.view.getScene(),
                "focus stays inside the window when the focused field leaves with its page: " + focused);
        robot.push(KeyCode.ALT, KeyCode.N);
        assertEquals("Step 4 of 6: Permissions", heading(robot));
        robot.push(KeyCode.ALT, KeyCode.N);
        robot.push(KeyCode.ALT, KeyCode.N);
        assertEquals("Step 6 of 6: Hand-off", heading(robot));
        assertFalse(next(robot).isVisible());
        robot.push(KeyCode.ALT, KeyCode.B);
        assertEquals("Step 5 of 6: Verify", heading(robot));
    }

    @Test
    void enterDoesNothingWhileNextIsBlocked(FxRobot robot) {
        robot.clickOn("#recipe-search").write("graph");
        robot.push(KeyCode.ENTER);
        assertEquals("Step 1 of 6: Target", heading(robot));
        assertEquals("graph", robot.lookup("#recipe-search").queryAs(javafx.scene.control.TextField.class).getText());
        assertEquals(1, robot.lookup(".recipe-card").queryAll().size(), () -> robot.lookup(".recipe-card").queryAll().stream().map(n -> n.getAccessibleText() + " in " + n.getScene()).toList().toString());
    }

    @Test
    void escapeCancelsRunningWorkAndFreesTheWizard(FxRobot robot) throws Exception {
        CountDownLatch stopped = new CountDownLatch(1);
        TaskHandle[] handle = new TaskHandle[1];
        robot.interact(() -> handle[0] = window.activity.run("Getting a token…", cancel -> {
            CountDownLatch forever = new CountDownLatch(1);
            cancel.onCancel(() -> {
                stopped.countDown();
                forever.countDown();
            });
            forever.await();
            return "never shown";
        }, v -> { }));
        WaitForAsyncUtils.waitForFxEvents();
        Node mask = robot.lookup(".busy-mask").query();
        assertTrue(mask.isVisible());
        assertEquals("Getting a token…", robot.lookup(".busy-text").queryAs(Label.class).getText());
        assertTrue(robot.lookup(".recipe-card").query().isDisabled(), "the page is out of reach while busy");

        robot.push(KeyCode.ESCAPE);
        assertTrue(stopped.await(5, TimeUnit.SECONDS));
        assertTrue(handle[0].isCancelled());
        assertFalse(mask.isVisible());
        assertFalse(robot.lookup(".recipe-card").query().isDisabled());
    }

    @Test
    void escapeWithoutRunningWorkChangesNothing(FxRobot robot) {
        robot.clickOn("Microsoft Graph reader");
        robot.push(KeyCode.ESCAPE);
        assertEquals("Step 1 of 6: Target", heading(robot));
        assertTrue(window.session.recipe().isPresent());
    }

    @Test
    void everyControlHasAnAccessibleName(FxRobot robot) {
        robot.clickOn("Exchange Online archive");
        for (int page = 0; page < 4; page++) {
            List<String> unnamed = robot.lookup(n -> n instanceof javafx.scene.control.Control && n.isVisible()
                            && !(n instanceof Label) && !(n instanceof javafx.scene.control.ScrollBar)
                            && n.isFocusTraversable() && n.getAccessibleText() == null)
                    .queryAll().stream().map(n -> n.getClass().getSimpleName() + "#" + n.getId()).toList();
            assertEquals(List.of(), unnamed, "on " + heading(robot));
            robot.interact(() -> window.model.next());
            robot.interact(() -> {
                window.session.tenantProperty().set(TestRecipes.TENANT);
                window.session.clientIdProperty().set(TestRecipes.APP);
                window.session.inputs().put("organization", "contoso.onmicrosoft.com");
            });
        }
    }

    @Test
    void changesAreAutosaved(FxRobot robot) throws Exception {
        robot.clickOn("Microsoft Graph reader");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Files.exists(home.resolve("draft.m365connect")));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> ProfileStore.read(home.resolve("draft.m365connect"))
                .recipeId().equals(Optional.of("test-graph")));
    }
}
