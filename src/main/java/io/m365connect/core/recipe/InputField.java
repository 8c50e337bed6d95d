package io.m365connect.core.recipe;

import java.util.Objects;

/**
 * An input the recipe needs beyond tenant and client ID (e.g. the Organization domain, a username).
 * {@code kind} tells the wizard how to validate it.
 */
public record InputField(String id, String label, InputKind kind, boolean required, String hint) {
    public InputField {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind");
        hint = hint == null ? "" : hint;
    }
}
