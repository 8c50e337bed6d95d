package io.m365connect.core.net;

import io.m365connect.core.common.Cancellation;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * When to ask a Microsoft service once more: after a 5xx, or a 429 whose Retry-After is short — what Entra ID and
 * Graph ask clients to do. A longer Retry-After is honoured by not retrying; the person is told to wait instead of
 * the app waiting on their time. Sign-in and the connection probes both follow it.
 */
public final class Retries {
    /** Longest Retry-After we wait for before the one retry. */
    public static final Duration MAX_WAIT = Duration.ofSeconds(5);
    private static final Duration DEFAULT_WAIT = Duration.ofMillis(500);

    private Retries() {
    }

    /** How long to wait before the one retry of an answer with this status and Retry-After; empty: no retry. */
    public static Optional<Duration> waitBeforeRetry(int status, Optional<String> retryAfter) {
        if (status != 429 && status != 500 && status != 502 && status != 503 && status != 504) {
            return Optional.empty();
        }
        Duration wait = retryAfter.flatMap(Retries::parse)
                .orElse(status == 429 ? MAX_WAIT.plusSeconds(1) : DEFAULT_WAIT);
        return wait.compareTo(MAX_WAIT) <= 0 ? Optional.of(wait) : Optional.empty();
    }

    /** Waits, but ends at once on cancel (then throws {@link CancellationException}). */
    public static void pause(Duration wait, Cancellation cancellation) {
        CountDownLatch cancelled = new CountDownLatch(1);
        cancellation.onCancel(cancelled::countDown);
        try {
            cancelled.await(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        }
        cancellation.throwIfCancelled();
    }

    /** A Retry-After in seconds (the form Microsoft's services send); empty when it is not one. */
    public static Optional<Duration> parse(String value) {
        try {
            long s = Long.parseLong(value.trim());
            return s < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(s));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
