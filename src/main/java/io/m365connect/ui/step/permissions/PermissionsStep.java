package io.m365connect.ui.step.permissions;

import io.m365connect.ui.common.LinkOpener;
import io.m365connect.ui.common.Messages;
import io.m365connect.ui.shell.LinkSource;
import io.m365connect.ui.shell.WizardSession;
import io.m365connect.ui.shell.WizardStep;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;

/** Plugs step "Permissions" into the shell. */
public final class PermissionsStep implements WizardStep {
    private final PermissionsViewModel model;
    private final LinkOpener opener;
    private PermissionsView view;

    public PermissionsStep(WizardSession session, LinkSource consentLinks, LinkSource portalLinks, LinkOpener opener) {
        this.model = new PermissionsViewModel(session, consentLinks, portalLinks);
        this.opener = opener;
    }

    public PermissionsViewModel model() {
        return model;
    }

    @Override
    public String title() {
        return Messages.text("permissions.title");
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
            view = new PermissionsView(model, opener);
        }
        return view;
    }
}
