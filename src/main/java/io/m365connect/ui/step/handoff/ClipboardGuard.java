package io.m365connect.ui.step.handoff;

import io.m365connect.ui.common.TextClipboard;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * Copies values to the clipboard and, for a secret, clears it after a while, but only if the clipboard still holds
 * that secret: something the person copied since is left alone. Only a digest of the secret is kept for the check.
 */
final class ClipboardGuard {
    static final Duration CLEAR_AFTER = Duration.ofSeconds(60);

    private final TextClipboard clipboard;
    private final Delay delay;
    private byte[] pendingDigest;
    private Runnable cancelPending = () -> { };

    ClipboardGuard(TextClipboard clipboard, Delay delay) {
        this.clipboard = Objects.requireNonNull(clipboard);
        this.delay = Objects.requireNonNull(delay);
    }

    void copy(String text) {
        forget();
        clipboard.put(text);
    }

    /** Copies a secret and remembers it, so {@link #clearLater()} can clear exactly it. */
    void copySecret(String secret) {
        copy(secret);
        pendingDigest = digest(secret);
    }

    /** Clears the clipboard after {@link #CLEAR_AFTER} if it still holds the last copied secret. */
    void clearLater() {
        byte[] expected = pendingDigest;
        if (expected == null) {
            return;
        }
        cancelPending.run();
        cancelPending = delay.after(CLEAR_AFTER, () -> {
            Optional<String> now = clipboard.text();
            if (now.isPresent() && MessageDigest.isEqual(expected, digest(now.get()))) {
                clipboard.clear();
            }
            if (pendingDigest == expected) {
                pendingDigest = null;
            }
        });
    }

    /** The person keeps the secret in the clipboard: nothing will be cleared. */
    void forget() {
        cancelPending.run();
        cancelPending = () -> { };
        if (pendingDigest != null) {
            Arrays.fill(pendingDigest, (byte) 0);
            pendingDigest = null;
        }
    }

    private static byte[] digest(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
