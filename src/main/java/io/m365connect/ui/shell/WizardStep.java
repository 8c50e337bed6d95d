package io.m365connect.ui.shell;

import javafx.scene.Node;

/**
 * A page of the wizard as the shell plugs it in: its model and its view. A page gets what it needs (the
 * {@link WizardSession}, the {@link Activity}, core services) through its constructor and never refers to
 * another page.
 */
public interface WizardStep extends StepModel {
    /** The page's content; built once, on first use. */
    Node view();
}
