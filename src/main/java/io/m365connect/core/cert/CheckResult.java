package io.m365connect.core.cert;

import java.util.Objects;

/** One check on a certificate: which rule, its outcome, and a plain sentence about it. */
public record CheckResult(Rule rule, CheckStatus status, String message) {
    /** The rules Microsoft Entra ID (and a recipe) apply to an app's certificate. */
    public enum Rule { KEY_TYPE, KEY_SIZE, VALIDITY, PRIVATE_KEY, CHAIN_ORDER }

    public CheckResult {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(message, "message");
    }

    public String line() {
        return status.mark() + " " + message;
    }
}
