package io.m365connect.core.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.m365connect.core.recipe.CredentialKind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AccessTokenTest {

    @Test
    void toStringNeverShowsTheToken() {
        String jwt = TestJwts.jwt(Map.of("aud", "https://graph.microsoft.com", "tid", "t1", "appid", "a1"));
        AccessToken token = AccessToken.of(jwt, Instant.parse("2030-01-01T00:00:00Z"), List.of(), CredentialKind.SECRET);

        assertFalse(token.toString().contains(jwt.split("\\.")[1]));
        assertTrue(token.toString().contains("token=redacted"));
        assertEquals(jwt, token.bearer());
    }

    @Test
    void opaqueTokenHasNoClaimsButKeepsExpiry() {
        Instant expiry = Instant.parse("2030-01-01T00:00:00Z");
        AccessToken token = AccessToken.of("opaque", expiry, List.of("User.Read"), CredentialKind.INTERACTIVE);

        assertTrue(token.claims().isEmpty());
        assertEquals(expiry, token.expiresOn());
        assertEquals(Duration.ofHours(1), token.remaining(expiry.minus(Duration.ofHours(1))));
        assertEquals(Duration.ZERO, token.remaining(expiry.plusSeconds(1)));
    }

    @Test
    void expiryFallsBackToTheExpClaim() {
        String jwt = TestJwts.jwt(Map.of("exp", 1_900_000_000L));
        assertEquals(Instant.ofEpochSecond(1_900_000_000L),
                AccessToken.of(jwt, null, List.of(), CredentialKind.SECRET).expiresOn());
    }
}
