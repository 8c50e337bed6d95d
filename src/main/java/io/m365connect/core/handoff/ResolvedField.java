package io.m365connect.core.handoff;

import io.m365connect.core.recipe.OutputField;
import java.util.Objects;
import java.util.Optional;

/** One of the target form's fields with its value; secret values stay hidden until {@link #reveal()}. */
public record ResolvedField(OutputField field, OutputValue value) {
    /** What is shown in place of a hidden value. */
    public static final String MASK = "••••••••";

    public ResolvedField {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(value, "value");
    }

    public String label() {
        return field.label();
    }

    public boolean hidden() {
        return value instanceof OutputValue.Hidden;
    }

    public boolean missing() {
        return value instanceof OutputValue.Missing;
    }

    /** Safe to show, log or save: hidden values masked, files by name, a missing value by its reason. */
    public String shown() {
        if (value instanceof OutputValue.Text t) {
            return t.value();
        }
        if (value instanceof OutputValue.Files f) {
            return String.join(", ", f.names());
        }
        if (value instanceof OutputValue.Missing m) {
            return m.problem().summary();
        }
        return MASK;
    }

    /** The value to paste into the target's form; a hidden one in clear. Empty when there is no value. */
    public Optional<String> reveal() {
        if (value instanceof OutputValue.Hidden h) {
            return Optional.of(h.value().reveal(s -> s));
        }
        return missing() ? Optional.empty() : Optional.of(shown());
    }

    @Override
    public String toString() {
        return "ResolvedField[" + label() + "=" + shown() + "]";
    }
}
