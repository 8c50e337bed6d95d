package io.m365connect.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.m365connect.core.common.Problem;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class WizardSkeletonTest {
    private final AtomicInteger closed = new AtomicInteger();
    private WizardSkeleton skeleton;

    @Start
    void start(Stage stage) {
        skeleton = new WizardSkeleton(List.of("Target", "App registration", "Credential"), closed::incrementAndGet);
        stage.setScene(new Scene(skeleton, 900, 600));
        stage.show();
    }

    private static List<String> labels(FxRobot robot) {
        return robot.lookup(".label").queryAllAs(Label.class).stream().filter(Label::isVisible).map(Label::getText)
                .toList();
    }

    private static Button button(FxRobot robot, String text) {
        return robot.lookup(".button").match(n -> ((Button) n).getText().equals(text)).queryButton();
    }

    @Test
    void showsTheWizardsFrameWithTheFirstPageCurrentAndWhatIsLoading(FxRobot robot) {
        List<String> labels = labels(robot);

        assertTrue(labels.contains("\u25B6  1. Target"), labels.toString());
        assertTrue(labels.contains("\u25CB  3. Credential"), labels.toString());
        assertTrue(labels.contains("Step 1 of 3: Target"), labels.toString());
        assertTrue(labels.contains("Loading the systems this app can connect\u2026"), labels.toString());
        assertTrue(button(robot, "_Back").isDisabled());
        assertTrue(button(robot, "_Next").isDisabled());
    }

    @Test
    void cancelClosesTheWindowWhileLoading(FxRobot robot) {
        robot.clickOn(button(robot, "Cancel"));

        assertEquals(1, closed.get());
    }

    @Test
    void aFailedStartSaysWhatHappenedAndWhatToDoInsteadOfLoading(FxRobot robot) {
        robot.interact(() -> skeleton.failed(Problem.of("M365 Connect could not start: clouds.json: line 3: unknown "
                + "property 'authorty'", "Install M365 Connect again.")));

        List<String> labels = labels(robot);
        assertTrue(labels.contains("M365 Connect could not start: clouds.json: line 3: unknown property 'authorty'"),
                labels.toString());
        assertTrue(labels.contains("Install M365 Connect again."), labels.toString());
        assertFalse(labels.contains("Loading the systems this app can connect\u2026"), labels.toString());
    }
}
