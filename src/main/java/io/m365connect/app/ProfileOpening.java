package io.m365connect.app;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/**
 * The ways a helpdesk profile reaches the open wizard: File › Open profile…, a file dropped onto the window, and
 * the operating system's open-file event (macOS). All end in the same {@code open} call.
 */
final class ProfileOpening {
    static final String EXTENSION = ".m365connect";
    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("io.m365connect.i18n.handoff");

    private ProfileOpening() {
    }

    static MenuBar menu(Stage stage, Consumer<Path> open) {
        MenuItem openItem = new MenuItem(TEXTS.getString("menu.open"));
        openItem.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        openItem.setOnAction(e -> choose(stage).ifPresent(open));
        MenuItem quit = new MenuItem(TEXTS.getString("menu.quit"));
        quit.setOnAction(e -> stage.close());
        Menu file = new Menu(TEXTS.getString("menu.file"), null, openItem, quit);
        MenuBar bar = new MenuBar(file);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    /** Accepts a single dropped {@code .m365connect} file. */
    static void acceptDrops(Node target, Consumer<Path> open) {
        target.setOnDragOver(e -> {
            if (profile(e.getDragboard().getFiles()).isPresent()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        target.setOnDragDropped(e -> {
            Optional<Path> file = profile(e.getDragboard().getFiles());
            file.ifPresent(open);
            e.setDropCompleted(file.isPresent());
            e.consume();
        });
    }

    /** Profiles from the operating system arrive on its thread; they are opened on the FX thread. */
    static void acceptFromSystem(Consumer<Path> open) {
        OpenFileEvents.deliverTo(p -> Platform.runLater(() -> open.accept(p)));
    }

    static Optional<Path> profile(List<File> files) {
        return files != null && files.size() == 1 && files.get(0).getName().endsWith(EXTENSION)
                ? Optional.of(files.get(0).toPath()) : Optional.empty();
    }

    private static Optional<Path> choose(Stage stage) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(TEXTS.getString("menu.open.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(TEXTS.getString("handoff.filter.profile"),
                "*" + EXTENSION));
        return Optional.ofNullable(chooser.showOpenDialog(stage)).map(File::toPath);
    }
}
