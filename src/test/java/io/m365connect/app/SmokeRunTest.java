package io.m365connect.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SmokeRunTest {
    private final AtomicInteger uiStops = new AtomicInteger();
    private final AtomicInteger aborts = new AtomicInteger();
    private final CountDownLatch timedOut = new CountDownLatch(1);
    private final SmokeRun smoke = new SmokeRun(uiStops::incrementAndGet, () -> {
        aborts.incrementAndGet();
        timedOut.countDown();
    });

    @Test
    void firstFrameShownWithoutErrorExitsZeroAndStopsTheUi() {
        int code = smoke.watch(smoke::frameShown, Duration.ofSeconds(30));

        assertEquals(0, code);
        assertEquals(1, uiStops.get());
        assertEquals(0, aborts.get());
    }

    @Test
    void launchThatThrowsExitsOne() {
        int code = smoke.watch(() -> {
            throw new IllegalStateException("Unable to load glass GTK library");
        }, Duration.ofSeconds(30));

        assertEquals(1, code);
        assertEquals(1, aborts.get(), "a launch that throws may leave the toolkit half started: abort");
    }

    @Test
    void launchThatEndsWithoutAFrameExitsOne() {
        assertEquals(1, smoke.watch(() -> { }, Duration.ofSeconds(30)));
    }

    @Test
    void exceptionEscapingAThreadBeforeTheFrameExitsOne() {
        int code = smoke.watch(() -> {
            // What the JVM does with an exception no code catches, e.g. on the FX application thread.
            Thread.getDefaultUncaughtExceptionHandler()
                    .uncaughtException(Thread.currentThread(), new IllegalStateException("broken scene"));
            smoke.frameShown();
        }, Duration.ofSeconds(30));

        assertEquals(1, code);
        assertEquals(1, aborts.get(), "the run is aborted as soon as the failure is seen");
    }

    @Test
    void aStartFailureTheWindowShowsStillFailsTheRun() {
        int code = smoke.watch(() -> {
            SmokeRun.fail(new IllegalStateException("catalog/clouds.json: line 3: unknown property"));
            smoke.frameShown();
        }, Duration.ofSeconds(30));

        assertEquals(1, code);
        assertEquals(1, aborts.get());
    }

    @Test
    void noFrameWithinTheLimitTriggersTheTimeout() throws Exception {
        int code = smoke.watch(() -> {
            try {
                assertTrue(timedOut.await(10, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, Duration.ofMillis(50));

        assertEquals(1, code);
        assertEquals(0, timedOut.getCount());
    }

    @Test
    void watchRestoresTheDefaultExceptionHandler() {
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();

        smoke.watch(smoke::frameShown, Duration.ofSeconds(30));

        assertSame(before, Thread.getDefaultUncaughtExceptionHandler());
    }
}
