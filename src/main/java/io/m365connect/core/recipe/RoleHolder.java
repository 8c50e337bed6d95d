package io.m365connect.core.recipe;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Who must hold a directory role: the app's service principal, a user, or a group of users. */
public enum RoleHolder {
    APP, USER, GROUP;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static RoleHolder fromId(String id) {
        return valueOf(id.trim().toUpperCase(Locale.ROOT));
    }
}
