package io.m365connect.app;

import io.m365connect.core.Services;
import io.m365connect.core.common.Log;
import io.m365connect.core.common.LogFile;
import io.m365connect.core.common.Problem;
import io.m365connect.core.profile.AppHome;
import io.m365connect.ui.common.AppIcons;
import io.m365connect.ui.common.FxUiExecutor;
import io.m365connect.ui.common.Messages;
import io.m365connect.ui.shell.WizardSkeleton;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.scene.control.MenuBar;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/**
 * The JavaFX application. The window opens at once with the wizard's skeleton; the wizard itself is built once
 * the services have loaded their catalogs on a pool thread (issue #8: the first frame does not wait for them).
 */
public final class ConnectApp extends Application {
    private static CompletableFuture<Services> wiring;
    private static LaunchMode mode;
    private FxUiExecutor executor;
    private WizardWindow window;

    /** {@code wired} may still be loading (catalogs): the wizard is built when it completes. */
    static void launch(CompletableFuture<Services> wired, LaunchMode launchMode) {
        wiring = Objects.requireNonNull(wired);
        mode = Objects.requireNonNull(launchMode);
        Application.launch(ConnectApp.class);
    }

    @Override
    public void start(Stage stage) {
        executor = new FxUiExecutor();
        WizardSkeleton skeleton = new WizardSkeleton(WizardWindow.titles(), stage::close);
        BorderPane root = new BorderPane(skeleton);
        MenuBar menu = ProfileOpening.menu(stage, file -> window.openProfile(file));
        menu.setDisable(true);
        root.setTop(menu);
        stage.setTitle(Messages.text("app.title"));
        stage.setScene(new Scene(root, 1180, 760));
        stage.setMinWidth(860);
        stage.setMinHeight(560);
        stage.show();
        // The wizard is built on this thread too: only once the skeleton is on screen, or it would be drawn late.
        FirstFrame.afterDrawn(stage, () -> {
            if (mode.smoke()) {
                SmokeRun.logFirstFrame();
            }
            // Six PNGs to decode; the window manager takes them as well a moment later.
            AppIcons.applyTo(stage);
            wiring.whenComplete((services, error) -> Platform.runLater(() -> {
                if (error == null) {
                    open(stage, root, services);
                } else {
                    cannotStart(skeleton, error instanceof CompletionException c && c.getCause() != null
                            ? c.getCause() : error);
                }
            }));
        });
    }

    private void open(Stage stage, BorderPane root, Services services) {
        window = new WizardWindow(services, executor, url -> getHostServices().showDocument(url), stage::close);
        stage.titleProperty().bind(Bindings.createStringBinding(() -> Messages.text(
                WizardWindow.isPractice(window.session.cloud()) ? "app.title.practice" : "app.title"),
                window.session.cloudProperty()));
        root.setCenter(window.view);
        root.getTop().setDisable(false);
        ProfileOpening.acceptDrops(root, window::openProfile);
        window.begin(mode.profile());
        ProfileOpening.acceptFromSystem(window::openProfile);
        if (mode.practice()) {
            window.openPractice();
        }
        if (mode.smoke()) {
            SmokeRun.exitAfterFirstFrame(stage);
        }
    }

    /** Only a damaged installation gets here (the built-in catalogs are checked at build time). */
    private static void cannotStart(WizardSkeleton skeleton, Throwable error) {
        Log.of(ConnectApp.class).error("The wizard could not start.", error);
        skeleton.failed(Problem.of(Messages.text("startup.failed", error.getMessage()), Messages.text(
                "startup.failed.fix", AppHome.current().resolve("logs").resolve(LogFile.FILE_NAME))));
        if (mode.smoke()) {
            SmokeRun.fail(error);
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
