package io.m365connect.app;

import io.m365connect.core.Services;
import java.util.Objects;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The JavaFX application: builds the wizard window from the wired services. */
public final class ConnectApp extends Application {
    private static Services services;
    private static LaunchMode mode;

    static void launch(Services wired, LaunchMode launchMode) {
        services = Objects.requireNonNull(wired);
        mode = Objects.requireNonNull(launchMode);
        Application.launch(ConnectApp.class);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("M365 Connect");
        stage.setScene(new Scene(new Label("M365 Connect " + services.version()), 960, 640));
        stage.show();
        if (mode.smoke()) {
            exitAfterFirstFrame();
        }
    }

    /** {@code --smoke}: exit 0 once the first frame has been drawn (a startup error exits non-zero). */
    private static void exitAfterFirstFrame() {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == 2) {
                    stop();
                    Platform.exit();
                }
            }
        }.start();
    }
}
