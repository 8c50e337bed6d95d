package io.m365connect.app;

import io.m365connect.core.common.Log;
import java.time.Duration;
import java.time.Instant;
import java.util.Timer;
import java.util.TimerTask;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * {@code --smoke}: proves that an installed or packaged app starts. The process exits 0 once the wizard has been
 * drawn, and 1 when anything goes wrong before that: the launch throws, an exception escapes on any thread (the
 * FX thread's exceptions would otherwise only be printed), the wizard cannot be built, or it does not appear
 * within the limit. The log gets the time of the window's first frame and of the wizard's.
 */
final class SmokeRun {
    static final Duration TIME_LIMIT = Duration.ofSeconds(120);

    // Looked up when it first logs: logging starts after the window has been drawn, as in a run without --smoke.
    private static final Log LOG = Log.of(SmokeRun.class);
    private static final AtomicReference<SmokeRun> ACTIVE = new AtomicReference<>();

    private final Runnable stopUi;
    private final Runnable abort;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private volatile boolean frameShown;

    /** {@code stopUi} ends a good run; {@code abort} ends a failed one, whatever state the toolkit is in. */
    SmokeRun(Runnable stopUi, Runnable abort) {
        this.stopUi = stopUi;
        this.abort = abort;
    }

    /** Runs the GUI launch under watch and returns the exit code for the process. */
    static int run(Runnable launch) {
        // A failed toolkit start can leave Application.launch waiting forever, so a failure halts at once.
        SmokeRun smoke = new SmokeRun(Platform::exit, () -> Runtime.getRuntime().halt(1));
        return smoke.watch(launch, TIME_LIMIT);
    }

    int watch(Runnable launch, Duration limit) {
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> failed(e));
        ACTIVE.set(this);
        Timer watchdog = new Timer("smoke-watchdog", true);
        watchdog.schedule(new TimerTask() {
            @Override
            public void run() {
                if (!frameShown) {
                    LOG.error("Smoke run: no frame within " + limit.toSeconds() + " s.", null);
                    abort.run();
                }
            }
        }, limit.toMillis());
        try {
            launch.run();
        } catch (RuntimeException | Error e) {
            failed(e);
        } finally {
            watchdog.cancel();
            ACTIVE.compareAndSet(this, null);
            Thread.setDefaultUncaughtExceptionHandler(previous);
        }
        return exitCode();
    }

    int exitCode() {
        return frameShown && failure.get() == null ? 0 : 1;
    }

    void frameShown() {
        if (failure.get() == null) {
            frameShown = true;
            LOG.info("Smoke run: wizard shown " + sinceStart() + " ms after the process started (at " + epochMillis()
                    + ").");
        }
        stopUi.run();
    }

    void failed(Throwable e) {
        if (failure.compareAndSet(null, e)) {
            LOG.error("Smoke run: start-up failed.", e);
        }
        abort.run();
    }

    /** A failure the application caught and showed (the window cannot show the wizard) still fails the run. */
    static void fail(Throwable e) {
        SmokeRun smoke = ACTIVE.get();
        if (smoke != null) {
            smoke.failed(e);
        }
    }

    /**
     * Logs that the window's first frame (the wizard's skeleton) has been drawn: what start-up benchmarks compare
     * with a bare window. The run goes on until the wizard itself is shown.
     */
    static void logFirstFrame() {
        if (ACTIVE.get() != null) {
            LOG.info("Smoke run: first frame shown " + sinceStart() + " ms after the process started (at "
                    + epochMillis() + ").");
        }
    }

    /** Called by the application once the wizard is showing; ends the run after it has been drawn. */
    static void exitAfterFirstFrame(Stage stage) {
        SmokeRun smoke = ACTIVE.get();
        if (smoke != null) {
            FirstFrame.afterDrawn(stage, smoke::frameShown);
        }
    }

    /** The process's start is known to the second only (Linux counts from boot time in seconds): for people. */
    private static long sinceStart() {
        Instant started = ProcessHandle.current().info().startInstant().orElse(Instant.now());
        return Duration.between(started, Instant.now()).toMillis();
    }

    /** Benchmarks subtract the time they started the process from this (src/bench/startup.sh). */
    private static String epochMillis() {
        return Long.toString(System.currentTimeMillis());
    }
}
