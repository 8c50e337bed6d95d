package io.m365connect.core.recipe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.m365connect.core.common.CatalogLoadException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each kind of broken recipe or catalog file is refused with the file, the JSON path and the line. */
class RecipeLoadErrorsTest {
    private static final Set<String> CLOUDS = Set.of("global", "gcc", "gcc-high", "dod", "china");
    private static final PermissionCatalog PERMISSIONS = builtInPermissions();
    private static final RoleCatalog ROLES = builtInRoles();

    @Test
    void aSmallValidRecipeLoads() throws Exception {
        RecipeCatalog catalog = RecipeCatalog.load(List.of(recipe("good-recipe")), PERMISSIONS, ROLES);
        Recipe r = catalog.find("good-recipe").orElseThrow();
        assertEquals("df021288-bdef-4463-88db-98f22de89214", r.permissions().get(0).id());
        assertEquals("f2ef992c-3afb-46b9-b7cf-a126ee74c451", r.roles().get(0).templateId());
    }

    @Test
    void unknownPermissionNameIsRefusedWithSuggestion() {
        CatalogLoadException e = fails("unknown-permission");
        assertEquals("$.permissions[0].name", e.jsonPath());
        assertEquals(18, e.line().orElseThrow());
        assertEquals("recipes/unknown-permission.json at $.permissions[0].name (line 18): unknown permission "
                + "'Mail.Raed' for Microsoft Graph. Did you mean 'Mail.Read'?", e.problem().summary());
    }

    @Test
    void delegatedOnlyPermissionAskedAsApplicationIsRefused() {
        CatalogLoadException e = fails("delegated-as-application");
        assertEquals("$.permissions[1].type", e.jsonPath());
        assertEquals(27, e.line().orElseThrow());
        assertTrue(e.problem().summary().endsWith(
                "'User.Read' exists only as a delegated permission of Microsoft Graph, not as application"),
                e.problem().summary());
    }

    @Test
    void unknownRoleIsRefusedWithSuggestion() {
        CatalogLoadException e = fails("unknown-role");
        assertEquals("$.roles[0].name", e.jsonPath());
        assertTrue(e.problem().summary().endsWith(
                "unknown directory role 'Exchange Admin'. Did you mean 'Exchange Administrator'?"), e.problem().summary());
    }

    @Test
    void duplicatePermissionIsRefused() {
        CatalogLoadException e = fails("duplicate-permission");
        assertEquals("$.permissions[1]", e.jsonPath());
        assertTrue(e.problem().summary().endsWith("permission 'User.Read.All' (application) is listed twice"));
    }

    @Test
    void duplicateRecipeIdIsRefused() throws Exception {
        RecipeCatalog.RecipeSource a = recipe("good-recipe");
        RecipeCatalog.RecipeSource b = new RecipeCatalog.RecipeSource("extra/good-recipe.json", a.json());
        CatalogLoadException e = assertThrows(CatalogLoadException.class,
                () -> RecipeCatalog.load(List.of(a, b), PERMISSIONS, ROLES));
        assertEquals("extra/good-recipe.json", e.file());
        assertTrue(e.problem().summary().endsWith(
                "duplicate recipe id 'good-recipe', already used by recipes/good-recipe.json"), e.problem().summary());
    }

    @Test
    void unknownTopLevelKeyIsRefused() {
        CatalogLoadException e = fails("unknown-field");
        assertEquals("$.titel", e.jsonPath());
        assertEquals(47, e.line().orElseThrow());
        assertTrue(e.problem().summary().contains("unknown key 'titel'"), e.problem().summary());
    }

    @Test
    void unknownNestedKeyIsRefusedWithItsPath() {
        CatalogLoadException e = fails("unknown-nested-field");
        assertEquals("$.permissions[0].scope", e.jsonPath());
        assertTrue(e.problem().summary().contains("unknown key 'scope'"), e.problem().summary());
    }

    @Test
    void missingRequiredKeyIsRefused() {
        CatalogLoadException e = fails("missing-field");
        assertTrue(e.problem().summary().contains("missing required key 'title'"), e.problem().summary());
    }

    @Test
    void missingNestedKeyIsRefusedWithItsPath() {
        CatalogLoadException e = fails("missing-nested-field");
        assertEquals("$.permissions[0].privilege", e.jsonPath());
        assertTrue(e.problem().summary().contains("missing required key 'privilege'"), e.problem().summary());
    }

    @Test
    void unknownProbeIsRefused() {
        CatalogLoadException e = fails("unknown-probe");
        assertEquals("$.probes[1]", e.jsonPath());
        assertEquals(35, e.line().orElseThrow());
        assertTrue(e.problem().summary().contains("unknown probe 'imap4'. Did you mean 'imap'?"), e.problem().summary());
    }

    @Test
    void outputNamingAnInputTheRecipeLacksIsRefused() {
        CatalogLoadException e = fails("unknown-output-source");
        assertEquals("$.outputs[1].source", e.jsonPath());
        assertTrue(e.problem().summary().contains("source 'input:organization' names no input"), e.problem().summary());
    }

