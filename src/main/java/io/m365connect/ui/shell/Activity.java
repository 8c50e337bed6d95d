package io.m365connect.ui.shell;

import io.m365connect.core.common.Problem;
import io.m365connect.core.common.ProblemException;
import io.m365connect.ui.common.BackgroundTask;
import io.m365connect.ui.common.Messages;
import io.m365connect.ui.common.TaskHandle;
import io.m365connect.ui.common.UiExecutor;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The one piece of background work a page may run at a time, shown by the shell as a busy mask with its
 * progress text and a Cancel button, and the problem banner. Pages get it through their constructor.
 */
public final class Activity {
    private final UiExecutor executor;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "");
    private final ReadOnlyObjectWrapper<Problem> problem = new ReadOnlyObjectWrapper<>(this, "problem");
    private TaskHandle running;

    public Activity(UiExecutor executor) {
        this.executor = Objects.requireNonNull(executor);
    }

    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ReadOnlyStringProperty progressTextProperty() { return progressText.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Problem> problemProperty() { return problem.getReadOnlyProperty(); }
    public Optional<Problem> problem() { return Optional.ofNullable(problem.get()); }

    /**
     * Runs {@code work} in the background behind the busy mask. A failure becomes the problem banner
     * ({@link ProblemException}s as they are, anything else as a plain "could not finish"); a cancel drops the result.
     */
    public <T> TaskHandle run(String text, BackgroundTask.Work<T> work, Consumer<T> onSuccess) {
        if (busy.get()) {
            throw new IllegalStateException("one background task at a time");
        }
        problem.set(null);
        progressText.set(text);
        busy.set(true);
        TaskHandle[] self = new TaskHandle[1];
        self[0] = BackgroundTask.of(work)
                .onSuccess(onSuccess)
                .onFailure(e -> problem.set(toProblem(text, e)))
                .onFinally(() -> {
                    if (running == self[0]) {
                        running = null;
                        busy.set(false);
                    }
                })
                .executeWith(executor);
        if (busy.get()) {
            running = self[0];
        }
        return self[0];
    }

    /** Esc or the mask's Cancel: stops waiting at once; the work is told to stop and its result is dropped. */
    public void cancel() {
        if (running != null) {
            running.cancel();
            running = null;
            busy.set(false);
        }
    }

    public void show(Problem p) {
        problem.set(Objects.requireNonNull(p));
    }

    public void dismissProblem() {
        problem.set(null);
    }

    static Problem toProblem(String what, Throwable e) {
        if (e instanceof ProblemException pe) {
            return pe.problem();
        }
        return Problem.of(Messages.text("activity.failed", what, e.getClass().getSimpleName()),
                Messages.text("activity.failed.fix"), Messages.text("activity.failed.cause"));
    }
}
