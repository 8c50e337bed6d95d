package io.m365connect.app;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.Timer;
import java.util.TimerTask;
import java.util.concurrent.atomic.AtomicReference;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * {@code --smoke}: proves that an installed or packaged app starts. The process exits 0 once the first window
 * has been drawn, and 1 when anything goes wrong before that: the launch throws, an exception escapes on any
 * thread (the FX thread's exceptions would otherwise only be printed), or no frame appears within the limit.
 */
final class SmokeRun {
    /** Pulses to wait after the window is showing: the first renders the scene, the next ones wait for it. */
    static final int PULSES_AFTER_SHOWN = 3;
    static final Duration TIME_LIMIT = Duration.ofSeconds(120);

    private static final System.Logger LOG = System.getLogger(SmokeRun.class.getName());
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
                    LOG.log(Level.ERROR, "Smoke run: no frame within {0} s.", limit.toSeconds());
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
            Instant started = ProcessHandle.current().info().startInstant().orElse(Instant.now());
            LOG.log(Level.INFO, "Smoke run: first frame shown {0} ms after the process started.",
                    Duration.between(started, Instant.now()).toMillis());
        }
        stopUi.run();
    }

    void failed(Throwable e) {
        if (failure.compareAndSet(null, e)) {
            LOG.log(Level.ERROR, "Smoke run: start-up failed.", e);
        }
        abort.run();
    }

    /** Called by the application once its first window is showing; ends the run after it has been drawn. */
    static void exitAfterFirstFrame(Stage stage) {
        SmokeRun smoke = ACTIVE.get();
        if (smoke == null) {
            return;
        }
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (stage.isShowing() && ++pulses == PULSES_AFTER_SHOWN) {
                    stop();
                    smoke.frameShown();
                }
            }
        }.start();
    }
}
