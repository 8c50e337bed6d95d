package io.m365connect.core.auth;

/**
 * How the app proved itself when the token was issued: the token's {@code appidacr} (v1) or {@code azpacr} (v2)
 * claim — 0 public client, 1 client secret, 2 certificate.
 */
public enum ClientAuthMethod {
    PUBLIC_CLIENT, SECRET, CERTIFICATE, UNKNOWN;

    static ClientAuthMethod fromClaim(String value) {
        if (value == null) {
            return UNKNOWN;
        }
        return switch (value.trim()) {
            case "0" -> PUBLIC_CLIENT;
            case "1" -> SECRET;
            case "2" -> CERTIFICATE;
            default -> UNKNOWN;
        };
    }

    /** Plain words for the summary. */
    public String describe() {
        return switch (this) {
            case PUBLIC_CLIENT -> "no app credential (public client)";
            case SECRET -> "client secret";
            case CERTIFICATE -> "certificate";
            case UNKNOWN -> "not stated in the token";
        };
    }
}
