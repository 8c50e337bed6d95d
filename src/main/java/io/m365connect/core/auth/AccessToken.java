package io.m365connect.core.auth;

import io.m365connect.core.common.ProblemException;
import io.m365connect.core.recipe.CredentialKind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An access token and what it says. The raw token is held privately and handed out only through
 * {@link #bearer()} (for calling an API) — never in {@link #toString()}, logs or reports.
 */
public final class AccessToken implements TokenResult {
    private final String raw;
    private final Optional<TokenClaims> claims;
    private final Instant expiresOn;
    private final List<String> grantedScopes;
    private final CredentialKind obtainedWith;

    private AccessToken(String raw, Optional<TokenClaims> claims, Instant expiresOn, List<String> grantedScopes,
                        CredentialKind obtainedWith) {
        this.raw = raw;
        this.claims = claims;
        this.expiresOn = expiresOn;
        this.grantedScopes = List.copyOf(grantedScopes);
        this.obtainedWith = obtainedWith;
    }

    /** Wraps a token issued by the server; the claims are decoded when the token is a JWT. */
    public static AccessToken of(String raw, Instant expiresOn, List<String> grantedScopes, CredentialKind kind) {
        Objects.requireNonNull(raw, "raw");
        Optional<TokenClaims> claims;
        try {
            claims = Optional.of(TokenClaims.decode(raw));
        } catch (ProblemException e) {
            claims = Optional.empty();
        }
        Instant expiry = expiresOn != null ? expiresOn
                : claims.flatMap(TokenClaims::expiresAt).orElse(Instant.now());
        return new AccessToken(raw, claims, expiry, grantedScopes == null ? List.of() : grantedScopes,
                Objects.requireNonNull(kind, "kind"));
    }

    /** The token for an {@code Authorization: Bearer} header or an XOAUTH2 string. */
    public String bearer() {
        return raw;
    }

    /** Empty when the token is not a readable JWT. */
    public Optional<TokenClaims> claims() {
        return claims;
    }

    public Instant expiresOn() {
        return expiresOn;
    }

    public Duration remaining(Instant now) {
        Duration d = Duration.between(now, expiresOn);
        return d.isNegative() ? Duration.ZERO : d;
    }

    /** The scopes the server said it granted ({@code scope} of the token response). */
    public List<String> grantedScopes() {
        return grantedScopes;
    }

    public CredentialKind obtainedWith() {
        return obtainedWith;
    }

    @Override
    public String toString() {
        return "AccessToken[audience=" + claims.map(TokenClaims::audience).orElse("?")
                + ", tenant=" + claims.map(TokenClaims::tenantId).orElse("?")
                + ", app=" + claims.map(TokenClaims::appId).orElse("?")
                + ", expiresOn=" + expiresOn + ", obtainedWith=" + obtainedWith.id() + ", token=redacted]";
    }
}
