package io.m365connect.ui.step.target;

import io.m365connect.ui.common.Messages;
import io.m365connect.ui.shell.PageStep;
import io.m365connect.ui.shell.WizardSession;
import javafx.scene.Node;

/** Plugs step "Target" into the shell. */
public final class TargetStep extends PageStep {
    private final TargetViewModel model;

    public TargetStep(WizardSession session) {
        this(new TargetViewModel(session));
    }

    private TargetStep(TargetViewModel model) {
        super(Messages.text("target.title"), model.unmetRequirementProperty());
        this.model = model;
    }

    @Override
    protected Node createView() {
        return new TargetView(model);
    }
}
