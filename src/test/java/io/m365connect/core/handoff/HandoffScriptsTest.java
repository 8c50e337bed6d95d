package io.m365connect.core.handoff;

import static io.m365connect.core.handoff.HandoffFixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HandoffScriptsTest {
    @Test
    void exchangeGetsTheManifestTheAzCommandsAndTheRoleAssignment() throws Exception {
        List<HandoffPackage.Script> scripts = HandoffScripts.of(session("blink-exchange-online", "global",
                certificate()), RECIPES.permissions());
        assertEquals(List.of(HandoffScripts.MANIFEST, HandoffScripts.AZ_PERMISSIONS, HandoffScripts.ROLES),
                scripts.stream().map(HandoffPackage.Script::fileName).toList());
        assertTrue(scripts.get(0).text().contains("\"dc50a0fb-09a3-484d-be87-e023b12c6440\""), "Exchange.ManageAsApp");
        assertTrue(scripts.get(2).text().contains("-RoleDefinitionId '29232cdf-9323-42fd-ade2-1d097af3e4de'"),
                scripts.get(2).text());
        assertTrue(scripts.get(2).text().contains("appId eq '" + CLIENT + "'"));
    }

    @Test
    void withoutAClientIdOnlyTheManifestIsGiven() {
        HandoffSession s = session("blink-microsoft-graph", "global", secret());
        HandoffSession noClient = new HandoffSession(s.recipe(), s.cloud(), s.tenantId(), "", Map.of(), null,
                s.credential(), List.of());
        assertEquals(List.of(HandoffScripts.MANIFEST), HandoffScripts.of(noClient, RECIPES.permissions()).stream()
                .map(HandoffPackage.Script::fileName).toList());
    }
}
