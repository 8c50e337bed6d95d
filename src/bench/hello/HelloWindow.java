package bench.hello;

import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The baseline for start-up benchmarks: a bare JavaFX window of the app's size that, with --smoke, exits
 * after the same number of pulses as the app's smoke run.
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
                        Platform.exit();
                    }
                }
            }.start();
        }
    }
}
