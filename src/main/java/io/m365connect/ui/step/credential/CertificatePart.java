package io.m365connect.ui.step.credential;

import io.m365connect.core.auth.Credential;
import io.m365connect.core.cert.CertificateDetails;
import io.m365connect.core.cert.CertificateRequirements;
import io.m365connect.core.profile.SecretStore;
import io.m365connect.core.recipe.CredentialKind;
import io.m365connect.core.recipe.Recipe;
import io.m365connect.ui.common.Link;
import io.m365connect.ui.common.UiExecutor;
import io.m365connect.ui.shell.LinkSource;
import io.m365connect.ui.shell.WizardSession;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The certificate part of step "Credential", for a system that signs in with a certificate: its accepted
 * certificate's thumbprint goes into the draft (never the key or a password), and the certificate with its key
 * becomes the credential "Get token" signs with.
 */
public final class CertificatePart {
    private final WizardSession session;
    private final LinkSource portalLinks;
    private final CertificateViewModel certificate;
    private final RememberedSecretViewModel passwordMemory;
    private final ResourceBundle text = ResourceBundle.getBundle("io.m365connect.i18n.cert");
    private final ReadOnlyBooleanWrapper certificateApplies = new ReadOnlyBooleanWrapper(this, "certificateApplies");
    private final ReadOnlyStringWrapper unmet = new ReadOnlyStringWrapper(this, "unmet", "");

    public CertificatePart(WizardSession session, LinkSource portalLinks, UiExecutor executor, Clock clock,
                           SecretStore secrets) {
        this.session = session;
        this.portalLinks = portalLinks;
        this.certificate = new CertificateViewModel(executor, clock, this::requirements);
        this.passwordMemory = new RememberedSecretViewModel(secrets, executor, session,
                RememberedSecretViewModel.Kind.CERTIFICATE_PASSWORD);
        certificate.onPasswordAccepted(passwordMemory::accepted);
        certificate.detailsProperty().addListener((o, was, now) -> update());
        certificate.acceptedProperty().addListener((o, was, now) -> update());
        session.credentialKindProperty().addListener((o, was, now) -> refresh());
        refresh();
    }

    /** Re-reads the draft: the system may have changed since the page was last shown. */
    public void refresh() {
        passwordMemory.refresh();
        certificateApplies.set(session.recipe().map(r -> r.accepts(CredentialKind.CERTIFICATE)).orElse(false)
                && session.credentialKindProperty().get() == CredentialKind.CERTIFICATE);
        certificate.recheck();
        update();
    }

    private void update() {
        boolean accepted = certificate.acceptedProperty().get();
        CertificateDetails d = certificate.detailsProperty().get();
        if (certificateApplies.get() && accepted && d != null) {
            session.certificateThumbprintProperty().set(d.thumbprints().sha1());
        }
        unmet.set(certificateApplies.get() && !accepted ? text.getString("credential.certificate.unmet") : "");
    }

    private CertificateRequirements requirements() {
        return session.recipe().filter(r -> r.accepts(CredentialKind.CERTIFICATE))
                .map(r -> CertificateRequirements.privateKeyFor(r.vendor().isBlank() ? r.title() : r.vendor()))
                .orElse(CertificateRequirements.PORTAL_UPLOAD);
    }

    /** {@code CN=<recipe id>-<tenant's first label>}: recognisable later in the portal's list of certificates. */
    public String suggestedSubject() {
        String recipe = session.recipe().map(Recipe::id).orElse("m365-connect");
        String tenant = session.tenantProperty().get().trim().replaceAll("\\..*$", "").replaceAll("[^A-Za-z0-9-]", "");
        return "CN=" + recipe + (tenant.isEmpty() || tenant.contains("-") && tenant.length() == 36 ? "" : "-" + tenant);
    }

    /** The app's "Certificates & secrets" page once the tenant and client ID are known, else the app list. */
    public Optional<String> portalPage() {
        List<Link> links = portalLinks.linksFor(session);
        String wanted = io.m365connect.ui.common.Messages.text("links.certificates");
        return links.stream().filter(l -> l.label().equals(wanted)).findFirst()
                .or(() -> links.stream().findFirst()).map(Link::url);
    }

    /** The accepted certificate with its private key, as the token service signs with it; empty otherwise. */
    public Optional<Credential.ClientCertificate> credential() {
        if (!certificate.acceptedProperty().get()) {
            return Optional.empty();
        }
        return certificate.bundle().filter(b -> b.privateKey().isPresent())
                .map(b -> new Credential.ClientCertificate(b.certificate(), b.privateKey().get(), b.chain()));
    }

    /** "Remember this certificate password", and the password remembered for the draft's app. */
    public RememberedSecretViewModel passwordMemory() { return passwordMemory; }

    /** "Use the remembered password": opens the chosen file with the password from the keychain. */
    public void useRememberedPassword() {
        if (certificate.fileProperty().get() == null) {
            return;
        }
        passwordMemory.use(s -> {
            char[] chars = s.chars();
            certificate.submitPassword(chars);
            java.util.Arrays.fill(chars, '\0');
        });
    }

    public CredentialKind credentialKind() { return session.credentialKindProperty().get(); }
    public CertificateViewModel certificate() { return certificate; }
    public ReadOnlyBooleanProperty certificateAppliesProperty() { return certificateApplies.getReadOnlyProperty(); }
    public ReadOnlyStringProperty unmetRequirementProperty() { return unmet.getReadOnlyProperty(); }
}
