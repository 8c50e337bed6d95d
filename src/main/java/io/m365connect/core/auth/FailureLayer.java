package io.m365connect.core.auth;

import java.util.Locale;
import java.util.Optional;

/** Where a failed sign-in points: the part of the setup to look at first. */
public enum FailureLayer {
    TENANT, APP, CREDENTIAL, CONSENT, USER, REQUEST, NETWORK, TLS, PROXY, TIMEOUT, SERVICE;

    /** The lowercase spelling used in catalog/errors.json and in JSON output. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<FailureLayer> fromId(String id) {
        for (FailureLayer layer : values()) {
            if (layer.id().equals(id)) {
                return Optional.of(layer);
            }
        }
        return Optional.empty();
    }
}
