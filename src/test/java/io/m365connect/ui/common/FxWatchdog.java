package io.m365connect.ui.common;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A watchdog for UI tests that run faults through a page: it is the page's {@link UiExecutor} (the app's FX
 * executor) with every task our code posts to the FX thread timed, and it posts a heartbeat every 50 ms from
 * another thread to measure how long the FX thread keeps it waiting. The limits are the issue's: 100 ms per task,
 * 500 ms per stall (first layout, GC and JIT on 2 shared cores make a stricter global rule flaky).
 */
public final class FxWatchdog implements UiExecutor {
    public static final Duration TASK_LIMIT = Duration.ofMillis(100);
    public static final Duration STALL_LIMIT = Duration.ofMillis(500);

    private final FxUiExecutor fx = new FxUiExecutor();
    private final AtomicLong slowestTaskNanos = new AtomicLong();
    private final AtomicLong longestStallNanos = new AtomicLong();
    private final AtomicLong slowestTaskOverall = new AtomicLong();
    private final AtomicLong longestStallOverall = new AtomicLong();
    private ScheduledExecutorService heartbeat;

    @Override
    public void runOnUi(Runnable action) {
        fx.runOnUi(() -> {
            long start = System.nanoTime();
            try {
                action.run();
            } finally {
                slowestTaskNanos.accumulateAndGet(System.nanoTime() - start, Math::max);
            }
        });
    }

    @Override
    public void runInBackground(Runnable work) {
        fx.runInBackground(work);
    }

    /** Starts a measured stretch: the figures start from zero and the heartbeat runs. */
    public synchronized void start() {
        stop();
        slowestTaskNanos.set(0);
        longestStallNanos.set(0);
        heartbeat = Executors.newSingleThreadScheduledExecutor();
        heartbeat.scheduleAtFixedRate(() -> {
            long posted = System.nanoTime();
            Platform.runLater(() -> longestStallNanos.accumulateAndGet(System.nanoTime() - posted, Math::max));
        }, 0, 50, TimeUnit.MILLISECONDS);
    }

    /** Ends the stretch; its figures stay readable. */
    public synchronized void stop() {
        if (heartbeat != null) {
            heartbeat.shutdownNow();
            heartbeat = null;
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    /** Stops the heartbeat and the executor's worker threads. */
    public void shutdown() {
        stop();
        fx.shutdown();
    }

    public double slowestTaskMillis() {
        return slowestTaskNanos.get() / 1e6;
    }

    public double longestStallMillis() {
        return longestStallNanos.get() / 1e6;
    }

    /** The worst figures of the stretches held to the limits so far. */
    public String overall() {
        return String.format("slowest UI task %.1f ms, longest FX stall %.1f ms", slowestTaskOverall.get() / 1e6,
                longestStallOverall.get() / 1e6);
    }

    /** Stops the stretch, prints its figures under {@code what} and asserts them against the limits. */
    public void assertWithinLimits(String what) {
        stop();
        slowestTaskOverall.accumulateAndGet(slowestTaskNanos.get(), Math::max);
        longestStallOverall.accumulateAndGet(longestStallNanos.get(), Math::max);
        System.out.printf("watchdog %s: slowest UI task %.1f ms, longest FX stall %.1f ms%n", what,
                slowestTaskMillis(), longestStallMillis());
        assertTrue(slowestTaskNanos.get() > 0 && longestStallNanos.get() > 0, what + ": the watchdog saw the FX thread");
        assertTrue(slowestTaskNanos.get() < TASK_LIMIT.toNanos(),
                what + ": a UI task took " + slowestTaskNanos.get() / 1_000_000 + " ms");
        assertTrue(longestStallNanos.get() < STALL_LIMIT.toNanos(),
                what + ": the FX thread stalled " + longestStallNanos.get() / 1_000_000 + " ms");
    }

    /** Asserts only the stall limit, for a stretch in which our code may post nothing (a cancelled wait). */
    public void assertNoStall(String what) {
        stop();
        assertTrue(longestStallNanos.get() < STALL_LIMIT.toNanos(),
                what + ": the FX thread stalled " + longestStallNanos.get() / 1_000_000 + " ms");
    }

    /** Polls {@code done} off the FX thread for at most {@code seconds}, then lets pending FX events run. */
    public static void await(BooleanSupplier done, long seconds) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!done.getAsBoolean() && System.nanoTime() < end) {
            Thread.sleep(50);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
