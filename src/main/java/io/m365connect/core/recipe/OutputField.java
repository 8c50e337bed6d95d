package io.m365connect.core.recipe;

import java.util.Objects;

/**
 * A field of the target system's form, in that form's own words ({@code label}), and where its value
 * comes from ({@code source}, e.g. {@code clientId}, {@code tenantId}, {@code certificatePem},
 * {@code literal:M365 Connect}). Secret-bearing fields are revealed only on demand.
 */
public record OutputField(String label, String source, boolean secret, boolean file, String hint) {
    public OutputField {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(source, "source");
        hint = hint == null ? "" : hint;
    }
}
