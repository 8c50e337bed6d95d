package io.m365connect.core.handoff;

import static io.m365connect.core.handoff.HandoffFixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class FieldsJsonTest {
    private static JsonNode render(HandoffSession s, boolean includeSecrets) throws Exception {
        return new ObjectMapper().readTree(FieldsJson.render(s, OutputFields.resolve(s), includeSecrets));
    }

    @Test
    void secretFieldsAreWithheldUnlessAskedFor() throws Exception {
        HandoffSession s = session("blink-o365-management-activity", "global", secret());
        JsonNode plain = render(s, false);
        assertFalse(plain.get("fields").has("Client Secret"));
        assertEquals("Client Secret", plain.at("/withheld/0").asText());
        assertFalse(plain.toString().contains(SECRET));
        JsonNode full = render(s, true);
        assertEquals(SECRET, full.at("/fields/Client Secret").asText());
        assertEquals(0, full.get("withheld").size());
    }

    @Test
    void fieldsKeepTheFormsOrderAndWords() throws Exception {
        JsonNode doc = render(session("blink-microsoft-graph", "global", secret()), true);
        assertEquals("[\"Client ID\",\"Client Secret\",\"Tenant ID\"]",
                new ObjectMapper().writeValueAsString(doc.get("fields").properties().stream().map(e -> e.getKey()).toList()));
        assertEquals("m365connect-fields", doc.get("format").asText());
        assertEquals(1, doc.get("version").asInt());
    }

    @Test
    void aFieldWithoutValueIsListedWithTheReason() throws Exception {
        JsonNode doc = render(session("blink-o365-management-activity", "china", secret()), false);
        assertFalse(doc.get("fields").has("API Address"));
        assertTrue(doc.at("/unavailable/API Address").asText().startsWith("China (operated by 21Vianet) has no "
                + "Office 365 Management Activity API"));
    }

    @Test
    void includedSecretsMakeFieldsJsonAnOwnerOnlyFile() throws Exception {
        HandoffSession s = session("blink-microsoft-graph", "global", secret());
        HandoffPackage pkg = new HandoffPackage(new CredentialFiles(CertificatePfx.encoder()));
        SetupReport r = SetupReport.of(s, CheckResults.notRun(s.recipe()), "t", java.time.Clock.systemUTC());
        assertTrue(pkg.build(s, r, java.util.List.of(), true).get(0).isPrivate());
        assertFalse(pkg.build(s, r, java.util.List.of(), false).get(0).isPrivate());
    }
}
