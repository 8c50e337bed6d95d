package io.m365connect.core.probe;

import io.m365connect.core.auth.AccessToken;
import java.util.Objects;

/** A bearer token for one resource and its decoded claims. {@link #toString()} never shows the token. */
public final class ProbeToken {
    private final String bearer;
    private final TokenClaims claims;

    public ProbeToken(String bearer, TokenClaims claims) {
        this.bearer = Objects.requireNonNull(bearer, "bearer");
        this.claims = Objects.requireNonNull(claims, "claims");
    }

    /** The claims the checks read, from a token the token service issued (empty claims if it is not a JWT). */
    public static ProbeToken of(AccessToken token) {
        TokenClaims claims = token.claims().map(c -> new TokenClaims(c.audience(), c.tenantId(), c.appId(),
                java.util.Set.copyOf(c.roles()), java.util.Set.copyOf(c.scopes()),
                java.util.Set.copyOf(c.directoryRoleIds()), c.user(), java.util.Optional.of(c.clientAuth().name())))
                .orElseGet(() -> TokenClaims.appOnly("", "", "", java.util.Set.of(), java.util.Set.of()));
        return new ProbeToken(token.bearer(), claims);
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
