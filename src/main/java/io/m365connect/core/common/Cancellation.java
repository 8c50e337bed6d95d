package io.m365connect.core.common;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CancellationException;

/**
 * A cancel signal passed into long-running core work (token requests, probes, conversions).
 * Work checks {@link #throwIfCancelled()} between steps and registers hooks to abort blocking I/O.
 */
public final class Cancellation {
    private volatile boolean cancelled;
    private final List<Runnable> hooks = new CopyOnWriteArrayList<>();

    public static Cancellation none() {
        return new Cancellation();
    }

    public void cancel() {
        if (!cancelled) {
            cancelled = true;
            hooks.forEach(Runnable::run);
        }
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** Runs {@code hook} on cancel (at once if already cancelled), e.g. to close a socket or a listener. */
    public void onCancel(Runnable hook) {
        hooks.add(hook);
        if (cancelled) {
            hook.run();
        }
    }

    public void throwIfCancelled() {
        if (cancelled) {
            throw new CancellationException("cancelled");
        }
    }
}
