package io.m365connect.core.probe;

import java.util.Objects;

/** A bearer token for one resource and its decoded claims. {@link #toString()} never shows the token. */
public final class ProbeToken {
    private final String bearer;
    private final TokenClaims claims;

    public ProbeToken(String bearer, TokenClaims claims) {
        this.bearer = Objects.requireNonNull(bearer, "bearer");
        this.claims = Objects.requireNonNull(claims, "claims");
    }

    public String bearer() {
        return bearer;
    }

    public TokenClaims claims() {
        return claims;
    }

    @Override
    public String toString() {
        return "ProbeToken[aud=" + claims.audience() + ", tid=" + claims.tenantId() + ", token=redacted]";
    }
}
