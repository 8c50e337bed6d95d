package io.m365connect.core.handoff;

import static io.m365connect.core.handoff.HandoffFixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class HandoffLinksTest {

    @ParameterizedTest
    @CsvSource({"global,https://login.microsoftonline.com,https://entra.microsoft.com",
            "gcc,https://login.microsoftonline.com,https://entra.microsoft.com",
            "gcc-high,https://login.microsoftonline.us,https://entra.microsoft.us",
            "dod,https://login.microsoftonline.us,https://entra.microsoft.us",
            "china,https://login.partner.microsoftonline.cn,https://entra.microsoftonline.cn"})
    void consentAndPortalLinksUseTheCloudsHosts(String cloud, String authority, String portal) throws Exception {
        List<HandoffLinks.NamedLink> links = HandoffLinks.of(session("blink-exchange-online", cloud, certificate()));
        assertEquals(new HandoffLinks.NamedLink("Admin consent for every permission",
                authority + "/" + TENANT + "/adminconsent?client_id=" + CLIENT), links.get(0));
        assertTrue(links.contains(new HandoffLinks.NamedLink("Certificates & secrets", portal + "/" + TENANT
                + "/#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Credentials/appId/" + CLIENT)), links.toString());
        assertTrue(links.stream().anyMatch(l -> l.label().equals("Role: Exchange Administrator")
                && l.url().endsWith("/roleTemplateId/29232cdf-9323-42fd-ade2-1d097af3e4de")), links.toString());
    }

    @Test
    void withoutAClientIdThereAreNoLinks() {
        HandoffSession s = session("blink-microsoft-graph", "global", secret());
        HandoffSession noClient = new HandoffSession(s.recipe(), s.cloud(), s.tenantId(), "", Map.of(), null,
                s.credential(), List.of());
        assertEquals(List.of(), HandoffLinks.of(noClient));
    }

    @Test
    void linksTextHasOneLinkPerLine() {
        assertEquals("A\thttps://a\nB\thttps://b\n", HandoffLinks.text(List.of(new HandoffLinks.NamedLink("A", "https://a"),
                new HandoffLinks.NamedLink("B", "https://b"))));
    }
}
