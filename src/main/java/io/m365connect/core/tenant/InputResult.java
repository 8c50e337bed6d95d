package io.m365connect.core.tenant;

import io.m365connect.core.common.Problem;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of reading one typed or pasted value: accepted (with the cleaned value and, if the value
 * was taken out of a link or cleaned up, a note saying so) or rejected with a problem for the person.
 */
public sealed interface InputResult<T> {

    record Accepted<T>(T value, Optional<String> note) implements InputResult<T> {
        public Accepted {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(note, "note");
        }
    }

    record Rejected<T>(Problem problem) implements InputResult<T> {
        public Rejected {
            Objects.requireNonNull(problem, "problem");
        }
    }

    static <T> InputResult<T> accepted(T value) {
        return new Accepted<>(value, Optional.empty());
    }

    static <T> InputResult<T> rejected(String summary, String fix, String... likelyCauses) {
        return new Rejected<>(Problem.of(summary, fix, likelyCauses));
    }

    default Optional<T> acceptedValue() {
        return this instanceof Accepted<T> a ? Optional.of(a.value()) : Optional.empty();
    }

    default Optional<Problem> rejection() {
        return this instanceof Rejected<T> r ? Optional.of(r.problem()) : Optional.empty();
    }

    default boolean isAccepted() {
        return this instanceof Accepted;
    }
}
