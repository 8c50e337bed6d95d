package io.m365connect.core.recipe;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Application permission (appRole, token {@code roles}) or delegated permission (scope, token {@code scp}). */
public enum PermissionType {
    APPLICATION, DELEGATED;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static PermissionType fromId(String id) {
        return valueOf(id.trim().toUpperCase(Locale.ROOT));
    }

    /** The {@code requiredResourceAccess} type: Role for application, Scope for delegated. */
    public String manifestType() {
        return this == APPLICATION ? "Role" : "Scope";
    }
}
