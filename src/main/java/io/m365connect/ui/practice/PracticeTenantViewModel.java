package io.m365connect.ui.practice;

import io.m365connect.core.common.Problem;
import io.m365connect.core.practice.PracticeTenant;
import io.m365connect.core.practice.PracticeTenant.DemoCredential;
import io.m365connect.core.practice.PracticeTenant.PracticeFault;
import io.m365connect.core.tenant.Cloud;
import io.m365connect.ui.common.BackgroundTask;
import io.m365connect.ui.common.TaskHandle;
import io.m365connect.ui.common.UiExecutor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The practice tenant as the wizard shows it: start and stop it in the background, its cloud (which the wizard
 * switches to), the demo credentials to try, and the faults a person can provoke and undo.
 */
public final class PracticeTenantViewModel {

    /** Where the practice tenant is in its life. */
    public enum State { STOPPED, STARTING, RUNNING, FAILED }

    private final Supplier<PracticeTenant> tenants;
    private final Path workDir;
    private final UiExecutor executor;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.STOPPED);
    private final ReadOnlyObjectWrapper<Cloud> cloud = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<String> authority = new ReadOnlyObjectWrapper<>("");
    private final ReadOnlyObjectWrapper<Path> cloudFile = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Path> caFile = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Problem> problem = new ReadOnlyObjectWrapper<>();
    private final ObservableList<DemoCredential> credentials = FXCollections.observableArrayList();
    private final ObservableList<PracticeFault> faults = FXCollections.observableArrayList();
    private final ObservableList<PracticeFault> applied = FXCollections.observableArrayList();
    private PracticeTenant tenant;
    private TaskHandle starting;

    public PracticeTenantViewModel(Supplier<PracticeTenant> tenants, Path workDir, UiExecutor executor) {
        this.tenants = Objects.requireNonNull(tenants);
        this.workDir = Objects.requireNonNull(workDir);
        this.executor = Objects.requireNonNull(executor);
    }

    /** Starts the practice tenant on any free loopback port; the key and certificate work runs off the UI thread. */
    public void start() {
        if (state.get() == State.STARTING || state.get() == State.RUNNING) {
            return;
        }
        state.set(State.STARTING);
        problem.set(null);
        starting = BackgroundTask.of(cancellation -> {
            PracticeTenant t = tenants.get();
            t.start(0, workDir);
            if (cancellation.isCancelled()) {
                t.stop();
            }
            return t;
        }).onSuccess(this::running).onFailure(this::failed).onCancelled(() -> state.set(State.STOPPED))
                .onFinally(() -> starting = null).executeWith(executor);
    }

    private void running(PracticeTenant t) {
        tenant = t;
        cloud.set(t.cloud());
        authority.set(t.authority());
        cloudFile.set(t.cloudFile());
        caFile.set(t.caFile());
        credentials.setAll(t.demoCredentials());
        faults.setAll(t.faults());
        applied.clear();
        state.set(State.RUNNING);
    }

    private void failed(Throwable e) {
        state.set(State.FAILED);
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        problem.set(e instanceof IOException
                ? Problem.of("The practice tenant could not start: " + why,
                        "Check that " + workDir + " can be written, then try again.",
                        "the folder is not writable", "no free port on this computer")
                : Problem.of("The practice tenant could not start: " + why,
                        "Try again; if it keeps failing, run 'm365-connect practice --debug' and send the output "
                                + "to support.", "an internal error"));
    }

    /** Stops the tenant, or abandons a start still under way (the started tenant is stopped at once). */
    public void stop() {
        if (starting != null) {
            starting.cancel();
        }
        if (tenant != null) {
            tenant.stop();
            tenant = null;
        }
        cloud.set(null);
        authority.set("");
        credentials.clear();
        faults.clear();
        applied.clear();
        state.set(State.STOPPED);
    }

    /** Provokes a fault; the next token request or API call shows it. */
    public void apply(PracticeFault fault) {
        if (tenant == null || fault == null || applied.contains(fault)) {
            return;
        }
        tenant.apply(fault);
        applied.add(fault);
    }

    /** Undoes every provoked fault. */
    public void reset() {
        if (tenant != null) {
            tenant.reset();
        }
        applied.clear();
    }

    public ReadOnlyObjectProperty<State> stateProperty() { return state.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Cloud> cloudProperty() { return cloud.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<String> authorityProperty() { return authority.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Path> cloudFileProperty() { return cloudFile.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Path> caFileProperty() { return caFile.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Problem> problemProperty() { return problem.getReadOnlyProperty(); }
    public ObservableList<DemoCredential> credentials() { return FXCollections.unmodifiableObservableList(credentials); }
    public ObservableList<PracticeFault> faults() { return FXCollections.unmodifiableObservableList(faults); }
    public ObservableList<PracticeFault> appliedFaults() { return FXCollections.unmodifiableObservableList(applied); }
}
