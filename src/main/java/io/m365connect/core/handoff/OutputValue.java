package io.m365connect.core.handoff;

import io.m365connect.core.common.Problem;
import io.m365connect.core.common.Secret;
import java.util.List;
import java.util.Objects;

/** The value of one output field: plain text, a secret shown only on demand, files to save, or why there is none. */
public sealed interface OutputValue {

    record Text(String value) implements OutputValue {
        public Text {
            Objects.requireNonNull(value, "value");
        }
    }

    /** A client secret, password or private key: masked until revealed. */
    record Hidden(Secret value) implements OutputValue {
        public Hidden {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String toString() {
            return "Hidden[redacted]";
        }
    }

    /** The field is a file (or files) that "Save files…" writes; the names are what the target is given. */
    record Files(List<String> names) implements OutputValue {
        public Files {
            names = List.copyOf(names);
        }
    }

    /** No value can be given (the cloud lacks the service, an input was not entered); the problem says why. */
    record Missing(Problem problem) implements OutputValue {
        public Missing {
            Objects.requireNonNull(problem, "problem");
        }
    }
}
