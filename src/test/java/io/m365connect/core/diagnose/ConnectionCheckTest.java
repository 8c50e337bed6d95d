package io.m365connect.core.diagnose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.m365connect.core.common.Cancellation;
import io.m365connect.core.common.Problem;
import io.m365connect.core.probe.FakeServices;
import io.m365connect.core.probe.Layer;
import io.m365connect.core.probe.ProbeResult;
import io.m365connect.core.probe.ProbeTarget;
import io.m365connect.core.probe.ProbeToken;
import io.m365connect.core.probe.TokenClaims;
import io.m365connect.core.recipe.ResourceApp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConnectionCheckTest {
    private static final String TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47";

    private static ConnectionCheck.TokenSource tokens(Set<String> roles) {
        return (resource, c) -> new TokenOutcome.Issued(resource, new ProbeToken("t",
                TokenClaims.appOnly(resource.id(), TENANT, "app", roles, Set.of())), 7);
    }

    @Test
    void rowsGoFromWaitingThroughRunningToDone() throws Exception {
        try (FakeServices service = new FakeServices().answer(200,
                "[{\"contentType\":\"Audit.General\",\"status\":\"enabled\"}]")) {
            ProbeTarget target = new ProbeTarget(service.cloud(), TENANT, "app", Optional.empty(), Optional.empty(),
                    FakeServices.trusting());
            ConnectionCheck check = new ConnectionCheck(TestRecipes.management(), target, new TestLinks());
            List<CheckRow> seen = new ArrayList<>();
            CheckReport report = check.run(tokens(Set.of("ActivityFeed.Read", "ServiceHealth.Read")), seen::add,
                    Cancellation.none());
            assertTrue(report.passed(), report.diagnosis().toString());
            assertEquals(List.of("Token for Office 365 Management APIs", "Permissions of Office 365 Management APIs",
                    "Office 365 Management Activity API"), report.rows().stream().map(CheckRow::title).toList());
            List<CheckRow.State> probeStates = seen.stream().filter(r -> r.kind() == CheckRow.Kind.PROBE)
                    .map(CheckRow::state).toList();
            assertEquals(List.of(CheckRow.State.WAITING, CheckRow.State.RUNNING, CheckRow.State.DONE), probeStates);
            assertEquals(1, service.requests());
        }
    }

    @Test
    void aRefusedTokenSkipsTheProbesThatNeedItAndIsTheFirstFinding() throws Exception {
        ProbeTarget target = new ProbeTarget(new FakeServices().cloud(), TENANT, "app", Optional.empty(),
                Optional.empty(), FakeServices.trusting());
        ConnectionCheck check = new ConnectionCheck(TestRecipes.management(), target, new TestLinks());
        CheckReport report = check.run((r, c) -> new TokenOutcome.Refused(r, Layer.CREDENTIAL,
                Problem.of("The client secret is wrong.", "Copy the secret's Value."), "AADSTS7000215", 4),
                row -> { }, Cancellation.none());
        assertFalse(report.passed());
        assertEquals(Layer.CREDENTIAL, report.diagnosis().first().orElseThrow().layer());
        CheckRow probe = report.rows().get(2);
        assertInstanceOf(ProbeResult.Skipped.class, probe.result().orElseThrow());
        assertEquals("Token for Office 365 Management APIs",
                report.findingFor(report.rows().get(0)).orElseThrow().check());
    }

    @Test
    void oneTokenIsFetchedPerResourceTheRecipeNeeds() {
        ProbeTarget target = new ProbeTarget(io.m365connect.core.tenant.CloudCatalog.loadBuiltIn().find("global")
                .orElseThrow(), TENANT, "app", Optional.empty(), Optional.empty(),
                io.m365connect.core.net.HttpSettings.defaults());
        ConnectionCheck check = new ConnectionCheck(TestRecipes.emailRopc(), target, new TestLinks());
        assertEquals(List.of(ResourceApp.GRAPH, ResourceApp.EXCHANGE), check.resources());
    }
}
