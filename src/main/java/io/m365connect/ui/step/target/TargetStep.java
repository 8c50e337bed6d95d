package io.m365connect.ui.step.target;

import io.m365connect.ui.common.Messages;
import io.m365connect.ui.shell.PageStep;
import io.m365connect.ui.shell.WizardSession;
import javafx.scene.Node;

/** Plugs step "Target" into the shell. */
public final class TargetStep extends PageStep {
    private final TargetViewModel model;
    private final Runnable openPractice;

    public TargetStep(WizardSession session) {
        this(session, null);
    }

    /** With {@code openPractice}, the cloud row offers the practice tenant (a button that runs it). */
    public TargetStep(WizardSession session, Runnable openPractice) {
        this(new TargetViewModel(session), openPractice);
    }

    private TargetStep(TargetViewModel model, Runnable openPractice) {
        super(Messages.text("target.title"), model.unmetRequirementProperty());
        this.model = model;
        this.openPractice = openPractice;
    }

    @Override
    protected Node createView() {
        return new TargetView(model, openPractice);
    }
}