    @Test
    void unknownCredentialKindIsRefused() {
        CatalogLoadException e = fails("unknown-credential-kind");
        assertEquals("$.credentialKinds[1]", e.jsonPath());
        assertTrue(e.problem().summary().contains("unknown credential kind 'password'"), e.problem().summary());
    }

    @Test
    void preferredCredentialMustBeAccepted() {
        CatalogLoadException e = fails("preferred-not-accepted");
        assertEquals("$.preferredCredential", e.jsonPath());
    }

    @Test
    void idMustMatchTheFileName() {
        CatalogLoadException e = fails("wrong-file-name");
        assertTrue(e.problem().summary().contains("id 'another-name' must match the file name"), e.problem().summary());
    }

    @Test
    void fileThatIsNotJsonIsRefusedWithItsLine() {
        CatalogLoadException e = fails("not-json");
        assertEquals(4, e.line().orElseThrow());
        assertTrue(e.problem().summary().startsWith("recipes/not-json.json at $"), e.problem().summary());
    }

    @Test
    void permissionOverrideForUnknownCloudIsRefused() {
        CatalogLoadException e = assertThrows(CatalogLoadException.class,
                () -> PermissionCatalog.load("permissions-unknown-cloud.json", bytes("/catalog-bad/permissions-unknown-cloud.json"), CLOUDS));
        assertEquals("$.resources[0].permissions[0].clouds.gcc-hi", e.jsonPath());
        assertEquals(11, e.line().orElseThrow());
        assertTrue(e.problem().summary().contains("unknown cloud 'gcc-hi'. Did you mean 'gcc-high'?"), e.problem().summary());
    }

    @Test
    void permissionMovedToAnotherResourceNeedsItsGuid() {
        CatalogLoadException e = assertThrows(CatalogLoadException.class, () -> PermissionCatalog.load(
                "p.json", bytes("/catalog-bad/permissions-moved-without-guid.json"), CLOUDS));
        assertTrue(e.problem().summary().contains("needs its GUIDs there"), e.problem().summary());
    }

    @Test
    void duplicatePermissionInCatalogIsRefused() {
        CatalogLoadException e = assertThrows(CatalogLoadException.class, () -> PermissionCatalog.load(
                "p.json", bytes("/catalog-bad/permissions-duplicate.json"), CLOUDS));
        assertEquals("$.resources[0].permissions[1].name", e.jsonPath());
    }

    @Test
    void permissionIdThatIsNotAGuidIsRefused() {
        CatalogLoadException e = assertThrows(CatalogLoadException.class, () -> PermissionCatalog.load(
                "p.json", bytes("/catalog-bad/permissions-bad-guid.json"), CLOUDS));
        assertEquals("$.resources[0].permissions[0].application", e.jsonPath());
        assertEquals(9, e.line().orElseThrow());
        assertTrue(e.problem().summary().endsWith(
                "application ID 'df021288-bdef-4463-88db-98f22de8921' of 'User.Read.All' is not a GUID"));
    }

    @Test
    void privilegeChosenIsRefusedInARecipeFile() {
        CatalogLoadException e = fails("chosen-privilege");
        assertEquals("$.permissions[0].privilege", e.jsonPath());
        assertEquals(21, e.line().orElseThrow());
        assertTrue(e.problem().summary().endsWith("privilege 'chosen' is for permissions a person picks in the wizard; "
                + "a recipe says least or higher"), e.problem().summary());
    }

    @Test
    void descriptionOfATypeWithoutGuidIsRefused() {
        CatalogLoadException e = assertThrows(CatalogLoadException.class, () -> PermissionCatalog.load(
                "p.json", bytes("/catalog-bad/permissions-description-without-guid.json"), CLOUDS));
        assertEquals("$.resources[0].permissions[0].applicationDescription", e.jsonPath());
        assertEquals(10, e.line().orElseThrow());
        assertTrue(e.problem().summary().endsWith("'User.Read' has an application description but no application GUID"),
                e.problem().summary());
    }

    @Test
    void duplicateRoleInCatalogIsRefused() {
        CatalogLoadException e = assertThrows(CatalogLoadException.class, () -> RoleCatalog.load(
                "r.json", bytes("/catalog-bad/roles-duplicate.json")));
        assertTrue(e.problem().summary().endsWith("role 'Exchange Administrator' is listed twice"));
    }

    private static CatalogLoadException fails(String name) {
        return assertThrows(CatalogLoadException.class,
                () -> RecipeCatalog.load(List.of(recipe(name)), PERMISSIONS, ROLES));
    }

    private static RecipeCatalog.RecipeSource recipe(String name) {
        return new RecipeCatalog.RecipeSource("recipes/" + name + ".json", bytes("/recipes-bad/" + name + ".json"));
    }

    private static byte[] bytes(String resource) {
        try (InputStream in = RecipeLoadErrorsTest.class.getResourceAsStream(resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PermissionCatalog builtInPermissions() {
        try {
            return PermissionCatalog.loadBuiltIn(CLOUDS);
        } catch (CatalogLoadException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RoleCatalog builtInRoles() {
        try {
            return RoleCatalog.loadBuiltIn();
        } catch (CatalogLoadException e) {
            throw new IllegalStateException(e);
        }
    }
}
