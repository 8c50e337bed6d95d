package io.m365connect.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;

/** Background work on a small pool of daemon threads; results back on the FX application thread. */
public final class FxUiExecutor implements UiExecutor {
    private final ExecutorService pool;

    public FxUiExecutor() {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory base = Executors.defaultThreadFactory();
        this.pool = Executors.newCachedThreadPool(r -> {
            Thread t = base.newThread(r);
            t.setName("m365connect-worker-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void runOnUi(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    @Override
    public void runInBackground(Runnable work) {
        pool.execute(work);
    }

    public void shutdown() {
        pool.shutdownNow();
    }
}
