package io.m365connect.app;

import javafx.animation.AnimationTimer;
import javafx.stage.Stage;

/** Runs something once a showing window's frame has been drawn. */
final class FirstFrame {
    /** Pulses to wait after the window is showing: the first renders the scene, the next ones wait for it. */
    static final int PULSES_AFTER_SHOWN = 3;

    private FirstFrame() {
    }

    static void afterDrawn(Stage stage, Runnable then) {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (stage.isShowing() && ++pulses == PULSES_AFTER_SHOWN) {
                    stop();
                    then.run();
                }
            }
        }.start();
    }
}
