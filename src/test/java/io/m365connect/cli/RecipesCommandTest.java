package io.m365connect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.m365connect.core.Services;
import io.m365connect.core.net.HttpSettings;
import io.m365connect.core.recipe.RecipeCatalog;
import io.m365connect.core.tenant.CloudCatalog;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecipesCommandTest {
    private static final CloudCatalog CLOUDS = CloudCatalog.loadBuiltIn();
    private static final Services SERVICES = new Services("test", Path.of("target"), CLOUDS,
            RecipeCatalog.loadBuiltIn(CLOUDS), HttpSettings.defaults(), () -> {
                throw new UnsupportedOperationException("no practice tenant in this test");
            });

    record Run(int code, String out, String err) {
        JsonNode json() throws Exception {
            return Json.MAPPER.readTree(out);
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, SERVICES, new PrintWriter(out), new PrintWriter(err), new ByteArrayInputStream(new byte[0]));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void listShowsTheSixRecipesWithTheirCredentialKinds() {
        Run r = run("recipes", "list");
        assertEquals(0, r.code());
        String[] lines = r.out().strip().split("\n");
        assertEquals(7, lines.length, r.out());
        assertTrue(lines[0].startsWith("ID"));
        assertTrue(r.out().contains("blink-exchange-online"));
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("custom-graph") && l.endsWith("certificate*, secret, interactive, device-code")),
                r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("email-ropc") && l.endsWith("ropc*, device-code")), r.out());
    }

    @Test
    void listAsJsonIsOneDocument() throws Exception {
        JsonNode doc = run("recipes", "list", "--json").json();
        assertTrue(doc.get("ok").asBoolean());
        assertEquals(6, doc.get("recipes").size());
        assertEquals("blink-exchange-online", doc.get("recipes").get(0).get("id").asText());
    }

    @Test
    void listMarksRecipesACloudCannotServe() {
        Run r = run("recipes", "list", "--cloud", "china");
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("blink-o365-management-activity") && l.contains("(not in this cloud)")),
                r.out());
    }

    @Test
    void showJsonListsAll47GraphPermissionsWithGuidAndType() throws Exception {
        Run r = run("recipes", "show", "blink-microsoft-graph", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode perms = r.json().get("recipe").get("permissions");
        assertEquals(47, perms.size());
        Set<String> names = new HashSet<>();
        for (JsonNode p : perms) {
            names.add(p.get("name").asText());
            assertTrue(p.get("id").asText().matches("[0-9a-f-]{36}"), p.toString());
            assertEquals("00000003-0000-0000-c000-000000000000", p.get("resourceAppId").asText());
        }
        assertEquals(47, names.size());
        JsonNode userRead = find(perms, "User.Read");
        assertEquals("delegated", userRead.get("type").asText());
        assertEquals("e1fe6dd8-ba31-4d61-89e7-88639da4683d", userRead.get("id").asText());
        assertEquals("application", find(perms, "Mail.Send").get("type").asText());
    }

    @Test
    void showTextIsTheWholeChecklist() {
        Run r = run("recipes", "show", "blink-exchange-online");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Exchange.ManageAsApp"));
        assertTrue(r.out().contains("dc50a0fb-09a3-484d-be87-e023b12c6440"));
        assertTrue(r.out().contains("Exchange Administrator (29232cdf-9323-42fd-ade2-1d097af3e4de), held by the app, required"));
        assertTrue(r.out().contains("Compliance Administrator (17315797-102d-40b4-93e0-432062caca18), held by the group"));
        assertTrue(r.out().contains("  - Private key  <- privateKeyPem (secret)"));
        assertTrue(r.out().contains("Office 365 Exchange Online = resource app 00000002-0000-0ff1-ce00-000000000000"));
    }

    @Test
    void showForGccHighGivesThatCloudsGuidAndResourceApp() throws Exception {
        JsonNode doc = run("recipes", "show", "blink-exchange-online", "--cloud", "gcc-high", "--json").json();
        JsonNode p = find(doc.get("recipe").get("permissions"), "Exchange.ManageAsApp");
        assertEquals("455e5cd2-84e8-4751-8344-5672145dfa17", p.get("id").asText());
        assertEquals("00000007-0000-0ff1-ce00-000000000000", p.get("resourceAppId").asText());
        assertEquals("gcc-high", doc.get("cloud").get("id").asText());
    }

    @Test
    void showAcceptsACustomCloudFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("lab.json");
        Files.writeString(file, "{\"id\":\"lab\",\"displayName\":\"Lab\",\"authority\":\"https://login.lab.example\","
                + "\"graph\":{\"url\":\"https://graph.lab.example\",\"resource\":\"https://graph.microsoft.com\"}}");
        Run r = run("recipes", "show", "email-ropc", "--cloud-file", file.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Cloud:  Lab (lab)"));
        assertTrue(r.out().contains("Not available in this cloud: Exchange Online, IMAP, POP3, SMTP submission"), r.out());
    }

    @Test
    void unknownIdExitsTwoWithDidYouMean() {
        Run r = run("recipes", "show", "blink-graph");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("There is no recipe 'blink-graph'. Did you mean 'blink-microsoft-graph'?"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void unknownIdWithJsonPrintsOneErrorDocument() throws Exception {
        Run r = run("recipes", "show", "iam-cloud-exchange", "--json");
        assertEquals(2, r.code());
        JsonNode doc = r.json();
        assertFalse(doc.get("ok").asBoolean());
        assertEquals("There is no recipe 'iam-cloud-exchange'. Did you mean 'iamcloud-exchange-online'?",
                doc.get("error").get("summary").asText());
    }

    @Test
    void unknownCloudExitsTwo() {
        Run r = run("recipes", "show", "custom-graph", "--cloud", "mars");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("Unknown cloud 'mars'."), r.err());
    }

    @Test
    void unreadableCloudFileExitsTwo() {
        Run r = run("recipes", "list", "--cloud-file", "/nonexistent/cloud.json");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("The cloud file /nonexistent/cloud.json does not exist."), r.err());
    }

    @Test
    void recipesWithoutSubcommandIsAUsageError() {
        Run r = run("recipes");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("choose 'list' or 'show ID'"), r.err());
    }

    private static JsonNode find(JsonNode perms, String name) {
        for (JsonNode p : perms) {
            if (p.get("name").asText().equals(name)) {
                return p;
            }
        }
        throw new AssertionError(name + " not found");
    }
}
