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
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.scene.control.MenuBar;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/**
 * The JavaFX application. The window opens at once with the wizard's skeleton; once that has been drawn, the
 * services are built and load their catalogs on a pool thread, and the wizard is built when they are ready
 * (issue #8: loading them while the toolkit starts and the skeleton is drawn cost the first frame about 0.1 s on
 * two cores).
 */
public final class ConnectApp extends Application {
    private static Supplier<Services> buildServices;
    private static LaunchMode mode;
    private FxUiExecutor executor;
    private WizardWindow window;

    /** The services are built, and their catalogs loaded, once the window's first frame is on screen. */
    static void launch(Supplier<Services> build, LaunchMode launchMode) {
        buildServices = Objects.requireNonNull(build);
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
        // The catalogs load, and the wizard is built on this thread, only once the skeleton is on screen: started
        // any earlier, both would compete with the toolkit and the skeleton for the processor.
        FirstFrame.afterDrawn(stage, () -> {
            Wiring.loadInBackground(buildServices).whenComplete((loaded, error) -> Platform.runLater(() -> {
                if (error == null) {
                    open(stage, root, loaded);
                } else {
                    cannotStart(skeleton, error instanceof CompletionException c && c.getCause() != null
                            ? c.getCause() : error);
                }
                // Six PNGs to decode: only once the wizard is drawn, so that they do not delay it. The window
                // manager takes them a moment later; the launcher's and the installer's icon stand in until then.
                FirstFrame.afterDrawn(stage, () -> AppIcons.applyTo(stage));
            }));
            if (mode.smoke()) {
                SmokeRun.logFirstFrame();
            }
        });
    }

    private void open(Stage stage, BorderPane root, Services loaded) {
        window = new WizardWindow(loaded, executor, url -> getHostServices().showDocument(url), stage::close);
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
