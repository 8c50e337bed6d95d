package io.m365connect.ui.common;

import io.m365connect.core.common.Cancellation;

/** A running background task; {@link #cancel()} signals the work and drops its result. */
public final class TaskHandle {
    private final Cancellation cancellation;

    TaskHandle(Cancellation cancellation) {
        this.cancellation = cancellation;
    }

    public void cancel() {
        cancellation.cancel();
    }

    public boolean isCancelled() {
        return cancellation.isCancelled();
    }
}
