package io.m365connect.core.diagnose;

import io.m365connect.core.probe.ProbeResult;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of a connection check as a person sees it: the token of a resource, the permissions of a resource,
 * a directory role, or a probe — waiting, running, or done with its result.
 */
public record CheckRow(String id, Kind kind, String title, State state, Optional<ProbeResult> result) {

    public enum Kind { TOKEN, PERMISSIONS, ROLE, PROBE }

    public enum State { WAITING, RUNNING, DONE }

    public CheckRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(state, "state");
        result = result == null ? Optional.empty() : result;
    }

    public static CheckRow waiting(String id, Kind kind, String title) {
        return new CheckRow(id, kind, title, State.WAITING, Optional.empty());
    }

    public CheckRow running() {
        return new CheckRow(id, kind, title, State.RUNNING, Optional.empty());
    }

    public CheckRow done(ProbeResult r) {
        return new CheckRow(id, kind, title, State.DONE, Optional.of(r));
    }
}
