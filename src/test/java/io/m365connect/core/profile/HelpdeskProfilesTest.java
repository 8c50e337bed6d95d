package io.m365connect.core.profile;

import static org.junit.jupiter.api.Assertions.*;

import io.m365connect.core.common.ProblemException;
import io.m365connect.core.recipe.CredentialKind;
import io.m365connect.core.recipe.RecipeCatalog;
import io.m365connect.core.tenant.CloudCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HelpdeskProfilesTest {
    private static final CloudCatalog CLOUDS = CloudCatalog.loadBuiltIn();
    private static final RecipeCatalog RECIPES = RecipeCatalog.loadBuiltIn(CLOUDS);
    private static final String GOOD = """
            {"format":"m365connect-profile","version":1,"recipe":"blink-exchange-online","cloud":"gcc-high",
             "tenant":"contoso.onmicrosoft.us","clientId":"3f1c9a52-7d4e-4b8a-9e21-5c6d7a8b9c01",
             "inputs":{"organization":"contoso.onmicrosoft.us"},"credentialKind":"certificate",
             "notes":"Ticket 4711"}""";

    @TempDir
    Path dir;

    private Path file(String json) throws Exception {
        return Files.writeString(dir.resolve("acme.m365connect"), json);
    }

    private String refusal(String json) throws Exception {
        Path f = file(json);
        ProblemException e = assertThrows(ProblemException.class, () -> HelpdeskProfiles.open(f, RECIPES, CLOUDS));
        assertEquals(json, Files.readString(f), "the file is left as it was");
        return e.problem().summary();
    }

    @Test
    void aGoodProfileOpensWithEveryValue() throws Exception {
        SetupProfile p = HelpdeskProfiles.open(file(GOOD), RECIPES, CLOUDS);
        assertEquals("blink-exchange-online", p.recipe());
        assertEquals("gcc-high", p.cloud());
        assertEquals("contoso.onmicrosoft.us", p.tenant());
        assertEquals(Map.of("organization", "contoso.onmicrosoft.us"), p.inputs());
        assertEquals(CredentialKind.CERTIFICATE, p.credentialKind());
        assertEquals("Ticket 4711", p.notes());
    }

    @Test
    void profileSurvivesARoundTripThroughTheFile() throws Exception {
        SetupProfile p = HelpdeskProfiles.open(file(GOOD), RECIPES, CLOUDS);
        Path again = dir.resolve("again.m365connect");
        ProfileStore.write(p, again);
        assertEquals(p, HelpdeskProfiles.open(again, RECIPES, CLOUDS));
        assertTrue(Files.readString(again).contains("\"format\" : \"m365connect-profile\""));
    }

    @Test
    void aNewerFormatVersionAsksForAnUpdate() throws Exception {
        assertEquals("The profile " + dir.resolve("acme.m365connect") + " was made by a newer M365 Connect (format 2).",
                refusal(GOOD.replace("\"version\":1", "\"version\":2")));
    }

    @Test
    void anUnknownRecipeIsNamedWithTheClosestKnownOne() throws Exception {
        assertEquals("The profile acme.m365connect cannot be used: it is for the system 'blink-exchange-onlin', which "
                + "this version does not know. Did you mean 'blink-exchange-online'? Your current setup was not changed.",
                refusal(GOOD.replace("\"recipe\":\"blink-exchange-online\"", "\"recipe\":\"blink-exchange-onlin\"")));
    }

    @Test
    void aClientIdThatIsNotAGuidIsRefused() throws Exception {
        assertEquals("The profile acme.m365connect cannot be used: its client ID '3f1c9a52-7d4e-4b8a-9e21' is not a "
                + "GUID. Your current setup was not changed.",
                refusal(GOOD.replace("3f1c9a52-7d4e-4b8a-9e21-5c6d7a8b9c01", "3f1c9a52-7d4e-4b8a-9e21")));
    }

    @Test
    void aTenantThatIsNeitherGuidNorDomainIsRefused() throws Exception {
        assertEquals("The profile acme.m365connect cannot be used: its tenant 'contoso' is neither a tenant ID (GUID) "
                + "nor a domain. Your current setup was not changed.",
                refusal(GOOD.replace("\"tenant\":\"contoso.onmicrosoft.us\"", "\"tenant\":\"contoso\"")));
    }

    @Test
    void anUnknownCloudIsRefused() throws Exception {
        assertTrue(refusal(GOOD.replace("gcc-high", "mars")).startsWith("The profile acme.m365connect cannot be used: "
                + "its cloud 'mars' is unknown."));
    }

    @Test
    void anExtraKeyIsRefusedByName() throws Exception {
        assertTrue(refusal(GOOD.replace("{\"format\"", "{\"clientSecret\":\"x\",\"format\"")).startsWith("The profile "
                + dir.resolve("acme.m365connect") + " could not be read: it has an unknown entry \"clientSecret\""));
    }

    @Test
    void somethingThatIsNotJsonIsRefused() throws Exception {
        assertTrue(refusal("this is a shopping list").startsWith("The profile " + dir.resolve("acme.m365connect")
                + " could not be read:"));
    }

    @Test
    void jsonThatIsNotAProfileIsRefused() throws Exception {
        assertEquals("The profile " + dir.resolve("acme.m365connect") + " could not be read: it is not an M365 "
                + "Connect profile.", refusal(GOOD.replace("m365connect-profile", "something-else")));
    }
}
