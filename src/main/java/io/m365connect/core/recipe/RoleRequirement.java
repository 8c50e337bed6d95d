package io.m365connect.core.recipe;

import java.util.Objects;

/** A directory role the recipe needs, with its template ID (the value in the token's {@code wids}) and holder. */
public record RoleRequirement(String name, String templateId, RoleHolder holder, boolean required, String why) {
    public RoleRequirement {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(templateId, "templateId");
        Objects.requireNonNull(holder, "holder");
        why = why == null ? "" : why;
    }
}
