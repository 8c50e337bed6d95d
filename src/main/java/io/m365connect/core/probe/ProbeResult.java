package io.m365connect.core.probe;

import io.m365connect.core.common.Problem;
import java.util.Objects;

/** What one check found: it passed, it failed at a layer (with the request made and the reply), or it did not run. */
public sealed interface ProbeResult {

    /** Time the check took in milliseconds; 0 for a check that did not run. */
    long millis();

    default boolean passed() {
        return this instanceof Passed;
    }

    record Passed(String detail, long millis) implements ProbeResult {
        public Passed {
            Objects.requireNonNull(detail, "detail");
        }
    }

    /**
     * {@code request} and {@code reply} are what went over the wire, with the bearer token and any password
     * already removed, so they can be shown, copied and put into a support ticket.
     */
    record Failed(Layer layer, Problem problem, String request, String reply, long millis) implements ProbeResult {
        public Failed {
            Objects.requireNonNull(layer, "layer");
            Objects.requireNonNull(problem, "problem");
            request = request == null ? "" : request;
            reply = reply == null ? "" : reply;
        }
    }

    record Skipped(String why) implements ProbeResult {
        public Skipped {
            Objects.requireNonNull(why, "why");
        }

        @Override
        public long millis() {
            return 0;
        }
    }
}
