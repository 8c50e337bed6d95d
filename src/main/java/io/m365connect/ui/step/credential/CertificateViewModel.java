package io.m365connect.ui.step.credential;

import io.m365connect.core.cert.CertificateBundle;
import io.m365connect.core.cert.CertificateCheck;
import io.m365connect.core.cert.CertificateDetails;
import io.m365connect.core.cert.CertificateExport;
import io.m365connect.core.cert.CertificateGenerator;
import io.m365connect.core.cert.CertificateProblem;
import io.m365connect.core.cert.CertificateProblem.Kind;
import io.m365connect.core.cert.CertificateReader;
import io.m365connect.core.cert.CertificateRequirements;
import io.m365connect.core.cert.CertificateWriter;
import io.m365connect.core.cert.CheckResult;
import io.m365connect.core.cert.ExportFormat;
import io.m365connect.core.cert.KeyFormat;
import io.m365connect.core.cert.PfxProfile;
import io.m365connect.core.common.Problem;
import io.m365connect.core.common.Secret;
import io.m365connect.ui.common.BackgroundTask;
import io.m365connect.ui.common.TaskHandle;
import io.m365connect.ui.common.UiExecutor;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The certificate part of the credential step: open a file (asking for a password only when it needs one),
 * show what it holds and how Entra ID would judge it, generate a new one, and save the shapes the target asks for.
 */
public final class CertificateViewModel {
    /** Where the person is with the certificate. */
    public enum State { EMPTY, BUSY, NEEDS_PASSWORD, LOADED, FAILED }

