package io.m365connect.ui.step.handoff;

import io.m365connect.core.common.ProblemException;
import io.m365connect.core.handoff.CheckResults;
import io.m365connect.core.handoff.HandoffCredential;
import io.m365connect.core.handoff.HandoffPackage;
import io.m365connect.core.handoff.HandoffScripts;
import io.m365connect.core.recipe.PermissionCatalog;
import java.util.ArrayList;
import io.m365connect.core.handoff.PfxPasswords;
import io.m365connect.core.handoff.RecipeFiles;
import io.m365connect.core.handoff.HandoffSession;
import io.m365connect.core.profile.ProfileStore;
import io.m365connect.ui.shell.WizardSession;
import java.util.List;
import java.util.Optional;

/** The Hand-off page's view of the wizard's draft and of what the Credential and Verify pages left in it. */
final class SessionSources implements HandoffViewModel.Sources {
    private final WizardSession session;
    private final PermissionCatalog permissions;

    SessionSources(WizardSession session, PermissionCatalog permissions) {
        this.session = session;
        this.permissions = permissions;
    }

    @Override
    public Optional<HandoffSession> session() {
        session.recipe().filter(RecipeFiles::asksForPfx).ifPresent(r -> choosePfxPassword());
        return session.recipe().map(r -> new HandoffSession(r, session.cloud(), session.tenantProperty().get(),
                session.clientIdProperty().get(), session.inputs(), session.credentialKindProperty().get(),
                session.credentialMaterialProperty().get(), List.copyOf(session.tokenScopes())));
    }

    /** A target that takes a PFX needs its password; one is made once and kept with the certificate in memory. */
    private void choosePfxPassword() {
        if (session.credentialMaterialProperty().get() instanceof HandoffCredential.Certificate c
                && c.pfxPassword().isEmpty()) {
            session.credentialMaterialProperty().set(new HandoffCredential.Certificate(c.certificate(), c.issuers(),
                    c.key(), PfxPasswords.generate()));
        }
    }

    @Override
    public CheckResults checkResults(HandoffSession s) {
        CheckResults r = session.checkResultsProperty().get();
        return r != null ? r : CheckResults.notRun(s.recipe());
    }

    @Override
    public List<HandoffPackage.Script> scripts(HandoffSession s) {
        List<HandoffPackage.Script> all = new ArrayList<>(HandoffScripts.of(s, permissions));
        all.addAll(session.scripts());
        return all;
    }

    @Override
    public String profileJson() throws ProblemException {
        return ProfileStore.toJson(session.snapshot());
    }
}
