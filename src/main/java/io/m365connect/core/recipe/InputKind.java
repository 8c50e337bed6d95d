package io.m365connect.core.recipe;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How an input is checked: free text, the tenant's initial domain, a user principal name, an email address. */
public enum InputKind {
    TEXT, INITIAL_DOMAIN, UPN, EMAIL;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @JsonCreator
    public static InputKind fromId(String id) {
        for (InputKind k : values()) {
            if (k.id().equals(id)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown input kind '" + id + "'");
    }
}
