package io.m365connect.app;

import io.m365connect.core.Services;
import io.m365connect.ui.common.AppIcons;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The JavaFX application: builds the wizard window from the wired services. */
public final class ConnectApp extends Application {
    private static CompletableFuture<Services> wiring;
    private static Services services;
    private static LaunchMode mode;

    /** {@code wired} may still be loading (catalogs): it is joined once the toolkit has started. */
    static void launch(CompletableFuture<Services> wired, LaunchMode launchMode) {
        wiring = Objects.requireNonNull(wired);
        mode = Objects.requireNonNull(launchMode);
        Application.launch(ConnectApp.class);
    }

    @Override
    public void start(Stage stage) {
        services = wiring.join();
        stage.setTitle("M365 Connect");
        AppIcons.applyTo(stage);
        stage.setScene(new Scene(new Label("M365 Connect " + services.version()), 960, 640));
        stage.show();
        if (mode.smoke()) {
            SmokeRun.exitAfterFirstFrame(stage);
        }
    }
}
