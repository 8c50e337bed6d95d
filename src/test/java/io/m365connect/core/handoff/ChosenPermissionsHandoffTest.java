package io.m365connect.core.handoff;

import static io.m365connect.core.handoff.HandoffFixtures.CLIENT;
import static io.m365connect.core.handoff.HandoffFixtures.RECIPES;
import static io.m365connect.core.handoff.HandoffFixtures.TENANT;
import static io.m365connect.core.handoff.HandoffFixtures.cloud;
import static io.m365connect.core.handoff.HandoffFixtures.secret;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.m365connect.core.recipe.ChosenPermission;
import io.m365connect.core.recipe.PermissionType;
import io.m365connect.core.recipe.Recipe;
import io.m365connect.core.recipe.ResourceApp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The generic Graph recipe with chosen permissions: consent links, fields and the report follow the choice. */
class ChosenPermissionsHandoffTest {
    private static final ChosenPermission USERS = ChosenPermission.graph("User.Read.All", PermissionType.APPLICATION);
    private static final ChosenPermission SEND = ChosenPermission.graph("Mail.Send", PermissionType.DELEGATED);
    private static final ChosenPermission OFFLINE = ChosenPermission.graph("offline_access", PermissionType.DELEGATED);

    private static Recipe custom(ChosenPermission... chosen) throws Exception {
        return RECIPES.effective("custom-graph", "global", List.of(chosen));
    }

    private static HandoffSession session(Recipe recipe) {
        return new HandoffSession(recipe, cloud("global"), TENANT, CLIENT, Map.of(), null, secret(), List.of());
    }

    @Test
    void chosenDelegatedPermissionsAreNamedInTheirOwnV2ConsentLink() throws Exception {
        var links = ConsentLinks.forRecipe(custom(USERS, SEND, OFFLINE), cloud("global"), TENANT, CLIENT);
        assertEquals(3, links.size());
        assertEquals("https://login.microsoftonline.com/" + TENANT + "/v2.0/adminconsent?client_id=" + CLIENT
                + "&scope=https%3A%2F%2Fgraph.microsoft.com%2F.default", links.get(1).uri().toString());
        assertEquals(List.of(), links.get(1).scopes());
        assertEquals(Optional.of(ResourceApp.GRAPH), links.get(2).resource());
        assertEquals(List.of("Mail.Send", "offline_access"), links.get(2).scopes());
        assertEquals("https://login.microsoftonline.com/" + TENANT + "/v2.0/adminconsent?client_id=" + CLIENT
                + "&scope=https%3A%2F%2Fgraph.microsoft.com%2FMail.Send%20offline_access",
                links.get(2).uri().toString());
    }

    @Test
    void chosenApplicationPermissionsAreConsentedThroughDotDefaultOnly() throws Exception {
        var links = ConsentLinks.forRecipe(custom(USERS), cloud("gcc-high"), TENANT, CLIENT);
        assertEquals(2, links.size(), "application permissions cannot be named in a consent link");
        assertEquals("https://login.microsoftonline.us/" + TENANT + "/v2.0/adminconsent?client_id=" + CLIENT
                + "&scope=https%3A%2F%2Fgraph.microsoft.us%2F.default", links.get(1).uri().toString());
    }

    @Test
    void withoutAChoiceThereIsOnlyTheV1Link() throws Exception {
        assertEquals(1, ConsentLinks.forRecipe(custom(), cloud("global"), TENANT, CLIENT).size());
    }

    @Test
    void thePermissionsFieldListsTheChoiceAndSaysWhenThereIsNone() throws Exception {
        ResolvedField chosen = field(session(custom(USERS, SEND)), "Permissions");
        assertEquals("User.Read.All (application), Mail.Send (delegated)", chosen.shown());
        ResolvedField none = field(session(custom()), "Permissions");
        assertTrue(none.missing());
        assertEquals("No permissions were chosen.", none.shown());
    }

    @Test
    void fieldsJsonAndTheReportCarryTheChosenPermissions() throws Exception {
        HandoffSession s = session(custom(USERS, SEND));
        JsonNode fields = new ObjectMapper().readTree(FieldsJson.render(s, OutputFields.resolve(s), false));
        assertEquals("User.Read.All (application), Mail.Send (delegated)", fields.at("/fields/Permissions").asText());
        SetupReport report = SetupReport.of(s, CheckResults.notRun(s.recipe()), "t",
                Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC));
        JsonNode json = new ObjectMapper().readTree(ReportJson.render(report));
        assertEquals("User.Read.All", json.at("/checklist/0/name").asText());
        assertEquals("application", json.at("/checklist/0/type").asText());
        assertEquals("Read all users' full profiles", json.at("/checklist/0/note").asText());
        assertEquals("Mail.Send", json.at("/checklist/1/name").asText());
        assertEquals("delegated", json.at("/checklist/1/type").asText());
        assertTrue(ReportHtml.render(report).contains("User.Read.All"), "the HTML report lists the choice too");
    }

    @Test
    void handoffLinksNameTheChosenDelegatedConsent() throws Exception {
        List<String> names = HandoffLinks.of(session(custom(SEND))).stream().map(HandoffLinks.NamedLink::label).toList();
        assertTrue(names.contains("Admin consent for the chosen delegated permissions of Microsoft Graph"),
                names.toString());
    }

    private static ResolvedField field(HandoffSession s, String label) {
        return OutputFields.resolve(s).stream().filter(f -> f.label().equals(label)).findFirst().orElseThrow();
    }
}
