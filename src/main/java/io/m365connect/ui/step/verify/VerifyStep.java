package io.m365connect.ui.step.verify;

import java.time.Instant;
import io.m365connect.core.common.Problem;
import io.m365connect.core.common.ProblemException;
import io.m365connect.core.diagnose.ConnectionCheck;
import io.m365connect.core.diagnose.PortalFixLinks;
import io.m365connect.core.net.HttpSettings;
import io.m365connect.core.probe.ProbeTarget;
import io.m365connect.core.recipe.Recipe;
import io.m365connect.core.tenant.Cloud;
import io.m365connect.ui.common.LinkOpener;
import io.m365connect.ui.common.UiExecutor;
import io.m365connect.ui.shell.PageStep;
import io.m365connect.core.diagnose.CheckReports;
import io.m365connect.ui.shell.WizardSession;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Node;

/** Plugs step "Verify" into the shell: the checks run against what the draft holds when Run is pressed. */
public final class VerifyStep extends PageStep {

    /** Fresh tokens for the session's app and credential; {@code firstRun} may reuse the credential step's token. */
    @FunctionalInterface
    public interface CheckTokens {
        ConnectionCheck.TokenSource forSession(WizardSession session, boolean firstRun) throws ProblemException;
    }

    private final VerifyViewModel model;
    private final LinkOpener opener;

    public VerifyStep(WizardSession session, UiExecutor executor, Supplier<HttpSettings> http, CheckTokens tokens,
                      LinkOpener opener) {
        this(new VerifyViewModel(executor, firstRun -> setup(session, http.get(), tokens, firstRun)), opener);
        // The Hand-off page's report tells what this check found; it reaches it through the session, in memory.
        model.reportProperty().addListener((o, was, now) -> session.checkResultsProperty().set(now == null
                || session.recipe().isEmpty() ? null : CheckReports.of(session.recipe().get(), now, Instant.now())));
    }

    private VerifyStep(VerifyViewModel model, LinkOpener opener) {
        super(VerifyTexts.text("verify.title"), model.unmetRequirementProperty());
        this.model = model;
        this.opener = opener;
    }

    public VerifyViewModel model() {
        return model;
    }

    @Override
    protected Node createView() {
        return new VerifyView(model, opener::open);
    }

    static VerifyViewModel.Setup setup(WizardSession session, HttpSettings http, CheckTokens tokens,
                                       boolean firstRun) throws ProblemException {
        Recipe recipe = session.recipe().orElseThrow(() -> new ProblemException(Problem.of(
                "No target system is chosen.", "Go back to Target and choose the system you connect.")));
        Cloud cloud = session.cloud();
        String tenant = session.tenantProperty().get().strip();
        String clientId = session.clientIdProperty().get().strip();
        if (tenant.isEmpty() || clientId.isEmpty()) {
            throw new ProblemException(Problem.of("The tenant or the application (client) ID is empty.",
                    "Go back to App registration and fill them in."));
        }
        ProbeTarget target = new ProbeTarget(cloud, tenant, clientId, input(session, "organization"),
                input(session, "mailbox").or(() -> input(session, "username")), http);
        ConnectionCheck check = new ConnectionCheck(recipe, target, new PortalFixLinks(cloud, tenant, clientId));
        return new VerifyViewModel.Setup(check, tokens.forSession(session, firstRun));
    }

    private static Optional<String> input(WizardSession session, String id) {
        return Optional.ofNullable(session.inputs().get(id)).map(String::strip).filter(s -> !s.isEmpty());
    }
}
