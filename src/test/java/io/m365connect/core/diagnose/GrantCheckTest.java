package io.m365connect.core.diagnose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.m365connect.core.probe.TokenClaims;
import io.m365connect.core.recipe.ResourceApp;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GrantCheckTest {

    private static TokenClaims app(Set<String> roles, Set<String> wids) {
        return TokenClaims.appOnly("aud", "tid", "client", roles, wids);
    }

    private static GrantLine line(GrantReport r, String name) {
        return r.lines().stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void applicationPermissionsAreReadFromRoles() {
        GrantReport r = GrantCheck.check(TestRecipes.management(),
                Map.of(ResourceApp.MANAGEMENT, app(Set.of("ActivityFeed.Read"), Set.of())));
        assertEquals(GrantStatus.GRANTED, line(r, "ActivityFeed.Read").status());
        assertEquals(GrantStatus.MISSING, line(r, "ServiceHealth.Read").status());
        assertEquals(1, r.missing().size());
        assertEquals(GrantStatus.MISSING, line(r, "ActivityFeed.ReadDlp").status());
        assertTrue(!line(r, "ActivityFeed.ReadDlp").required());
    }

    @Test
    void anOptionalHigherPermissionIsFlaggedWithTheLeastPrivilegedChoice() {
        GrantReport r = GrantCheck.check(TestRecipes.management(), Map.of(ResourceApp.MANAGEMENT,
                app(Set.of("ActivityFeed.Read", "ServiceHealth.Read", "ActivityFeed.ReadDlp"), Set.of())));
        GrantLine dlp = line(r, "ActivityFeed.ReadDlp");
        assertEquals(GrantStatus.MORE_THAN_NEEDED, dlp.status());
        assertTrue(line(r, "ServiceHealth.Read").note().contains("retired"));
        assertTrue(dlp.note().contains("least-privileged choice: ActivityFeed.Read, ServiceHealth.Read"), dlp.note());
    }

    @Test
    void aGrantTheRecipeDoesNotNeedIsMoreThanNeeded() {
        GrantReport r = GrantCheck.check(TestRecipes.exchange(), Map.of(ResourceApp.EXCHANGE,
                app(Set.of("Exchange.ManageAsApp", "full_access_as_app", "Mail.ReadWrite"), Set.of())));
        assertEquals(1, r.extras().size());
        GrantLine extra = r.extras().get(0);
        assertEquals("Mail.ReadWrite", extra.name());
        assertEquals(GrantStatus.MORE_THAN_NEEDED, extra.status());
        assertTrue(extra.note().contains("least-privileged choice: Exchange.ManageAsApp"), extra.note());
    }

    @Test
    void theAppsDirectoryRoleIsReadFromWids() {
        GrantReport r = GrantCheck.check(TestRecipes.exchange(), Map.of(ResourceApp.EXCHANGE,
                app(Set.of("Exchange.ManageAsApp"), Set.of(TestRecipes.EXCHANGE_ADMIN,
                        TokenClaims.APP_ONLY_WIDS_MARKER))));
        assertEquals(GrantStatus.GRANTED, line(r, "Exchange Administrator").status());
    }

    @Test
    void aRoleNotInTheTokenIsMissingOnlyWhenTheProbeThatNeedsItFails() {
        GrantReport r = GrantCheck.check(TestRecipes.exchange(), Map.of(ResourceApp.EXCHANGE,
                app(Set.of("Exchange.ManageAsApp"), Set.of(TokenClaims.APP_ONLY_WIDS_MARKER))));
        assertEquals(GrantStatus.NOT_SEEN, line(r, "Exchange Administrator").status());
        assertEquals(GrantStatus.MISSING,
                line(r.resolveRoles(true, false), "Exchange Administrator").status());
        assertEquals(GrantStatus.GRANTED,
                line(r.resolveRoles(false, true), "Exchange Administrator").status());
        assertEquals(GrantStatus.MANUAL,
                line(r.resolveRoles(false, false), "Exchange Administrator").status());
    }

    @Test
    void aRoleHeldByAGroupIsAManualCheckNeverMissing() {
        GrantReport r = GrantCheck.check(TestRecipes.exchange(), Map.of(ResourceApp.EXCHANGE,
                app(Set.of(), Set.of())));
        GrantLine compliance = line(r.resolveRoles(true, false), "Compliance Administrator");
        assertEquals(GrantStatus.MANUAL, compliance.status());
        assertTrue(compliance.note().contains("PIM-eligible"));
    }

    @Test
    void delegatedPermissionsSeenFromAnAppOnlyTokenAreManual() {
        GrantReport r = GrantCheck.check(TestRecipes.emailRopc(), Map.of(ResourceApp.EXCHANGE,
                app(Set.of("IMAP.AccessAsApp"), Set.of())));
        assertEquals(GrantStatus.MANUAL, line(r, "IMAP.AccessAsUser.All").status());
        assertEquals(GrantStatus.GRANTED, line(r, "IMAP.AccessAsApp").status());
        assertEquals(GrantStatus.NOT_CHECKED, line(r, "offline_access").status());
    }

    @Test
    void delegatedPermissionsAreReadFromScp() {
        GrantReport r = GrantCheck.check(TestRecipes.emailRopc(), Map.of(
                ResourceApp.EXCHANGE, TokenClaims.delegated("aud", "tid", "c", "alice@contoso.test",
                        TokenClaims.splitScopes("SMTP.Send User.Read")),
                ResourceApp.GRAPH, TokenClaims.delegated("aud", "tid", "c", "alice@contoso.test",
                        TokenClaims.splitScopes("openid profile User.Read"))));
        assertEquals(GrantStatus.MISSING, line(r, "IMAP.AccessAsUser.All").status());
        assertEquals(GrantStatus.GRANTED, line(r, "SMTP.Send").status());
        assertEquals(GrantStatus.MANUAL, line(r, "offline_access").status());
        assertEquals(GrantStatus.MANUAL, line(r, "IMAP.AccessAsApp").status());
    }
}
