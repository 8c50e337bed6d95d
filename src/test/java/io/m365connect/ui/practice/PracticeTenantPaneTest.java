package io.m365connect.ui.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.m365connect.sandbox.EmulatorPracticeTenant;
import io.m365connect.ui.common.DirectUiExecutor;
import java.nio.file.Files;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class PracticeTenantPaneTest {
    private PracticeTenantViewModel vm;

    @Start
    void start(Stage stage) throws Exception {
        vm = new PracticeTenantViewModel(EmulatorPracticeTenant::new, Files.createTempDirectory("pane"),
                new DirectUiExecutor());
        stage.setScene(new Scene(new PracticeTenantPane(vm), 900, 700));
        stage.show();
    }

    @AfterEach
    void stop() {
        WaitForAsyncUtils.asyncFx(vm::stop);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void saysPlainlyItIsAPracticeTenantAndStartsWithOneClick(FxRobot robot) {
        assertTrue(robot.lookup(".label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().startsWith("Practice tenant \u2014 it runs on this computer and is not "
                        + "Microsoft.")));
        robot.clickOn("Start practice tenant");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(PracticeTenantViewModel.State.RUNNING, vm.stateProperty().get());
        assertTrue(robot.lookup(".text-field").queryAllAs(TextField.class).stream()
                .anyMatch(f -> f.getText().startsWith("https://127.0.0.1:")));
        ComboBox<?> faults = robot.lookup(".combo-box").queryAs(ComboBox.class);
        WaitForAsyncUtils.asyncFx(() -> faults.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Provoke");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("secret-expired", vm.appliedFaults().get(0).id());
        assertTrue(robot.lookup("Provoked: secret-expired").tryQuery().isPresent());
        assertTrue(robot.lookup(".button").queryAllAs(Button.class).stream()
                .anyMatch(b -> b.getText().contains("Undo all faults") && !b.isDisabled()));
    }
}
