package io.m365connect.ui.common;

import io.m365connect.core.common.Cancellation;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * One piece of background work with its success and failure handlers, run by a {@link UiExecutor}:
 * the work runs off the FX thread, the handlers on it. Failures are never swallowed: a task without
 * {@code onFailure} is refused.
 */
public final class BackgroundTask<T> {

    /** The work; it should check the cancellation between steps. */
    @FunctionalInterface
    public interface Work<T> {
        T call(Cancellation cancellation) throws Exception;
    }

    private final Work<T> work;
    private Consumer<T> onSuccess = v -> { };
    private Consumer<Throwable> onFailure;
    private Runnable onCancelled = () -> { };
    private Runnable onFinally = () -> { };

    private BackgroundTask(Work<T> work) {
        this.work = Objects.requireNonNull(work);
    }

    public static <T> BackgroundTask<T> of(Work<T> work) {
        return new BackgroundTask<>(work);
    }

    public BackgroundTask<T> onSuccess(Consumer<T> handler) {
        this.onSuccess = Objects.requireNonNull(handler);
        return this;
    }

    public BackgroundTask<T> onFailure(Consumer<Throwable> handler) {
        this.onFailure = Objects.requireNonNull(handler);
        return this;
    }

    public BackgroundTask<T> onCancelled(Runnable handler) {
        this.onCancelled = Objects.requireNonNull(handler);
        return this;
    }

    /** Runs after success, failure or cancel (e.g. to clear a busy flag). */
    public BackgroundTask<T> onFinally(Runnable handler) {
        this.onFinally = Objects.requireNonNull(handler);
        return this;
    }

    public TaskHandle executeWith(UiExecutor executor) {
        if (onFailure == null) {
            throw new IllegalStateException("a background task needs an onFailure handler");
        }
        return executor.execute(this);
    }

    Work<T> work() { return work; }
    Consumer<T> successHandler() { return onSuccess; }
    Consumer<Throwable> failureHandler() { return onFailure; }
    Runnable cancelledHandler() { return onCancelled; }
    Runnable finallyHandler() { return onFinally; }
}