    private final UiExecutor executor;
    private final Clock clock;
    private final Supplier<CertificateRequirements> requirements;
    private final CertificateReader reader = new CertificateReader();
    private final SecureRandom random = new SecureRandom();

    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.EMPTY);
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Problem> problem = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Kind> problemKind = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<CertificateDetails> details = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper accepted = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<List<Path>> saved = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<Path> overwriteAsked = new ReadOnlyObjectWrapper<>();
    private final ObservableList<CheckResult> checks = FXCollections.observableArrayList();
    private CertificateBundle bundle;
    private TaskHandle running;
    private Consumer<Secret> passwordAccepted = Secret::wipe;

    public CertificateViewModel(UiExecutor executor, Clock clock, CertificateRequirements requirements) {
        this(executor, clock, () -> requirements);
    }

    /** @param requirements what the chosen target needs, asked each time a certificate is checked */
    public CertificateViewModel(UiExecutor executor, Clock clock, Supplier<CertificateRequirements> requirements) {
        this.executor = executor;
        this.clock = clock;
        this.requirements = requirements;
    }

    /** Checks the certificate again, e.g. after the target system changed. */
    public void recheck() {
        if (bundle != null) {
            show(bundle);
        }
    }

    /** A dropped or chosen file: read it without a password first; most files that need one say so. */
    public void open(Path path) {
        file.set(path);
        read(Optional.empty());
    }

    /** The password the person typed after {@link State#NEEDS_PASSWORD}; the characters are copied. */
    public void submitPassword(char[] password) {
        read(Optional.of(Secret.of(password)));
    }

    /**
     * Told, with a copy it must wipe, of a password that opened the file: the credential step remembers it when
     * the person asked for that.
     */
    public void onPasswordAccepted(Consumer<Secret> listener) {
        passwordAccepted = listener == null ? Secret::wipe : listener;
    }

    private void read(Optional<Secret> password) {
        Path path = file.get();
        Optional<Secret> kept = password.map(Secret::copy);
        start(BackgroundTask.of(c -> {
            try {
                return reader.read(path, password);
            } finally {
                password.ifPresent(Secret::wipe);
            }
        }).onSuccess(b -> {
            show(b);
            kept.ifPresent(k -> passwordAccepted.accept(k.copy()));
        }).onFailure(this::fail).onFinally(() -> kept.ifPresent(Secret::wipe)));
    }

    public void generate(CertificateGenerator.Request request) {
        file.set(null);
        start(BackgroundTask.of(c -> new CertificateGenerator(clock, random).generate(request))
                .onSuccess(this::show).onFailure(this::fail));
    }

    /**
     * Writes {@code format} into {@code folder}; when a file exists and {@code overwrite} is false,
     * {@link #overwriteAskedProperty()} names it so the view can ask, then call again with {@code overwrite}.
     */
    public void save(ExportFormat format, Path folder, String baseName, Secret password, boolean overwrite) {
        CertificateBundle current = bundle;
        CertificateExport.Options options = new CertificateExport.Options(KeyFormat.PKCS8, PfxProfile.MODERN,
                password, overwrite);
        overwriteAsked.set(null);
        start(BackgroundTask.of(c -> new CertificateExport(new CertificateWriter(random))
                .export(current, baseName, format, folder, options, c))
                .onSuccess(paths -> {
                    saved.set(List.copyOf(paths));
                    state.set(State.LOADED);
                })
                .onFailure(e -> {
                    state.set(State.LOADED);
                    if (e instanceof CertificateProblem p && p.kind() == Kind.FILE_EXISTS) {
                        overwriteAsked.set(folder);
                    }
                    setProblem(e);
                }));
    }

    /** The name files are saved under: the opened file's, or the generated certificate's CN. */
    public String suggestedName() {
        if (file.get() != null) {
            return CertificateExport.baseName(file.get());
        }
        return details.get() == null ? "certificate"
                : details.get().subject().replaceAll("^CN=([^,]+).*$", "$1").replaceAll("[^A-Za-z0-9._-]+", "-");
    }

    public void cancel() {
        if (running != null) {
            running.cancel();
        }
    }

    private void start(BackgroundTask<?> task) {
        cancel();
        state.set(State.BUSY);
        problem.set(null);
        problemKind.set(null);
        running = task.onCancelled(() -> state.set(bundle == null ? State.EMPTY : State.LOADED)).executeWith(executor);
    }

    private void show(CertificateBundle b) {
        bundle = b;
        CertificateCheck.Report report = new CertificateCheck(clock).check(b, requirements.get());
        checks.setAll(report.results());
        details.set(CertificateDetails.of(b, clock));
        accepted.set(report.accepted());
        saved.set(List.of());
        state.set(State.LOADED);
    }

    private void fail(Throwable e) {
        setProblem(e);
        Kind kind = problemKind.get();
        state.set(kind == Kind.PASSWORD_NEEDED || kind == Kind.WRONG_PASSWORD ? State.NEEDS_PASSWORD : State.FAILED);
        if (state.get() == State.FAILED) {
            bundle = null;
            details.set(null);
            checks.clear();
            accepted.set(false);
        }
    }

    private void setProblem(Throwable e) {
        if (e instanceof CertificateProblem p) {
            problem.set(p.problem());
            problemKind.set(p.kind());
        } else {
            problem.set(Problem.of("Something went wrong while handling the certificate.",
                    "Try again; if it keeps happening, send the log to support."));
            problemKind.set(null);
        }
    }

    public ReadOnlyObjectProperty<State> stateProperty() { return state.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Path> fileProperty() { return file.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Problem> problemProperty() { return problem.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Kind> problemKindProperty() { return problemKind.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<CertificateDetails> detailsProperty() { return details.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty acceptedProperty() { return accepted.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<List<Path>> savedProperty() { return saved.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Path> overwriteAskedProperty() { return overwriteAsked.getReadOnlyProperty(); }
    public ObservableList<CheckResult> checks() { return FXCollections.unmodifiableObservableList(checks); }

    /** The certificate as it stands, for the rest of the wizard (token request, hand-off). */
    public Optional<CertificateBundle> bundle() {
        return Optional.ofNullable(bundle);
    }

    public boolean hasPrivateKey() {
        return bundle != null && bundle.hasPrivateKey();
    }
}
