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

    /** The type a credential's token carries: application for an app running alone, delegated for a person's sign-in. */
    public static PermissionType forCredential(CredentialKind kind) {
        return kind == null || kind.isAppOnly() ? APPLICATION : DELEGATED;
    }

    public PermissionType other() {
        return this == APPLICATION ? DELEGATED : APPLICATION;
    }

    /** The {@code requiredResourceAccess} type: Role for application, Scope for delegated. */
    public String manifestType() {
        return this == APPLICATION ? "Role" : "Scope";
    }
}
