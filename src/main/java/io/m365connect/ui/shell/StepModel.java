package io.m365connect.ui.shell;

import javafx.beans.value.ObservableStringValue;

/** What the shell needs to know of a page to navigate: its title and why Next is not allowed yet. */
public interface StepModel {
    String title();

    /** The first unmet requirement in the person's words; empty when the page lets Next go on. */
    ObservableStringValue unmetRequirement();

    /** Called each time the page becomes the current one (e.g. to refresh from the session). */
    default void entered() {
    }

    /**
     * True for a page whose input is never saved (the credential): an opened helpdesk profile cannot have filled
     * it in, so the wizard stops there at the latest.
     */
    default boolean asksEachTime() {
        return false;
    }
}
