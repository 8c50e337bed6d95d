package io.m365connect.ui.common;

import java.util.Optional;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/** The system clipboard through JavaFX; call on the FX thread. */
public final class FxTextClipboard implements TextClipboard {
    @Override
    public void put(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    @Override
    public Optional<String> text() {
        Clipboard c = Clipboard.getSystemClipboard();
        return c.hasString() ? Optional.ofNullable(c.getString()) : Optional.empty();
    }

    @Override
    public void clear() {
        Clipboard.getSystemClipboard().clear();
    }
}
