package io.m365connect.ui.common;

/** Opens a web address in the person's browser; the app passes one backed by JavaFX HostServices. */
@FunctionalInterface
public interface LinkOpener {
    void open(String url);
}
