package io.m365connect.ui.common;

import io.m365connect.core.common.Cancellation;
import java.util.concurrent.CancellationException;

/**
 * Runs background work off the UI thread and hands results back to it. The app uses {@link FxUiExecutor};
 * ViewModel tests use {@link DirectUiExecutor}, which runs everything at once on the calling thread.
 */
public interface UiExecutor {

    /** Runs {@code action} on the UI thread. */
    void runOnUi(Runnable action);

    /** Runs {@code work} in the background. */
    void runInBackground(Runnable work);

    default <T> TaskHandle execute(BackgroundTask<T> task) {
        Cancellation cancellation = new Cancellation();
        TaskHandle handle = new TaskHandle(cancellation);
        runInBackground(() -> {
            try {
                T value = task.work().call(cancellation);
                runOnUi(() -> {
                    try {
                        if (cancellation.isCancelled()) {
                            task.cancelledHandler().run();
                        } else {
                            task.successHandler().accept(value);
                        }
                    } finally {
                        task.finallyHandler().run();
                    }
                });
            } catch (Exception | LinkageError e) {
                runOnUi(() -> {
                    try {
                        if (cancellation.isCancelled() || e instanceof CancellationException) {
                            task.cancelledHandler().run();
                        } else {
                            task.failureHandler().accept(e);
                        }
                    } finally {
                        task.finallyHandler().run();
                    }
                });
            }
        });
        return handle;
    }
}
