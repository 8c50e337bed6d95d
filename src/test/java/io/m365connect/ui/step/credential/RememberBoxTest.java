package io.m365connect.ui.step.credential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.m365connect.core.profile.ProfileStore;
import io.m365connect.core.profile.SecretStore;
import io.m365connect.ui.TestRecipes;
import io.m365connect.ui.common.DirectUiExecutor;
import io.m365connect.ui.shell.WizardSession;
import io.m365connect.ui.step.credential.RememberedSecretViewModel.Kind;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The "Remember" box as a person and a screen reader meet it: disabled with its reason, or offering Use and Forget. */
@ExtendWith(ApplicationExtension.class)
class RememberBoxTest {
    private final InMemorySecretStore store = new InMemorySecretStore();
    private final List<String> used = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        WizardSession session = new WizardSession(TestRecipes.all(), TestRecipes.clouds(), new DirectUiExecutor(),
                new ProfileStore(Files.createTempDirectory("remember-box")));
        session.tenantProperty().set(TestRecipes.TENANT);
        session.clientIdProperty().set(TestRecipes.APP);
        store.entries.put(SecretStore.Key.certificatePassword(TestRecipes.TENANT, TestRecipes.APP), "Pfx-1");
        RememberedSecretViewModel none = new RememberedSecretViewModel(SecretStore.unavailable(
                "No Secret Service is running in this session."), new DirectUiExecutor(), session, Kind.CLIENT_SECRET);
        RememberedSecretViewModel password = new RememberedSecretViewModel(store, new DirectUiExecutor(), session,
                Kind.CERTIFICATE_PASSWORD);
        none.refresh();
        password.refresh();
        stage.setScene(new Scene(new VBox(16, new RememberBox(none, () -> used.add("secret"),
                new SimpleBooleanProperty(true)), new RememberBox(password, () -> password.use(s -> used.add(
                        s.reveal(v -> v))), new SimpleBooleanProperty(true))), 800, 300));
        stage.show();
    }

    @Test
    void withoutAKeychainTheBoxIsDisabledAndSaysWhyToEyesAndScreenReaders(FxRobot robot) {
        CheckBox box = robot.lookup("#credential-remember-secret").queryAs(CheckBox.class);
        assertTrue(box.isDisabled());
        assertFalse(box.isSelected());
        assertEquals("Remember this secret in the system keychain", box.getAccessibleText());
        String reason = "Cannot be remembered here: No Secret Service is running in this session.";
        assertEquals(reason, robot.lookup("#credential-remember-status-secret").queryAs(Label.class).getText());
        assertEquals(reason, box.getAccessibleHelp());
        assertFalse(robot.lookup("#credential-remember-use-secret").queryAs(Button.class).getParent().isVisible(),
                "nothing remembered, nothing offered");
    }

    @Test
    void aRememberedPasswordIsOfferedAndCanBeUsedAndForgotten(FxRobot robot) {
        CheckBox box = robot.lookup("#credential-remember-password").queryAs(CheckBox.class);
        assertFalse(box.isDisabled());
        assertEquals("Kept only in the test keychain, never in a file of this app; stored once it has worked.",
                robot.lookup("#credential-remember-status-password").queryAs(Label.class).getText());
        robot.clickOn("#credential-remember-use-password");
        assertEquals(List.of("Pfx-1"), used);
        Button forget = robot.lookup("#credential-remember-forget-password").queryAs(Button.class);
        assertEquals("Forget the remembered password", forget.getAccessibleText());
        robot.clickOn(forget);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(store.entries.isEmpty());
        assertFalse(robot.lookup("#credential-remember-use-password").queryAs(Button.class).getParent().isVisible(),
                "forgotten, no longer offered");
    }
}
