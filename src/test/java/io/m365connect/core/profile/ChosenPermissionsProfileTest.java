package io.m365connect.core.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.m365connect.core.common.ProblemException;
import io.m365connect.core.recipe.ChosenPermission;
import io.m365connect.core.recipe.PermissionType;
import io.m365connect.core.recipe.RecipeCatalog;
import io.m365connect.core.tenant.CloudCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The permissions a person chose are part of the draft and of helpdesk profiles; older files still open. */
class ChosenPermissionsProfileTest {
    private static final CloudCatalog CLOUDS = CloudCatalog.loadBuiltIn();
    private static final RecipeCatalog RECIPES = RecipeCatalog.loadBuiltIn(CLOUDS);
    private static final String CUSTOM = """
            {"format":"m365connect-profile","version":1,"recipe":"custom-graph","cloud":"global",
             "tenant":"contoso.onmicrosoft.com","clientId":"3f1c9a52-7d4e-4b8a-9e21-5c6d7a8b9c06",
             "credentialKind":"secret",
             "permissions":[{"resource":"graph","name":"User.Read.All","type":"application"},
                            {"resource":"graph","name":"Mail.Send","type":"delegated"}]}""";
    private static final List<ChosenPermission> CHOSEN = List.of(
            ChosenPermission.graph("User.Read.All", PermissionType.APPLICATION),
            ChosenPermission.graph("Mail.Send", PermissionType.DELEGATED));

    @TempDir
    Path dir;

    private Path file(String json) throws Exception {
        return Files.writeString(dir.resolve("acme.m365connect"), json);
    }

    private String refusal(String json) throws Exception {
        Path f = file(json);
        return assertThrows(ProblemException.class, () -> HelpdeskProfiles.open(f, RECIPES, CLOUDS)).problem().summary();
    }

    @Test
    void chosenPermissionsAreReadInTheirOrder() throws Exception {
        SetupProfile p = HelpdeskProfiles.open(file(CUSTOM), RECIPES, CLOUDS);
        assertEquals(CHOSEN, p.permissions());
    }

    @Test
    void chosenPermissionsSurviveAWriteAndRead() throws Exception {
        SetupProfile p = HelpdeskProfiles.open(file(CUSTOM), RECIPES, CLOUDS);
        Path again = dir.resolve("again.m365connect");
        ProfileStore.write(p, again);
        assertEquals(p, ProfileStore.read(again));
        String json = Files.readString(again);
        assertTrue(json.contains("\"permissions\" : [ {\n    \"resource\" : \"graph\",\n    \"name\" : \"User.Read.All\","
                + "\n    \"type\" : \"application\"\n  }"), json);
    }

    @Test
    void aProfileWithoutChoicesIsWrittenWithoutTheEntryAndOlderFilesStillOpen() throws Exception {
        SetupProfile none = ProfileStoreTest.sample();
        assertEquals(List.of(), none.permissions());
        assertFalse(ProfileStore.toJson(none).contains("permissions"), ProfileStore.toJson(none));
        String older = CUSTOM.replaceAll("(?s),\\s*\"permissions\".*]", "");
        assertFalse(older.contains("permissions"), older);
        assertEquals(List.of(), HelpdeskProfiles.open(file(older), RECIPES, CLOUDS).permissions());
    }

    @Test
    void anUnknownKeyInAChosenPermissionIsRefused() throws Exception {
        assertTrue(refusal(CUSTOM.replace("\"type\":\"delegated\"", "\"type\":\"delegated\",\"id\":\"x\""))
                .endsWith("could not be read: it has an unknown entry \"id\" (line 5)."));
    }

    @Test
    void aChosenPermissionWithoutNameIsRefused() throws Exception {
        assertTrue(refusal(CUSTOM.replace("\"name\":\"Mail.Send\",", "")).contains("could not be read: a chosen "
                + "permission needs its name (e.g. \"User.Read.All\")"));
    }

    @Test
    void anUnknownChosenPermissionIsRefusedWithTheClosestName() throws Exception {
        assertEquals("The profile acme.m365connect cannot be used: 'Mail.Sned' is not a Microsoft Graph permission this "
                + "app knows. Did you mean 'Mail.Send'? Your current setup was not changed.",
                refusal(CUSTOM.replace("Mail.Send", "Mail.Sned")));
    }

    @Test
    void aDelegatedOnlyPermissionChosenAsApplicationIsRefused() throws Exception {
        assertEquals("The profile acme.m365connect cannot be used: 'User.Read' exists only as a delegated permission "
                + "of Microsoft Graph, not as an application one. Your current setup was not changed.",
                refusal(CUSTOM.replace("User.Read.All", "User.Read")));
    }

    @Test
    void choicesForARecipeWithItsOwnListAreRefused() throws Exception {
        assertTrue(refusal(CUSTOM.replace("custom-graph", "blink-microsoft-graph")).startsWith("The profile "
                + "acme.m365connect cannot be used: The permissions of Blink"), "the recipe's list comes from its guide");
    }

    @Test
    void choicesWithoutARecipeAreRefused() throws Exception {
        assertEquals("The profile acme.m365connect cannot be used: it chooses permissions but names no system. Your "
                + "current setup was not changed.", refusal(CUSTOM.replace("\"recipe\":\"custom-graph\",", "")));
    }
}
