package io.m365connect.app;

import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Profiles the operating system hands to the running app: on macOS a double-clicked {@code .m365connect} file
 * arrives as an "open file" event, not as a program argument, and may arrive before the window exists. Files
 * that arrive early are kept until {@link #deliverTo} names where they go. On systems without such events
 * (Linux, Windows, headless) nothing is installed and nothing fails.
 */
final class OpenFileEvents {
    private static final List<Path> early = new ArrayList<>();
    private static Consumer<Path> target;

    private OpenFileEvents() {
    }

    static boolean install() {
        return install(System.getProperty("os.name", ""));
    }

    /**
     * Installs the handler on macOS when the desktop supports it; returns whether it did. Call before the window
     * opens. Elsewhere AWT is not touched at all: loading it first on Linux takes GTK away from JavaFX ("Unable to
     * load glass GTK library"), and only macOS delivers files this way.
     */
    static boolean install(String osName) {
        if (!osName.toLowerCase(java.util.Locale.ROOT).startsWith("mac") || GraphicsEnvironment.isHeadless()
                || !Desktop.isDesktopSupported()) {
            return false;
        }
        Desktop desktop = Desktop.getDesktop();
        if (!desktop.isSupported(Desktop.Action.APP_OPEN_FILE)) {
            return false;
        }
        desktop.setOpenFileHandler(e -> e.getFiles().stream().map(File::toPath)
                .filter(p -> p.getFileName().toString().endsWith(".m365connect")).forEach(OpenFileEvents::arrived));
        return true;
    }

    /** Where profiles go from now on (called on the FX thread once the wizard exists); early ones go at once. */
    static synchronized void deliverTo(Consumer<Path> consumer) {
        target = consumer;
        List<Path> waiting = List.copyOf(early);
        early.clear();
        waiting.forEach(consumer);
    }

    static synchronized void arrived(Path file) {
        if (target == null) {
            early.add(file);
        } else {
            target.accept(file);
        }
    }

    static synchronized void reset() {
        target = null;
        early.clear();
    }
}
