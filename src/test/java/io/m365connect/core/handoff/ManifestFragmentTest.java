package io.m365connect.core.handoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.m365connect.core.recipe.PermissionCatalog;
import io.m365connect.core.recipe.PermissionRequirement;
import io.m365connect.core.recipe.Recipe;
import io.m365connect.core.recipe.RecipeCatalog;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ManifestFragmentTest {
    private static final RecipeCatalog RECIPES = RecipeCatalog.loadBuiltIn();
    private static final String APP = "0b1f2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

    private static JsonNode json(ManifestFragment f) throws Exception {
        return new ObjectMapper().readTree(f.requiredResourceAccessJson());
    }

    @Test
    void exchangeRecipeGivesTheTwoExchangeAppRolesWithTheirGuids() throws Exception {
        Recipe r = RECIPES.find("blink-exchange-online").orElseThrow();
        JsonNode array = json(ManifestFragment.forRecipe(r, RECIPES.permissions(), "global"));
        assertEquals(1, array.size());
        assertEquals("00000002-0000-0ff1-ce00-000000000000", array.get(0).path("resourceAppId").asText());
        assertEquals("[{\"id\":\"dc50a0fb-09a3-484d-be87-e023b12c6440\",\"type\":\"Role\"},"
                + "{\"id\":\"dc890d15-9560-4a4c-9b7f-a736ec74ec40\",\"type\":\"Role\"}]",
                array.get(0).path("resourceAccess").toString());
    }

    @Test
    void inGccHighManageAsAppLivesOnExchangeOnlineProtection() throws Exception {
        Recipe r = RECIPES.find("blink-exchange-online").orElseThrow();
        JsonNode array = json(ManifestFragment.forRecipe(r, RECIPES.permissions(), "gcc-high"));
        JsonNode eop = null;
        for (JsonNode n : array) {
            if (n.path("resourceAppId").asText().equals("00000007-0000-0ff1-ce00-000000000000")) {
                eop = n;
            }
        }
        assertEquals("455e5cd2-84e8-4751-8344-5672145dfa17", eop.path("resourceAccess").get(0).path("id").asText());
    }

    @Test
    void everyRecipesFragmentMatchesTheCatalogIdForIdAndType() throws Exception {
        PermissionCatalog catalog = RECIPES.permissions();
        for (Recipe r : RECIPES.all()) {
            JsonNode array = json(ManifestFragment.forRecipe(r, catalog, "global"));
            Set<String> inManifest = new HashSet<>();
            array.forEach(res -> res.path("resourceAccess").forEach(a -> inManifest.add(res.path("resourceAppId")
                    .asText() + "/" + a.path("id").asText() + "/" + a.path("type").asText())));
            Set<String> expected = new HashSet<>();
            for (PermissionRequirement p : r.permissions()) {
                PermissionCatalog.Resolved x = catalog.resolve(p.resource(), p.name(), p.type(), "global").orElseThrow();
                expected.add(x.resourceAppId() + "/" + x.id() + "/" + p.type().manifestType());
                assertEquals(p.id(), x.id(), r.id() + " " + p.name());
            }
            assertEquals(expected, inManifest, r.id());
        }
    }

    @Test
    void azCommandsAddEachResourcesPermissionsThenConsentOnce() {
        Recipe r = RECIPES.find("blink-o365-management-activity").orElseThrow();
        List<String> c = ManifestFragment.forRecipe(r, RECIPES.permissions(), "global").azCommands(APP);
        assertEquals("az ad app permission add --id " + APP + " --api c5393580-f805-4401-95e8-94b7a6ef2fc2 "
                + "--api-permissions 594c1fb6-4f81-4475-ae41-0c394909246c=Role e2cea78f-e743-4d8f-a16a-75b629a038ae=Role "
                + "4807a72c-ad38-4250-94c9-4eabfe26cd55=Role", c.get(0));
        assertEquals("az ad app permission admin-consent --id " + APP, c.get(1));
    }

    @Test
    void delegatedPermissionsAreScopesInTheManifest() throws Exception {
        Recipe r = RECIPES.find("iamcloud-exchange-online").orElseThrow();
        String text = ManifestFragment.forRecipe(r, RECIPES.permissions(), "global").requiredResourceAccessJson();
        assertTrue(text.contains("\"type\" : \"Scope\""), text);
        assertTrue(ManifestFragment.forRecipe(r, RECIPES.permissions(), "global").azScript(APP)
                .contains("# Microsoft Graph: openid (delegated), User.Read (delegated), MailboxSettings.ReadWrite "
                        + "(application)"));
    }
}
