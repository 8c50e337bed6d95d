package io.m365connect.app;

import io.m365connect.core.Services;
import io.m365connect.ui.common.AppIcons;
import io.m365connect.ui.common.FxUiExecutor;
import io.m365connect.ui.common.Messages;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/** The JavaFX application: builds the wizard window from the wired services. */
public final class ConnectApp extends Application {
    private static CompletableFuture<Services> wiring;
    private static Services services;
    private static LaunchMode mode;
    private FxUiExecutor executor;
    private WizardWindow window;

    /** {@code wired} may still be loading (catalogs): it is joined once the toolkit has started. */
    static void launch(CompletableFuture<Services> wired, LaunchMode launchMode) {
        wiring = Objects.requireNonNull(wired);
        mode = Objects.requireNonNull(launchMode);
        Application.launch(ConnectApp.class);
    }

    @Override
    public void start(Stage stage) {
        services = wiring.join();
        executor = new FxUiExecutor();
        window = new WizardWindow(services, executor,
                url -> getHostServices().showDocument(url), stage::close);
        AppIcons.applyTo(stage);
        stage.titleProperty().bind(Bindings.createStringBinding(() -> Messages.text(
                WizardWindow.isPractice(window.session.cloud()) ? "app.title.practice" : "app.title"),
                window.session.cloudProperty()));
        BorderPane root = new BorderPane(window.view);
        root.setTop(ProfileOpening.menu(stage, window::openProfile));
        ProfileOpening.acceptDrops(root, window::openProfile);
        stage.setScene(new Scene(root, 1180, 760));
        stage.setMinWidth(860);
        stage.setMinHeight(560);
        window.begin(mode.profile());
        ProfileOpening.acceptFromSystem(window::openProfile);
        stage.show();
        if (mode.practice()) {
            window.openPractice();
        }
        if (mode.smoke()) {
            SmokeRun.exitAfterFirstFrame(stage);
        }
    }

    @Override
    public void stop() {
        if (window != null) {
            window.stopPractice();
            window.session.saveNow();
        }
        if (executor != null) {
            executor.shutdown();
        }
    }
}
