package io.m365connect.core.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.m365connect.core.common.ProblemException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TokenClaimsTest {

    @Test
    void appOnlyV1TokenWithCertificateShowsRolesAndCertificate() throws Exception {
        String jwt = TestJwts.jwt(Map.of("aud", "https://manage.office.com", "ver", "1.0",
                "tid", "41463f53-8812-40f4-890f-865bf6e35190", "appid", "a6099727-6b7b-482c-b509-1df309acc563",
                "appidacr", "2", "roles", List.of("ServiceHealth.Read", "ActivityFeed.Read"),
                "oid", "67cb0334-e242-4783-8028-0f39132fb5ad", "exp", 1_900_000_000L,
                "wids", List.of("f2ef992c-3afb-46b9-b7cf-a126ee74c451")));

        TokenClaims c = TokenClaims.decode(jwt);

        assertEquals("https://manage.office.com", c.audience());
        assertEquals("41463f53-8812-40f4-890f-865bf6e35190", c.tenantId());
        assertEquals("a6099727-6b7b-482c-b509-1df309acc563", c.appId());
        assertEquals(List.of("ServiceHealth.Read", "ActivityFeed.Read"), c.roles());
        assertEquals(List.of("f2ef992c-3afb-46b9-b7cf-a126ee74c451"), c.directoryRoleIds());
        assertEquals(ClientAuthMethod.CERTIFICATE, c.clientAuth());
        assertEquals(Optional.of(Instant.ofEpochSecond(1_900_000_000L)), c.expiresAt());
        assertTrue(c.isAppOnly());
    }

    @Test
    void delegatedV2TokenShowsUserScopesAndSecret() throws Exception {
        String jwt = TestJwts.jwt(Map.of("aud", "00000003-0000-0000-c000-000000000000", "ver", "2.0",
                "tid", "t", "azp", "app-2", "azpacr", "1", "scp", "User.Read  Mail.Read",
                "preferred_username", "adele@contoso.com"));

        TokenClaims c = TokenClaims.decode(jwt);

        assertEquals("app-2", c.appId());
        assertEquals(List.of("User.Read", "Mail.Read"), c.scopes());
        assertEquals(Optional.of("adele@contoso.com"), c.user());
        assertEquals(ClientAuthMethod.SECRET, c.clientAuth());
        assertFalse(c.isAppOnly());
    }

    @Test
    void upnWinsOverPreferredUsernameAndUniqueName() throws Exception {
        TokenClaims c = TokenClaims.decode(TestJwts.jwt(Map.of("upn", "a@x.com", "preferred_username", "b@x.com",
                "unique_name", "c@x.com", "appidacr", "0")));

        assertEquals(Optional.of("a@x.com"), c.user());
        assertEquals(ClientAuthMethod.PUBLIC_CLIENT, c.clientAuth());
    }

    @Test
    void uniqueNameIsTheLastResortForTheUser() throws Exception {
        assertEquals(Optional.of("c@x.com"), TokenClaims.decode(TestJwts.jwt(Map.of("unique_name", "c@x.com"))).user());
    }

    @Test
    void notAJwtIsExplained() {
        ProblemException e = assertThrows(ProblemException.class, () -> TokenClaims.decode("EwBwA8l6BAAU"));
        assertEquals("The access token could not be read: it does not have the three parts of a JWT.",
                e.problem().summary());
    }

    @Test
    void garbagePayloadIsExplained() {
        ProblemException e = assertThrows(ProblemException.class, () -> TokenClaims.decode("a.%%%.c"));
        assertEquals("The access token could not be read: its middle part is not base64url-encoded JSON.",
                e.problem().summary());
    }
}
