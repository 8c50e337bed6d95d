package io.m365connect.app;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.testfx.api.FxRobot;

/** What the wizard flow tests read off the window: the Next button, the step's heading and why Next is blocked. */
final class WizardLookups {
    private WizardLookups() {
    }

    static Button next(FxRobot robot) {
        return robot.lookup(".nav-bar .button").match(n -> ((Button) n).getText().equals("_Next")).queryButton();
    }

    static String heading(FxRobot robot) {
        return robot.lookup(".step-title").queryAs(Label.class).getText();
    }

    static String reason(FxRobot robot) {
        return robot.lookup(".next-blocked").queryAs(Label.class).getText();
    }
}
