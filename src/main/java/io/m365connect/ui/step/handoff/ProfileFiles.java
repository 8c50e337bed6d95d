package io.m365connect.ui.step.handoff;

/** The helpdesk profile's file extension, as the file association and the open dialog know it. */
final class ProfileFiles {
    static final String EXTENSION = ".m365connect";

    private ProfileFiles() {
    }
}
