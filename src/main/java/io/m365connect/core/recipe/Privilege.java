package io.m365connect.core.recipe;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Whether a permission is the least-privileged choice for its job or a broader one the guide asks for; a permission
 * a person chose for their own system is {@code CHOSEN}: only they know its job, so nobody can rank it for them.
 */
public enum Privilege {
    LEAST, HIGHER, CHOSEN;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Privilege fromId(String id) {
        return valueOf(id.trim().toUpperCase(Locale.ROOT));
    }
}
