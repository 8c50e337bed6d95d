package io.m365connect.ui.common;

import java.util.Optional;

/** The system clipboard as text; the app passes one backed by JavaFX, tests a plain field. */
public interface TextClipboard {
    void put(String text);

    /** The text now in the clipboard, if it holds text. */
    Optional<String> text();

    void clear();
}
