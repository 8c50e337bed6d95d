package io.m365connect.core.diagnose;

import io.m365connect.core.recipe.PermissionRequirement;
import io.m365connect.core.recipe.RoleRequirement;
import java.util.Objects;
import java.util.Optional;

/** One row of the grant check: a recipe permission, a recipe role, or a grant the recipe does not need. */
public record GrantLine(
        Optional<PermissionRequirement> permission,
        Optional<RoleRequirement> role,
        String name,
        String resource,
        boolean required,
        GrantStatus status,
        String note) {

    public GrantLine {
        permission = permission == null ? Optional.empty() : permission;
        role = role == null ? Optional.empty() : role;
        Objects.requireNonNull(name, "name");
        resource = resource == null ? "" : resource;
        Objects.requireNonNull(status, "status");
        note = note == null ? "" : note;
    }

    public static GrantLine of(PermissionRequirement p, GrantStatus status, String note) {
        return new GrantLine(Optional.of(p), Optional.empty(), p.name(), p.resource().displayName(), p.required(),
                status, note);
    }

    public static GrantLine of(RoleRequirement r, GrantStatus status, String note) {
        return new GrantLine(Optional.empty(), Optional.of(r), r.name(), "Directory role", r.required(), status, note);
    }

    public static GrantLine extra(String name, String resource, String note) {
        return new GrantLine(Optional.empty(), Optional.empty(), name, resource, false,
                GrantStatus.MORE_THAN_NEEDED, note);
    }

    public GrantLine withStatus(GrantStatus newStatus, String newNote) {
        return new GrantLine(permission, role, name, resource, required, newStatus, newNote);
    }

    public boolean isRole() {
        return role.isPresent();
    }
}
