package io.m365connect.ui.step.credential;

import io.m365connect.core.auth.TokenService;
import io.m365connect.core.net.HttpSettings;
import io.m365connect.core.profile.SecretStore;
import io.m365connect.ui.common.LinkOpener;
import io.m365connect.ui.common.Messages;
import io.m365connect.ui.common.UiExecutor;
import io.m365connect.ui.shell.LinkSource;
import io.m365connect.ui.shell.PageStep;
import io.m365connect.ui.shell.WizardSession;
import java.time.Clock;
import java.util.function.Supplier;
import javafx.scene.Node;

/**
 * Plugs step "Credential" into the shell: the sign-in methods with "Get token", and the certificate part
 * (import, convert, make) whose accepted certificate and key become the credential "Get token" signs with.
 */
public final class CredentialStep extends PageStep {
    private final CredentialViewModel model;
    private final CertificatePart certificate;
    private final LinkOpener opener;

    /** @param secrets where "Remember this secret / certificate password" keeps them: the OS keychain */
    public CredentialStep(WizardSession session, LinkSource portalLinks, TokenService tokens,
                          Supplier<HttpSettings> http, UiExecutor executor, LinkOpener opener, SecretStore secrets) {
        this(new CredentialViewModel(session, tokens, http, executor, Clock.systemUTC(), secrets),
                new CertificatePart(session, portalLinks, executor, Clock.systemUTC(), secrets), opener);
    }

    private CredentialStep(CredentialViewModel model, CertificatePart certificate, LinkOpener opener) {
        super(Messages.text("credential.title"), certificate.unmetRequirementProperty());
        this.model = model;
        this.certificate = certificate;
        this.opener = opener;
        certificate.certificate().acceptedProperty().addListener((o, was, now) -> signWithAccepted());
        certificate.certificate().detailsProperty().addListener((o, was, now) -> signWithAccepted());
    }

    public CredentialViewModel model() {
        return model;
    }

    private void signWithAccepted() {
        model.certificateProperty().set(certificate.credential().orElse(null));
    }

    @Override
    public void entered() {
        model.refresh();
        certificate.refresh();
    }

    /** A credential is never saved in the draft or a profile, so an opened profile stops here. */
    @Override
    public boolean asksEachTime() {
        return true;
    }

    @Override
    protected Node createView() {
        return new CredentialView(model, opener, m -> new CertificatePane(certificate.certificate(),
                certificate::suggestedSubject, () -> certificate.portalPage().ifPresent(opener::open),
                passwordBox()));
    }

    /** Shown while the file asks for its password, and whenever a password is remembered (to forget it). */
    private RememberBox passwordBox() {
        CertificateViewModel vm = certificate.certificate();
        RememberBox box = new RememberBox(certificate.passwordMemory(), certificate::useRememberedPassword,
                vm.fileProperty().isNotNull());
        box.visibleProperty().bind(vm.stateProperty().isEqualTo(CertificateViewModel.State.NEEDS_PASSWORD)
                .or(certificate.passwordMemory().storedProperty()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }
}
