package io.m365connect.core.diagnose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.m365connect.core.common.Problem;
import io.m365connect.core.net.HttpSettings;
import io.m365connect.core.probe.Layer;
import io.m365connect.core.probe.ProbeKind;
import io.m365connect.core.probe.ProbeResult;
import io.m365connect.core.probe.ProbeTarget;
import io.m365connect.core.probe.ProbeToken;
import io.m365connect.core.probe.TokenClaims;
import io.m365connect.core.recipe.Recipe;
import io.m365connect.core.recipe.ResourceApp;
import io.m365connect.core.tenant.CloudCatalog;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DiagnoserTest {
    private static final String CLIENT = "0b1f2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

    private static ProbeTarget target(Optional<String> mailbox) {
        return new ProbeTarget(CloudCatalog.loadBuiltIn().find("global").orElseThrow(), "contoso.onmicrosoft.com",
                CLIENT, Optional.of("contoso.onmicrosoft.com"), mailbox, HttpSettings.defaults());
    }

    private static TokenOutcome issued(ResourceApp r, Set<String> roles, Set<String> wids) {
        return new TokenOutcome.Issued(r, new ProbeToken("t", TokenClaims.appOnly("aud", "tid", CLIENT, roles, wids)),
                5);
    }

    private static Diagnosis diagnose(Recipe recipe, Optional<String> mailbox, Map<ResourceApp, TokenOutcome> tokens,
                                      Map<ProbeKind, ProbeResult> probes) {
        Map<ResourceApp, TokenClaims> claims = new LinkedHashMap<>();
        tokens.forEach((r, t) -> {
            if (t instanceof TokenOutcome.Issued i) {
                claims.put(r, i.token().claims());
            }
        });
        boolean roleFailed = probes.values().stream()
                .anyMatch(p -> p instanceof ProbeResult.Failed f && f.layer() == Layer.DIRECTORY_ROLE);
        GrantReport grants = GrantCheck.check(recipe, claims).resolveRoles(roleFailed, false);
        return new Diagnoser(recipe, target(mailbox), new TestLinks()).diagnose(tokens, grants, probes);
    }

    private static ProbeResult.Failed failed(Layer layer) {
        return new ProbeResult.Failed(layer, Problem.of("x", "y"), "req", "reply", 1);
    }

    @Test
    void aTokenWithNoPermissionAtAllIsMissingConsentWithTheConsentLink() {
        Diagnosis d = diagnose(TestRecipes.management(), Optional.empty(),
                Map.of(ResourceApp.MANAGEMENT, issued(ResourceApp.MANAGEMENT, Set.of(), Set.of())), Map.of());
        Finding first = d.first().orElseThrow();
        assertEquals(Layer.CONSENT, first.layer());
        assertEquals("consent:management", first.links().get(0).url());
        assertTrue(first.problem().fix().contains("can take a few minutes"));
    }

    @Test
    void theEarliestLayerComesFirst() {
        Map<ProbeKind, ProbeResult> probes = new LinkedHashMap<>();
        probes.put(ProbeKind.MANAGEMENT_ACTIVITY, failed(Layer.SUBSCRIPTION));
        Map<ResourceApp, TokenOutcome> tokens = Map.of(ResourceApp.MANAGEMENT,
                issued(ResourceApp.MANAGEMENT, Set.of("ActivityFeed.Read"), Set.of()));
        Diagnosis d = diagnose(TestRecipes.management(), Optional.empty(), tokens, probes);
        assertEquals(Layer.PERMISSION, d.first().orElseThrow().layer());
        assertTrue(d.first().orElseThrow().problem().summary().contains("ServiceHealth.Read"));
        assertEquals(Layer.SUBSCRIPTION, d.findings().get(1).layer());
    }

    @Test
    void aRefusedTokenForACertificateNotUploadedPointsAtCertificatesAndSecrets() {
        Map<ResourceApp, TokenOutcome> tokens = Map.of(ResourceApp.EXCHANGE, new TokenOutcome.Refused(
                ResourceApp.EXCHANGE, Layer.CERTIFICATE, Problem.of("AADSTS700027", "upload"), "AADSTS700027", 3));
        Finding f = diagnose(TestRecipes.exchange(), Optional.empty(), tokens, Map.of()).first().orElseThrow();
        assertEquals(Layer.CERTIFICATE, f.layer());
        assertEquals("credentials", f.links().get(0).url());
    }

    @Test
    void aMissingExchangeRoleComesWithTheLinesToAssignIt() {
        Map<ResourceApp, TokenOutcome> tokens = Map.of(ResourceApp.EXCHANGE, issued(ResourceApp.EXCHANGE,
                Set.of("Exchange.ManageAsApp", "full_access_as_app"), Set.of(TokenClaims.APP_ONLY_WIDS_MARKER)));
        Diagnosis d = diagnose(TestRecipes.exchange(), Optional.empty(), tokens,
                Map.of(ProbeKind.EXCHANGE_ADMIN, failed(Layer.DIRECTORY_ROLE)));
        Finding f = d.first().orElseThrow();
        assertEquals(Layer.DIRECTORY_ROLE, f.layer());
        assertEquals(1, d.findings().size());
        assertTrue(f.linesToRun().get(2).contains("-RoleDefinitionId '29232cdf-9323-42fd-ade2-1d097af3e4de'"));
        assertEquals("role:29232cdf-9323-42fd-ade2-1d097af3e4de", f.links().get(0).url());
    }

    @Test
    void imapRefusedForAnAppWithTheRoleGetsTheExchangeScriptForTheMailbox() {
        Map<ResourceApp, TokenOutcome> tokens = Map.of(ResourceApp.EXCHANGE,
                issued(ResourceApp.EXCHANGE, Set.of("IMAP.AccessAsApp"), Set.of()));
        Finding f = diagnose(TestRecipes.emailRopc(), Optional.of("alice@contoso.com"), tokens,
                Map.of(ProbeKind.IMAP, failed(Layer.EXCHANGE_ACCESS))).findings().stream()
                .filter(x -> x.layer() == Layer.EXCHANGE_ACCESS).findFirst().orElseThrow();
        assertTrue(f.linesToRun().contains(
                "Add-MailboxPermission -Identity 'alice@contoso.com' -User $sp.Id -AccessRights FullAccess"));
        assertTrue(f.linesToRun().contains("New-ServicePrincipal -AppId '" + CLIENT
                + "' -ObjectId $sp.Id -DisplayName $sp.DisplayName"));
    }

    @Test
    void everythingGrantedAndPassedMeansNothingToFix() {
        Map<ResourceApp, TokenOutcome> tokens = Map.of(ResourceApp.MANAGEMENT,
                issued(ResourceApp.MANAGEMENT, Set.of("ActivityFeed.Read", "ServiceHealth.Read"), Set.of()));
        Diagnosis d = diagnose(TestRecipes.management(), Optional.empty(), tokens,
                Map.of(ProbeKind.MANAGEMENT_ACTIVITY, new ProbeResult.Passed("ok", 3)));
        assertTrue(d.allPassed());
    }
}
