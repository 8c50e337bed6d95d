package io.m365connect.ui.step.registration;

import io.m365connect.ui.common.Link;
import io.m365connect.ui.common.LinkOpener;
import io.m365connect.ui.common.Messages;
import io.m365connect.ui.shell.WizardSession;
import io.m365connect.ui.shell.WizardStep;
import java.util.List;
import io.m365connect.ui.shell.LinkSource;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;

/** Plugs step "App registration" into the shell. */
public final class RegistrationStep implements WizardStep {
    private final RegistrationViewModel model;
    private final LinkOpener opener;
    private RegistrationView view;

    public RegistrationStep(WizardSession session, LinkSource portalLinks, LinkOpener opener) {
        this.model = new RegistrationViewModel(session, portalLinks);
        this.opener = opener;
    }

    public RegistrationViewModel model() {
        return model;
    }

    @Override
    public String title() {
        return Messages.text("registration.title");
    }

    @Override
    public ObservableStringValue unmetRequirement() {
        return model.unmetRequirementProperty();
    }

    @Override
    public void entered() {
        model.refresh();
    }

    @Override
    public Node view() {
        if (view == null) {
            view = new RegistrationView(model, opener);
        }
        return view;
    }
}
