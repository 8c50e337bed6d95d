package io.m365connect.core.recipe;

import java.util.Objects;

/**
 * A permission a recipe asks for, resolved against the catalog: the GUID comes from
 * catalog/permissions.json, never from the recipe file.
 */
public record PermissionRequirement(
        ResourceApp resource,
        String name,
        PermissionType type,
        String id,
        boolean required,
        Privilege privilege,
        String why) {

    public PermissionRequirement {
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(privilege, "privilege");
        why = why == null ? "" : why;
    }
}
