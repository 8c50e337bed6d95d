package io.m365connect.app;

import io.m365connect.ui.shell.LinkSource;

/** Portal and consent links for the wizard's pages, built by core for the session's cloud. */
final class WizardLinks {
    private WizardLinks() {
    }

    static LinkSource registration() {
        return LinkSource.none();
    }

    static LinkSource portal() {
        return LinkSource.none();
    }

    static LinkSource consent() {
        return LinkSource.none();
    }
}
