package io.m365connect.ui.step.permissions;

import io.m365connect.ui.common.LinkOpener;
import io.m365connect.ui.common.Messages;
import io.m365connect.ui.shell.LinkSource;
import io.m365connect.ui.shell.PageStep;
import io.m365connect.ui.shell.WizardSession;
import javafx.scene.Node;

/** Plugs step "Permissions" into the shell. */
public final class PermissionsStep extends PageStep {
    private final PermissionsViewModel model;
    private final LinkOpener opener;

    public PermissionsStep(WizardSession session, LinkSource consentLinks, LinkSource portalLinks, LinkOpener opener) {
        this(new PermissionsViewModel(session, consentLinks, portalLinks), opener);
    }

    private PermissionsStep(PermissionsViewModel model, LinkOpener opener) {
        super(Messages.text("permissions.title"), model.unmetRequirementProperty());
        this.model = model;
        this.opener = opener;
    }

    @Override
    public void entered() {
        model.refresh();
        model.picker().refresh();
    }

    @Override
    protected Node createView() {
        return new PermissionsView(model, opener);
    }
}
