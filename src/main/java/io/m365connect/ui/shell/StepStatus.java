package io.m365connect.ui.shell;

/** How the step list shows a page. */
public enum StepStatus {
    DONE, CURRENT, NOT_YET;

    /** The status of page {@code index} while page {@code current} is shown. */
    public static StepStatus of(int index, int current) {
        return index < current ? DONE : index == current ? CURRENT : NOT_YET;
    }
}
