package io.m365connect.core.recipe;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Whether a permission is the least-privileged choice for its job or a broader one the guide asks for. */
public enum Privilege {
    LEAST, HIGHER;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Privilege fromId(String id) {
        return valueOf(id.trim().toUpperCase(Locale.ROOT));
    }
}
