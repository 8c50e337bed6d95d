package io.m365connect.core.handoff;

import static io.m365connect.core.handoff.HandoffFixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SetupReportTest {
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T23:40:00Z"), ZoneOffset.UTC);

    private static CheckResults failedRun(HandoffSession s) {
        return new CheckResults(Optional.of(Instant.parse("2026-11-23T23:39:00Z")),
                CheckResults.checklistOf(s.recipe(), "granted"),
                List.of(new CheckResults.Check("Token for Office 365 Exchange Online", CheckResults.Outcome.PASSED,
                                "app-only, roles: Exchange.ManageAsApp", 412),
                        new CheckResults.Check("Exchange admin API <Get-Mailbox>", CheckResults.Outcome.FAILED,
                                "403 \"Forbidden\" & more", 188)),
                List.of(new CheckResults.Fix("Directory role", "Exchange admin API",
                        "The app's service principal does not hold Exchange Administrator.", List.of("role not assigned"),
                        "Assign Exchange Administrator to the enterprise application.",
                        List.of("New-ServicePrincipal -AppId <id>"), List.of("https://entra.microsoft.com/#x",
                                "javascript:alert(1)"))));
    }

    @Test
    void reportNamesRecipeCloudTenantAppAndCertificateByThumbprintAndExpiry() throws Exception {
        HandoffSession s = session("blink-exchange-online", "global", certificate());
        SetupReport r = SetupReport.of(s, failedRun(s), "1.2.3", clock);
        JsonNode json = new ObjectMapper().readTree(ReportJson.render(r));
        assertEquals("m365connect-report", json.get("format").asText());
        assertEquals("blink-exchange-online", json.at("/recipe/id").asText());
        assertEquals("global", json.at("/cloud/id").asText());
        assertEquals(TENANT, json.get("tenantId").asText());
        assertEquals(CLIENT, json.get("clientId").asText());
        assertEquals("certificate", json.at("/credential/kind").asText());
        assertEquals(SetupReport.sha1Thumbprint(certificate()), json.at("/credential/thumbprint").asText());
        assertTrue(json.at("/credential/thumbprint").asText().matches("[0-9A-F]{40}"));
        assertEquals(certificate().certificate().getNotAfter().toInstant().toString(),
                json.at("/credential/expires").asText());
        assertEquals("failed", json.at("/checks/1/result").asText());
        assertEquals(188, json.at("/checks/1/millis").asLong());
        assertEquals("Directory role", json.at("/fixes/0/layer").asText());
        assertFalse(json.get("allPassed").asBoolean());
        assertEquals("M365 Connect 1.2.3", json.get("tool").asText());
        assertEquals("2026-11-23T23:40:00Z", json.get("created").asText());
    }

    @Test
    void htmlEscapesEveryValueAndLinksOnlyWebAddresses() throws Exception {
        HandoffSession s = session("blink-exchange-online", "global", certificate());
        String html = ReportHtml.render(SetupReport.of(s, failedRun(s), "1.2.3", clock));
        assertTrue(html.contains("Exchange admin API &lt;Get-Mailbox&gt;"));
        assertTrue(html.contains("403 &quot;Forbidden&quot; &amp; more"));
        assertFalse(html.contains("<Get-Mailbox>"));
        assertTrue(html.contains("<a href=\"https://entra.microsoft.com/#x\">"));
        assertFalse(html.contains("href=\"javascript:"));
        assertTrue(html.contains("@media print"));
        assertTrue(html.contains("1 of 2 checks need attention"));
        assertFalse(html.contains("<script") || html.contains("src=\"http") || html.contains("<link"),
                "self-contained");
        assertTrue(html.contains("Made by M365 Connect 1.2.3 on 2026-11-23 23:40 UTC"));
    }

    @Test
    void reportsNeverHoldTheSecretThePasswordOrTheKey() throws Exception {
        HandoffCredential.Certificate cert = certificate();
        List<String> forbidden = List.of(SECRET, PFX_PASSWORD,
                Base64.getEncoder().encodeToString(cert.key().getEncoded()).substring(0, 40),
                Base64.getEncoder().encodeToString(SECRET.getBytes()), "PRIVATE KEY");
        for (HandoffSession s : List.of(session("blink-microsoft-graph", "global", secret()),
                session("iamcloud-exchange-online", "global", cert))) {
            SetupReport r = SetupReport.of(s, failedRun(s), "1.2.3", clock);
            for (String doc : List.of(ReportHtml.render(r), ReportJson.render(r), r.toString())) {
                forbidden.forEach(f -> assertFalse(doc.contains(f), "report holds " + f));
            }
        }
    }

    @Test
    void withoutACheckTheReportSaysNotCheckedAndListsTheChecklist() {
        HandoffSession s = session("blink-microsoft-graph", "global", secret());
        SetupReport r = SetupReport.of(s, CheckResults.notRun(s.recipe()), "1.2.3", clock);
        String html = ReportHtml.render(r);
        assertTrue(html.contains("Not checked yet"));
        assertTrue(html.contains("No connection check has run."));
        assertEquals(s.recipe().permissions().size(), r.results().checklist().size());
        assertFalse(r.allPassed());
        assertEquals(SECRET_EXPIRES, r.credential().expires().orElseThrow());
    }
}
