package io.m365connect.app;

import io.m365connect.core.Services;
import io.m365connect.core.auth.Credential;
import io.m365connect.core.common.Problem;
import io.m365connect.core.common.ProblemException;
import io.m365connect.core.diagnose.ConnectionCheck;
import io.m365connect.core.diagnose.TokenChecks;
import io.m365connect.core.net.HttpSettings;
import io.m365connect.core.profile.HelpdeskProfiles;
import io.m365connect.core.profile.ProfileStore;
import io.m365connect.core.profile.SetupProfile;
import io.m365connect.core.recipe.Recipe;
import io.m365connect.core.tenant.Cloud;
import io.m365connect.ui.common.LinkOpener;
import io.m365connect.ui.common.Messages;
import io.m365connect.ui.common.UiExecutor;
import io.m365connect.ui.practice.PracticeTenantViewModel;
import io.m365connect.ui.practice.PracticeTenantWindow;
import io.m365connect.ui.shell.Activity;
import io.m365connect.ui.shell.DeferredStep;
import io.m365connect.ui.shell.PortalPages;
import io.m365connect.ui.shell.WizardSession;
import io.m365connect.ui.shell.WizardStep;
import io.m365connect.ui.shell.WizardView;
import io.m365connect.ui.shell.WizardViewModel;
import io.m365connect.ui.step.credential.CredentialStep;
import io.m365connect.ui.step.handoff.HandoffStep;
import io.m365connect.core.handoff.CertificatePfx;
import io.m365connect.core.handoff.CredentialFiles;
import io.m365connect.ui.common.FxTextClipboard;
import io.m365connect.ui.common.TextClipboard;
import io.m365connect.ui.step.permissions.PermissionsStep;
import io.m365connect.ui.step.registration.RegistrationStep;
import io.m365connect.ui.step.target.TargetStep;
import io.m365connect.ui.step.verify.VerifyStep;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import javafx.stage.Window;

/**
 * Puts the wizard together: the session, the pages in their order (Target, App registration, Credential,
 * Permissions, Verify, Hand-off), the shell, and the draft to start from.
 */
final class WizardWindow {
    final WizardSession session;
    final Activity activity;
    final List<WizardStep> steps;
    final WizardViewModel model;
    final WizardView view;
    private final ProfileStore store;
    private final Services services;
    private final UiExecutor executor;
    private PracticeTenantViewModel practice;

    WizardWindow(Services services, UiExecutor executor, LinkOpener opener, Runnable onClose) {
        this(services, services.recipes()::all, executor, opener, onClose, new FxTextClipboard());
    }

    WizardWindow(Services services, Function<String, List<Recipe>> recipesByCloud, UiExecutor executor,
            LinkOpener opener, Runnable onClose) {
        this(services, recipesByCloud, executor, opener, onClose, new FxTextClipboard());
    }

    WizardWindow(Services services, Function<String, List<Recipe>> recipesByCloud, UiExecutor executor,
            LinkOpener opener, Runnable onClose, TextClipboard clipboard) {
        this.services = services;
        this.executor = executor;
        store = new ProfileStore(services.homeDir());
        session = new WizardSession(recipesByCloud, () -> services.recipes().permissions(), services.clouds().all(),
                executor, store);
        activity = new Activity(executor);
        // Only the first page is built before the window shows; the others when first visited (issue #8).
        List<String> titles = titles();
        DeferredStep<CredentialStep> credential = new DeferredStep<>(titles.get(2),
                () -> new CredentialStep(session, PortalPages.registration(), services.tokens(), this::httpSettings,
                        executor, opener, services.secrets()));
        steps = List.of(
                new TargetStep(session, this::openPractice),
                new DeferredStep<>(titles.get(1),
                        () -> new RegistrationStep(session, PortalPages.registration(), opener)),
                credential,
                new DeferredStep<>(titles.get(3),
                        () -> new PermissionsStep(session, PortalPages.consent(), PortalPages.permissions(), opener)),
                new DeferredStep<>(titles.get(4), () -> new VerifyStep(session, executor,
                        this::httpSettings, (s, first) -> checkTokens(credential.step(), s, first), opener)),
                new DeferredStep<>(titles.get(5), () -> new HandoffStep(session,
                        services.recipes().permissions(), executor, clipboard,
                        new CredentialFiles(CertificatePfx.encoder()), services.version(), opener)));
        model = new WizardViewModel(steps, session, activity);
        view = new WizardView(model, steps, onClose);
    }

