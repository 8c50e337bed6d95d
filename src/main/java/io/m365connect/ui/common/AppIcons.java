package io.m365connect.ui.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** The app icon (made from icons/m365-connect.svg) in the sizes a window manager picks from. */
public final class AppIcons {
    static final List<Integer> SIZES = List.of(16, 32, 48, 64, 128, 256);

    private AppIcons() {
    }

    static String resource(int size) {
        return "/io/m365connect/icons/m365-connect-" + size + ".png";
    }

    /** Gives the window (title bar, task switcher, dock) every icon size. */
    public static void applyTo(Stage stage) {
        stage.getIcons().setAll(images());
    }

    public static List<Image> images() {
        List<Image> images = new ArrayList<>();
        for (int size : SIZES) {
            try (InputStream in = AppIcons.class.getResourceAsStream(resource(size))) {
                if (in == null) {
                    throw new IllegalStateException("Icon missing from the build: " + resource(size));
                }
                images.add(new Image(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return images;
    }
}
