package io.m365connect.ui.step.handoff;

import java.time.Duration;
import javafx.animation.PauseTransition;

/** A JavaFX timer: the action runs on the FX thread; call from it. */
public final class FxDelay implements Delay {
    @Override
    public Runnable after(Duration delay, Runnable action) {
        PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
        pause.setOnFinished(e -> action.run());
        pause.play();
        return pause::stop;
    }
}
