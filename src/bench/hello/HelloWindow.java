package bench.hello;

import java.time.Duration;
import java.time.Instant;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The baseline for start-up benchmarks: a bare JavaFX window of the app's size that, with --smoke, prints when
 * its first frame was drawn (measured as the app's smoke run measures it: from the process's start to the same
 * number of pulses after the window shows) and exits.
 */
public final class HelloWindow extends Application {
    private static final int PULSES_AFTER_SHOWN = 3;

    @Override
    public void start(Stage stage) {
        stage.setTitle("Hello");
        stage.setScene(new Scene(new Label("Hello, window"), 960, 640));
        stage.show();
        if (getParameters().getRaw().contains("--smoke")) {
            new AnimationTimer() {
                private int pulses;

                @Override
                public void handle(long now) {
                    if (stage.isShowing() && ++pulses == PULSES_AFTER_SHOWN) {
                        stop();
                        Instant started = ProcessHandle.current().info().startInstant().orElse(Instant.now());
                        System.out.println("first frame shown " + Duration.between(started, Instant.now()).toMillis()
                                + " ms after the process started (at " + System.currentTimeMillis() + ").");
                        Platform.exit();
                    }
                }
            }.start();
        }
    }
}
