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
import io.m365connect.core.recipe.ChosenPermission;
import io.m365connect.core.recipe.PermissionType;
import io.m365connect.core.recipe.RecipeCatalog;
import io.m365connect.core.tenant.CloudCatalog;
import io.m365connect.ui.TestRecipes;
import io.m365connect.ui.common.FxUiExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The generic Graph recipe in the real window: Next waits on the Permissions page until a permission is chosen. */
@ExtendWith(ApplicationExtension.class)
class PermissionPickerFlowTest {
    @TempDir
    static Path home;
    private WizardWindow window;
    private FxUiExecutor executor;
    private final List<String> opened = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        Files.deleteIfExists(home.resolve("draft.m365connect"));
        CloudCatalog clouds = CloudCatalog.loadBuiltIn();
        Services services = new Services("test", home, clouds, RecipeCatalog.loadBuiltIn(clouds),
                HttpSettings.defaults(), () -> (PracticeTenant) null);
        executor = new FxUiExecutor();
        window = new WizardWindow(services, executor, opened::add, stage::close);
        window.begin(Optional.empty());
        stage.setScene(new Scene(window.view, 1100, 760));
        stage.show();
    }

    @AfterEach
    void stop() {
        executor.shutdown();
    }

    @Test
    void choosingAPermissionWithTheKeyboardEnablesNextAndRemoveTakesItBack(FxRobot robot) {
        robot.clickOn("Custom Microsoft Graph app");
        robot.interact(() -> {
            window.session.tenantProperty().set(TestRecipes.TENANT);
            window.session.clientIdProperty().set(TestRecipes.APP);
            window.session.credentialKindProperty().set(io.m365connect.core.recipe.CredentialKind.SECRET);
        });
        robot.push(KeyCode.ALT, KeyCode.N);
        assertEquals("Step 2 of 6: App registration", heading(robot));
        robot.push(KeyCode.ALT, KeyCode.N);
        assertEquals("Step 3 of 6: Credential", heading(robot));
        robot.push(KeyCode.ALT, KeyCode.N);
        assertEquals("Step 4 of 6: Permissions", heading(robot));
        assertTrue(next(robot).isDisabled());
        assertEquals("Choose at least one permission your system needs.", reason(robot));

        List<String> unnamed = robot.lookup(n -> n instanceof javafx.scene.control.Control && n.isVisible()
                        && !(n instanceof Label) && !(n instanceof javafx.scene.control.ScrollBar)
                        && n.isFocusTraversable() && n.getAccessibleText() == null)
                .queryAll().stream().map(n -> n.getClass().getSimpleName() + "#" + n.getId()).toList();
        assertEquals(List.of(), unnamed, "every control of the picker has an accessible name");

        robot.clickOn("#permission-search").write("user.read.all");
        List<CheckBox> boxes = List.copyOf(robot.lookup(".picker-row .check-box").<CheckBox>queryAll());
        assertEquals(List.of("IdentityRiskyUser.Read.All", "User.Read.All"), boxes.stream().map(CheckBox::getText)
                .toList());
        CheckBox users = boxes.get(1);
        assertEquals("User.Read.All, application permission: Read all users' full profiles. Narrower: "
                + "User.ReadBasic.All", users.getAccessibleText());
        robot.push(KeyCode.TAB);
        assertEquals(boxes.get(0), window.view.getScene().getFocusOwner(), "the list follows the search box");
        robot.push(KeyCode.TAB).push(KeyCode.SPACE);

        assertTrue(users.isSelected());
        assertEquals(List.of(ChosenPermission.graph("User.Read.All", PermissionType.APPLICATION)),
                window.session.chosenPermissions());
        assertFalse(next(robot).isDisabled());
        assertEquals(users, window.view.getScene().getFocusOwner(), "focus stays on the ticked box");
        TableView<?> table = robot.lookup(".table-view").match(n -> ((TableView<?>) n).getAccessibleText()
                .startsWith("API permissions the system needs")).queryAs(TableView.class);
        assertEquals(1, table.getItems().size());

        Button remove = robot.lookup(".button").match(n -> "_Remove".equals(((Button) n).getText())).queryButton();
        assertTrue(remove.isDisabled(), "nothing selected to remove yet");
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(0);
        });
        assertFalse(remove.isDisabled());
        robot.push(KeyCode.DELETE);
        assertTrue(window.session.chosenPermissions().isEmpty());
        assertFalse(users.isSelected());
        assertTrue(next(robot).isDisabled());
    }
}
