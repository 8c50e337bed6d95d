package io.m365connect.sandbox;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A broken answer on the wire, for the next {@code times} requests whose path matches: what a throttling,
 * failing or misbehaving service (or a proxy in between) sends, as opposed to {@link PracticeFaults}, which change
 * the tenant. Tests use these to check that every such reply ends in a clear verdict.
 */
public record WireFault(Kind kind, Pattern path, int times, int status, int retryAfterSeconds) {
    public enum Kind {
        /** An error status with an Entra- or Graph-shaped JSON body (and Retry-After when set). */
        STATUS,
        /** 200 with a declared length the server never sends in full: the connection closes midway. */
        TRUNCATED,
        /** 200 with an HTML page where JSON belongs (a captive portal or a proxy's error page). */
        NOT_JSON,
        /** 200 with a body of {@link #HUGE_BYTES} that never ends sooner. */
        HUGE
    }

    public static final long HUGE_BYTES = 64L * 1024 * 1024;

    public WireFault {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(path, "path");
    }

    public static WireFault status(String pathRegex, int times, int status, int retryAfterSeconds) {
        return new WireFault(Kind.STATUS, Pattern.compile(pathRegex), times, status, retryAfterSeconds);
    }

    public static WireFault of(Kind kind, String pathRegex, int times) {
        return new WireFault(kind, Pattern.compile(pathRegex), times, 200, 0);
    }

    boolean matches(String requestPath) {
        return path.matcher(requestPath).find();
    }
}
