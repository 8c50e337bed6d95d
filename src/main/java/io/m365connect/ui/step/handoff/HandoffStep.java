package io.m365connect.ui.step.handoff;

import io.m365connect.core.handoff.ArtifactWriter;
import io.m365connect.core.handoff.CredentialFiles;
import io.m365connect.core.recipe.PermissionCatalog;
import io.m365connect.ui.common.LinkOpener;
import io.m365connect.ui.common.TextClipboard;
import io.m365connect.ui.common.UiExecutor;
import io.m365connect.ui.shell.WizardSession;
import io.m365connect.ui.shell.WizardStep;
import java.time.Clock;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;

/** Plugs the Hand-off page into the shell. */
public final class HandoffStep implements WizardStep {
    private final HandoffViewModel model;
    private final LinkOpener opener;
    private HandoffView view;

    public HandoffStep(WizardSession session, PermissionCatalog permissions, UiExecutor executor,
                       TextClipboard clipboard, CredentialFiles credentialFiles, String version, LinkOpener opener) {
        this.model = new HandoffViewModel(new SessionSources(session, permissions), executor, clipboard, new FxDelay(),
                credentialFiles, new ArtifactWriter(), Clock.systemUTC(), version);
        this.opener = opener;
    }

    public HandoffViewModel model() {
        return model;
    }

    @Override
    public String title() {
        return HandoffTexts.text("handoff.title");
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
            view = new HandoffView(model, opener::open);
        }
        return view;
    }
}
