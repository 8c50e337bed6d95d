package io.m365connect.ui.step.credential;

import io.m365connect.ui.common.LinkOpener;
import io.m365connect.ui.common.Messages;
import io.m365connect.ui.common.UiExecutor;
import io.m365connect.ui.shell.LinkSource;
import io.m365connect.ui.shell.PageStep;
import io.m365connect.ui.shell.WizardSession;
import java.time.Clock;
import javafx.scene.Node;

/** Plugs step "Credential" into the shell. */
public final class CredentialStep extends PageStep {
    private final CredentialViewModel model;
    private final LinkOpener opener;

    public CredentialStep(WizardSession session, LinkSource portalLinks, LinkOpener opener, UiExecutor executor) {
        this(new CredentialViewModel(session, portalLinks, executor, Clock.systemUTC()), opener);
    }

    private CredentialStep(CredentialViewModel model, LinkOpener opener) {
        super(Messages.text("credential.title"), model.unmetRequirementProperty());
        this.model = model;
        this.opener = opener;
    }

    @Override
    public void entered() {
        model.refresh();
    }

    /** A credential is never saved in the draft or a profile, so an opened profile stops here. */
    @Override
    public boolean asksEachTime() {
        return true;
    }

    @Override
    protected Node createView() {
        return new CredentialView(model, opener);
    }
}
