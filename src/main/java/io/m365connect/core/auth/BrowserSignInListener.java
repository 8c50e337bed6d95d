package io.m365connect.core.auth;

import java.net.URI;

/** Hears how browser sign-in is going, so a page or terminal can show the link and say what to do. */
public interface BrowserSignInListener {

    /** The sign-in page is about to open in the browser. */
    default void openingBrowser(URI authorizeUrl) {
    }

    /** No browser could be started; the person can still open {@code authorizeUrl} by hand while we wait. */
    default void browserNotOpened(URI authorizeUrl, String reason) {
    }
}
