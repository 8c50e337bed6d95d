package io.m365connect.core.common;

import java.util.List;
import java.util.Objects;

/**
 * What a person is told when something cannot go on: what happened, the likely causes, and what to do.
 * Never carries a secret; the message texts are plain sentences, not stack traces.
 */
public record Problem(String summary, List<String> likelyCauses, String fix) {
    public Problem {
        Objects.requireNonNull(summary, "summary");
        likelyCauses = List.copyOf(likelyCauses == null ? List.of() : likelyCauses);
        fix = fix == null ? "" : fix;
    }

    public static Problem of(String summary, String fix, String... likelyCauses) {
        return new Problem(summary, List.of(likelyCauses), fix);
    }

    /** One line for a terminal: what, likely cause, what to do. */
    public String oneLine() {
        StringBuilder b = new StringBuilder(summary);
        if (!likelyCauses.isEmpty()) {
            b.append(" Likely cause: ").append(String.join("; ", likelyCauses)).append('.');
        }
        if (!fix.isBlank()) {
            b.append(" What to do: ").append(fix);
        }
        return b.toString();
    }
}