    /** The pages' titles in order, known before any page exists (the window's skeleton lists them). */
    static List<String> titles() {
        return Stream.of("target.title", "registration.title", "credential.title", "permissions.title",
                "verify.title", "handoff.title").map(Messages::text).toList();
    }

    /**
     * Runs the practice tenant in its own window (the Target step's button, {@code --practice}); once it runs,
     * its cloud becomes the draft's cloud. A second call only brings the window back.
     */
    void openPractice() {
        Window owner = view.getScene() == null ? null : view.getScene().getWindow();
        if (practice != null && practice.stateProperty().get() != PracticeTenantViewModel.State.STOPPED) {
            return;
        }
        practice = PracticeTenantWindow.open(owner, services, executor);
        practice.cloudProperty().addListener((o, was, now) -> {
            if (now != null) {
                session.cloudProperty().set(now);
            }
        });
    }

    /** Fresh tokens for the Verify step with the credential step's credential; its token only on the first run. */
    private ConnectionCheck.TokenSource checkTokens(CredentialStep credential, WizardSession s, boolean firstRun)
            throws ProblemException {
        Credential c = credential.model().credential().orElseThrow(() -> new ProblemException(Problem.of(
                "No credential yet.", "Go back to Credential and give the secret, certificate or sign-in.")));
        ConnectionCheck.TokenSource fresh = TokenChecks.source(services.tokens(), s.cloud(),
                s.tenantProperty().get().strip(), s.clientIdProperty().get().strip(), c, httpSettings());
        return TokenChecks.reusingOnce(fresh, firstRun ? credential.model().token() : Optional.empty(), s.cloud());
    }

    /**
     * The network settings for sign-in: the app's own, plus the practice tenant's CA while its cloud is the
     * draft's. An unreadable CA file leaves the settings as they are; the sign-in then says the certificate is
     * not trusted, which is the truth.
     */
    HttpSettings httpSettings() {
        HttpSettings base = services.httpSettings();
        Path ca = practice == null ? null : practice.caFileProperty().get();
        if (ca == null || !isPractice(session.cloud())) {
            return base;
        }
        try (InputStream in = Files.newInputStream(ca)) {
            List<X509Certificate> cas = new ArrayList<>(base.extraTrustedCas());
            cas.add((X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in));
            return base.withTrustedCas(cas);
        } catch (IOException | CertificateException e) {
            return base;
        }
    }

    /** True while the draft's cloud is the practice tenant's: the window title says so. */
    static boolean isPractice(Cloud cloud) {
        return cloud != null && "practice".equals(cloud.id());
    }

    void stopPractice() {
        if (practice != null) {
            practice.stop();
        }
    }

    /** Opens the profile given on the command line, or offers the autosaved draft. */
    void begin(Optional<Path> profile) {
        try {
            if (profile.isPresent()) {
                model.openProfile(HelpdeskProfiles.open(profile.get(), services.recipes(), services.clouds()));
            } else {
                model.start(store.loadAutosave());
            }
        } catch (ProblemException e) {
            model.reportStartProblem(e.problem());
        }
    }

    /**
     * Opens a helpdesk profile from File › Open, a drop onto the window or the operating system; a profile that
     * cannot be used is shown as a problem and the current draft stays as it is.
     */
    void openProfile(Path file) {
        try {
            model.openProfile(HelpdeskProfiles.open(file, services.recipes(), services.clouds()));
        } catch (ProblemException e) {
            activity.show(e.problem());
        }
    }
}
