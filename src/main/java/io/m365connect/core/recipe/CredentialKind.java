package io.m365connect.core.recipe;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How the app proves who it is, as a recipe allows it. */
public enum CredentialKind {
    SECRET, CERTIFICATE, INTERACTIVE, DEVICE_CODE, ROPC;

    /** JSON/CLI spelling: {@code secret}, {@code certificate}, {@code interactive}, {@code device-code}, {@code ropc}. */
    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @JsonCreator
    public static CredentialKind fromId(String id) {
        for (CredentialKind k : values()) {
            if (k.id().equals(id)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown credential kind '" + id + "'");
    }

    /** App-only kinds carry application permissions in {@code roles}; the others sign a user in. */
    public boolean isAppOnly() {
        return this == SECRET || this == CERTIFICATE;
    }
}
