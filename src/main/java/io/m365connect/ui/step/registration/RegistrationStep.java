package io.m365connect.ui.step.registration;

import io.m365connect.ui.common.LinkOpener;
import io.m365connect.ui.common.Messages;
import io.m365connect.ui.shell.LinkSource;
import io.m365connect.ui.shell.PageStep;
import io.m365connect.ui.shell.WizardSession;
import javafx.scene.Node;

/** Plugs step "App registration" into the shell. */
public final class RegistrationStep extends PageStep {
    private final RegistrationViewModel model;
    private final LinkOpener opener;

    public RegistrationStep(WizardSession session, LinkSource portalLinks, LinkOpener opener) {
        this(new RegistrationViewModel(session, portalLinks), opener);
    }

    private RegistrationStep(RegistrationViewModel model, LinkOpener opener) {
        super(Messages.text("registration.title"), model.unmetRequirementProperty());
        this.model = model;
        this.opener = opener;
    }

    @Override
    public void entered() {
        model.refresh();
    }

    @Override
    protected Node createView() {
        return new RegistrationView(model, opener);
    }
}
