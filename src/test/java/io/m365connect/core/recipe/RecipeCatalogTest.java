package io.m365connect.core.recipe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.m365connect.core.common.ProblemException;
import io.m365connect.core.tenant.CloudCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecipeCatalogTest {
    private static final RecipeCatalog CATALOG = RecipeCatalog.loadBuiltIn();

    @Test
    void sixBuiltInRecipesLoad() {
        assertEquals(List.of("blink-exchange-online", "blink-microsoft-graph", "blink-o365-management-activity",
                "custom-graph", "email-ropc", "iamcloud-exchange-online"), CATALOG.ids());
        assertEquals(6, CATALOG.all().size());
    }

    @Test
    void graphRecipeHasAll47PermissionsOfTheGuideWithReferenceGuids() throws IOException {
        Recipe graph = CATALOG.find("blink-microsoft-graph").orElseThrow();
        assertEquals(47, graph.permissions().size());
        Map<String, String> ref = referenceGuids();
        for (PermissionRequirement p : graph.permissions()) {
            assertEquals(ResourceApp.GRAPH, p.resource());
            assertEquals(ref.get("Microsoft Graph|" + p.name() + "|" + p.type().id()), p.id(), p.name());
        }
    }

    @Test
    void delegatedOnlyGraphPermissionsAreMarkedDelegated() {
        Recipe graph = CATALOG.find("blink-microsoft-graph").orElseThrow();
        Map<String, PermissionType> types = new HashMap<>();
        graph.permissions().forEach(p -> types.put(p.name(), p.type()));
        assertEquals(PermissionType.DELEGATED, types.get("User.Read"));
        assertEquals(PermissionType.DELEGATED, types.get("Chat.ReadWrite"));
        assertEquals(PermissionType.APPLICATION, types.get("Chat.ReadWrite.All"));
        assertEquals(12, types.values().stream().filter(t -> t == PermissionType.DELEGATED).count());
    }

    @Test
    void everyGuidInThePermissionCatalogEqualsTheReference() throws IOException {
        Map<String, String> ref = referenceGuids();
        int checked = 0;
        for (PermissionCatalog.Entry e : CATALOG.permissions().all()) {
            String res = e.resource().displayName();
            for (PermissionType t : PermissionType.values()) {
                if (e.id(t).isPresent()) {
                    assertEquals(ref.get(res + "|" + e.name() + "|" + t.id()), e.id(t).get(), res + " " + e.name());
                    checked++;
                }
            }
            for (PermissionCatalog.CloudOverride o : e.clouds().values()) {
                String where = o.resource().displayName();
                assertEquals(ref.get(where + "|" + e.name() + "|application"), o.application(), where + " " + e.name());
            }
        }
        assertEquals(ref.size() - 1, checked, "every reference GUID is in the catalog (the EOP one as an override)");
    }

    @Test
    void resourceAppIdsEqualTheReference() {
        assertEquals("00000003-0000-0000-c000-000000000000", CATALOG.permissions().resourceAppId(ResourceApp.GRAPH));
        assertEquals("00000002-0000-0ff1-ce00-000000000000", CATALOG.permissions().resourceAppId(ResourceApp.EXCHANGE));
        assertEquals("c5393580-f805-4401-95e8-94b7a6ef2fc2", CATALOG.permissions().resourceAppId(ResourceApp.MANAGEMENT));
        assertEquals("00000007-0000-0ff1-ce00-000000000000",
                CATALOG.permissions().resourceAppId(ResourceApp.EXCHANGE_PROTECTION));
    }

    @Test
    void everyRoleTemplateIdEqualsTheReference() throws IOException {
        JsonNode ref = read("/reference/roles.json");
        Map<String, String> ids = new HashMap<>();
        ref.get("roles").forEach(r -> ids.put(r.get("displayName").asText(), r.get("roleTemplateId").asText()));
        assertEquals(ids.size(), CATALOG.roles().all().size());
        CATALOG.roles().all().forEach(r -> assertEquals(ids.get(r.name()), r.templateId(), r.name()));
    }

    @Test
    void exchangeManageAsAppMovesToExchangeOnlineProtectionInGccHighAndDod() {
        for (String cloud : List.of("gcc-high", "dod")) {
            PermissionRequirement p = manageAsApp(cloud);
            assertEquals(ResourceApp.EXCHANGE_PROTECTION, p.resource(), cloud);
            assertEquals("455e5cd2-84e8-4751-8344-5672145dfa17", p.id(), cloud);
        }
        for (String cloud : List.of("global", "gcc", "china", "lab")) {
            PermissionRequirement p = manageAsApp(cloud);
            assertEquals(ResourceApp.EXCHANGE, p.resource(), cloud);
            assertEquals("dc50a0fb-09a3-484d-be87-e023b12c6440", p.id(), cloud);
        }
    }

    @Test
    void rolesCarryTheirTemplateIdAndHolder() {
        Recipe exo = CATALOG.find("blink-exchange-online").orElseThrow();
        RoleRequirement exAdmin = exo.roles().get(0);
        assertEquals("Exchange Administrator", exAdmin.name());
        assertEquals("29232cdf-9323-42fd-ade2-1d097af3e4de", exAdmin.templateId());
        assertEquals(RoleHolder.APP, exAdmin.holder());
        RoleRequirement compliance = exo.roles().get(1);
        assertEquals("17315797-102d-40b4-93e0-432062caca18", compliance.templateId());
        assertEquals(RoleHolder.GROUP, compliance.holder());
    }

    @Test
    void unknownIdIsRefusedWithTheClosestKnownId() {
        ProblemException e = org.junit.jupiter.api.Assertions.assertThrows(ProblemException.class,
                () -> CATALOG.require("blink-microsoft-grpah", "global"));
        assertEquals("There is no recipe 'blink-microsoft-grpah'. Did you mean 'blink-microsoft-graph'?",
                e.problem().summary());
        assertEquals("custom-graph", CATALOG.suggest("custom").orElseThrow());
        assertTrue(CATALOG.suggest("salesforce").isEmpty());
    }

    @Test
    void managementRecipeIsNotAvailableInChina() {
        CloudCatalog clouds = CloudCatalog.loadBuiltIn();
        Recipe mgmt = CATALOG.find("blink-o365-management-activity").orElseThrow();
        assertEquals(List.of(CloudService.MANAGEMENT), CloudService.missingFor(mgmt, clouds.find("china").orElseThrow()));
        assertTrue(CloudService.missingFor(mgmt, clouds.find("dod").orElseThrow()).isEmpty());
        assertFalse(CloudService.missingFor(CATALOG.find("custom-graph").orElseThrow(),
                clouds.find("china").orElseThrow()).size() > 0);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = ';', value = {
        "blink-exchange-online; App ID|Organization|Public key|Private key",
        "blink-o365-management-activity; API Address|Client ID|Client Secret|Tenant ID",
        "blink-microsoft-graph; Client ID|Client Secret|Tenant ID",
        "iamcloud-exchange-online; ShellDisplay|ShellDescription|ConnectAppID|ConnectPFX|ConnectPFXPassword|TenantDisplay|TenantID|OrganizationDisplayName",
        "email-ropc; client_id|tenant_id|client_secret|username|scopes"})
    void outputFieldsUseTheTargetFormsOwnWords(String id, String labels) {
        assertEquals(List.of(labels.split("\\|")),
                CATALOG.find(id).orElseThrow().outputs().stream().map(OutputField::label).toList());
    }

    @Test
    void secretBearingOutputsAreMarkedSecret() {
        for (Recipe r : CATALOG.all()) {
            for (OutputField f : r.outputs()) {
                boolean carriesSecret = List.of("clientSecret", "privateKeyPem", "pfxFile", "pfxPassword", "credential")
                        .contains(f.source());
                assertEquals(carriesSecret, f.secret(), r.id() + " " + f.label());
            }
        }
    }

    @Test
    void eachRecipeTakesTheCredentialItsGuideDescribes() {
        assertEquals(List.of(CredentialKind.CERTIFICATE), CATALOG.find("blink-exchange-online").orElseThrow().credentialKinds());
        assertEquals(List.of(CredentialKind.SECRET), CATALOG.find("blink-microsoft-graph").orElseThrow().credentialKinds());
        Recipe ropc = CATALOG.find("email-ropc").orElseThrow();
        assertEquals(CredentialKind.ROPC, ropc.preferredCredential());
        assertEquals(RoleHolder.USER, ropc.roles().get(0).holder());
        assertEquals(List.of("username"), ropc.inputs().stream().map(InputField::id).toList());
        assertEquals(InputKind.INITIAL_DOMAIN, CATALOG.find("blink-exchange-online").orElseThrow().inputs().get(0).kind());
        Recipe custom = CATALOG.find("custom-graph").orElseThrow();
        assertTrue(custom.permissionsSelectable());
        assertTrue(custom.permissions().isEmpty());
    }

    @Test
    void iamCloudMixesDelegatedAndApplicationPermissionsOnTwoResources() {
        Recipe iam = CATALOG.find("iamcloud-exchange-online").orElseThrow();
        assertEquals(10, iam.permissions().size());
        assertEquals(List.of(ResourceApp.GRAPH, ResourceApp.EXCHANGE), iam.resources());
        PermissionRequirement exoSettings = iam.permissions().stream()
                .filter(p -> p.name().equals("MailboxSettings.ReadWrite") && p.resource() == ResourceApp.EXCHANGE
                        && p.type() == PermissionType.APPLICATION).findFirst().orElseThrow();
        assertEquals("f9156939-25cd-4ba8-abfe-7fabcf003749", exoSettings.id());
    }

    private static PermissionRequirement manageAsApp(String cloud) {
        return CATALOG.find("blink-exchange-online", cloud).orElseThrow().permissions().stream()
                .filter(p -> p.name().equals("Exchange.ManageAsApp")).findFirst().orElseThrow();
    }

    /** "resource display name|permission|application|delegated" → GUID, from the reference copy. */
    static Map<String, String> referenceGuids() throws IOException {
        JsonNode ref = read("/reference/permissions.json");
        Map<String, String> out = new HashMap<>();
        for (JsonNode res : ref.get("resources")) {
            String name = res.get("resource").asText();
            for (String list : List.of("permissions", "related")) {
                if (res.has(list)) {
                    res.get(list).forEach(p -> put(out, name, p));
                }
            }
            if (res.has("relatedOtherResource")) {
                res.get("relatedOtherResource").forEach(p -> put(out, p.get("resource").asText(), p));
            }
        }
        return out;
    }

    private static void put(Map<String, String> out, String resource, JsonNode p) {
        for (String type : List.of("application", "delegated")) {
            JsonNode t = p.get(type);
            if (t != null && !t.isNull()) {
                out.put(resource + "|" + p.get("name").asText() + "|" + type, t.get("id").asText());
            }
        }
    }

    private static JsonNode read(String resource) throws IOException {
        try (InputStream in = RecipeCatalogTest.class.getResourceAsStream(resource)) {
            return new ObjectMapper().readTree(in);
        }
    }

    @Test
    void aJarFolderIsListedInNameOrderWithoutItsSubfoldersOrOtherFiles(@TempDir Path dir) throws IOException {
        Path jar = dir.resolve("app.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String name : List.of("io/m365connect/recipes/b.json", "io/m365connect/recipes/a.json",
                    "io/m365connect/recipes/notes.txt", "io/m365connect/recipes/old/c.json", "io/m365connect/d.json")) {
                out.putNextEntry(new JarEntry(name));
                out.write(("{\"file\":\"" + name + "\"}").getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        try (JarFile file = new JarFile(jar.toFile())) {
            List<RecipeCatalog.RecipeSource> sources = RecipeCatalog.readJar(file, "io/m365connect/recipes/");
            assertEquals(List.of("recipes/a.json", "recipes/b.json"),
                    sources.stream().map(RecipeCatalog.RecipeSource::name).toList());
            assertEquals("{\"file\":\"io/m365connect/recipes/a.json\"}",
                    new String(sources.get(0).json(), StandardCharsets.UTF_8));
        }
    }
}
