package io.m365connect.core.recipe;

import java.util.Objects;

/** Something the tenant must have beyond permissions and roles (e.g. the Exchange service principal). */
public record Prerequisite(String id, String title, String description) {
    public Prerequisite {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        description = description == null ? "" : description;
    }
}
