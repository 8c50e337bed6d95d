package io.m365connect.ui.step.credential;

import io.m365connect.core.auth.TokenService;
import io.m365connect.core.net.HttpSettings;
import io.m365connect.ui.common.LinkOpener;
import io.m365connect.ui.common.Messages;
import io.m365connect.ui.common.UiExecutor;
import io.m365connect.ui.shell.PageStep;
import io.m365connect.ui.shell.WizardSession;
import java.time.Clock;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.Node;

/**
 * Plugs step "Credential" into the shell. The certificate part (import, convert, make) is built by
 * {@code certificatePart} from this step's model, whose certificate slot it fills.
 */
public final class CredentialStep extends PageStep {
    private final CredentialViewModel model;
    private final LinkOpener opener;
    private final Function<CredentialViewModel, Node> certificatePart;

    public CredentialStep(WizardSession session, TokenService tokens, Supplier<HttpSettings> http, UiExecutor executor,
                          LinkOpener opener, Function<CredentialViewModel, Node> certificatePart) {
        this(new CredentialViewModel(session, tokens, http, executor, Clock.systemUTC()), opener, certificatePart);
    }

    private CredentialStep(CredentialViewModel model, LinkOpener opener,
                           Function<CredentialViewModel, Node> certificatePart) {
        super(Messages.text("credential.title"), model.unmetRequirementProperty());
        this.model = model;
        this.opener = opener;
        this.certificatePart = certificatePart;
    }

    public CredentialViewModel model() {
        return model;
    }

    @Override
    public void entered() {
        model.refresh();
    }

    @Override
    protected Node createView() {
        return new CredentialView(model, opener, certificatePart);
    }
}
