package io.m365connect.ui.shell;

/** How the step list shows a page. */
public enum StepStatus {
    DONE, CURRENT, NOT_YET
}
