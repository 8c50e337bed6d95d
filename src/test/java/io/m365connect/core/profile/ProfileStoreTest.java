package io.m365connect.core.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.m365connect.core.common.ProblemException;
import io.m365connect.core.recipe.CredentialKind;
import io.m365connect.core.tenant.Cloud;
import io.m365connect.core.tenant.ServiceEndpoint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileStoreTest {
    @TempDir
    Path home;

    private ProfileStore store() {
        return new ProfileStore(home, Clock.fixed(Instant.parse("2026-11-23T22:40:00Z"), ZoneOffset.UTC));
    }

    static SetupProfile sample() {
        return new SetupProfile(null, 1, "blink-exchange-online", "global", null, "contoso.onmicrosoft.com",
                "0ee3ad5e-3d6c-4e2a-9b1a-8f1f3c4d5e6f", Map.of("organization", "contoso.onmicrosoft.com"),
                CredentialKind.CERTIFICATE, "AB12", "call back Tuesday");
    }

    @Test
    void autosavedDraftLoadsBackEqual() throws Exception {
        store().autosave(sample());
        assertEquals(Optional.of(sample()), store().loadAutosave());
        assertEquals(List.of("draft.m365connect"), names());
    }

    @Test
    void savedJsonNamesFormatAndVersionFirst() throws Exception {
        String json = ProfileStore.toJson(sample());
        assertTrue(json.startsWith("{\n  \"format\" : \"m365connect-profile\",\n  \"version\" : 1,"), json);
        assertTrue(json.contains("\"credentialKind\" : \"certificate\""), json);
    }

    @Test
    void customCloudIsEmbeddedAndNamesTheCloud() throws Exception {
        Cloud lab = new Cloud("lab", "Lab", "https://login.lab.example:8443",
                new ServiceEndpoint("https://graph.lab.example", "https://graph.microsoft.com"),
                null, null, null, null, null, null, null);
        SetupProfile p = new SetupProfile(null, 1, null, "global", lab, null, null, Map.of(), null, null, null);
        assertEquals("lab", p.cloud());
        Path file = home.resolve("lab.m365connect");
        ProfileStore.write(p, file);
        assertEquals(Optional.of(lab), ProfileStore.read(file).embeddedCloud());
    }

    @Test
    void noDraftMeansNothingToContinue() throws Exception {
        assertEquals(Optional.empty(), store().loadAutosave());
    }

    @Test
    void corruptDraftIsKeptAsideAndExplained() throws Exception {
        Files.writeString(home.resolve("draft.m365connect"), "{\"format\":\"m365connect-profile\",\"version\":1,");
        ProblemException e = assertThrows(ProblemException.class, () -> store().loadAutosave());
        assertEquals("The profile " + home.resolve("draft.m365connect") + " could not be read: it ends too early (line 1).",
                e.problem().summary());
        Path aside = home.resolve("draft.m365connect.unreadable-20261123-224000");
        assertEquals("The file was kept as " + aside + ". The wizard starts with a new draft.", e.problem().fix());
        assertEquals("{\"format\":\"m365connect-profile\",\"version\":1,", Files.readString(aside));
        store().autosave(sample());
        assertEquals(List.of("draft.m365connect", "draft.m365connect.unreadable-20261123-224000"), names());
    }

    @Test
    void unknownKeyIsRefusedByName() {
        ProblemException e = assertThrows(ProblemException.class, () -> ProfileStore.parse("p.m365connect",
                "{\"format\":\"m365connect-profile\",\"version\":1,\"clientSecret\":\"x\"}"));
        assertEquals("The profile p.m365connect could not be read: it has an unknown entry \"clientSecret\" (line 1).",
                e.problem().summary());
    }

    @Test
    void secretLookingInputIsRefused() {
        ProblemException e = assertThrows(ProblemException.class, () -> ProfileStore.parse("p.m365connect",
                "{\"format\":\"m365connect-profile\",\"version\":1,\"inputs\":{\"pfxPassword\":\"x\"}}"));
        assertTrue(e.problem().summary().contains("a profile never holds a secret; input 'pfxPassword' looks like one"),
                e.problem().summary());
        assertThrows(IllegalArgumentException.class, () -> new SetupProfile(null, 1, null, "global", null, null, null,
                Map.of("clientSecret", "x"), null, null, null));
    }

    @Test
    void notJsonAndWrongValueKindAreNamed() {
        ProblemException notJson = assertThrows(ProblemException.class, () -> ProfileStore.parse("p.m365connect",
                "tenant = contoso.com"));
        assertEquals("The profile p.m365connect could not be read: it is not valid JSON (line 1).",
                notJson.problem().summary());
        ProblemException wrongKind = assertThrows(ProblemException.class, () -> ProfileStore.parse("p.m365connect",
                "{\"format\":\"m365connect-profile\",\"version\":1,\n\"inputs\":[1,2]}"));
        assertEquals("The profile p.m365connect could not be read: the entry \"inputs\" has the wrong kind of value (line 2).",
                wrongKind.problem().summary());
    }

    @Test
    void newerFormatAsksForUpdate() {
        ProblemException e = assertThrows(ProblemException.class, () -> ProfileStore.parse("p.m365connect",
                "{\"format\":\"m365connect-profile\",\"version\":2}"));
        assertEquals("The profile p.m365connect was made by a newer M365 Connect (format 2).", e.problem().summary());
        assertEquals("Update M365 Connect, then open the profile again.", e.problem().fix());
    }

    @Test
    void otherJsonIsNotAProfile() {
        ProblemException e = assertThrows(ProblemException.class, () -> ProfileStore.parse("x.json",
                "{\"format\":\"something-else\",\"version\":1}"));
        assertEquals("The profile x.json could not be read: it is not an M365 Connect profile.", e.problem().summary());
    }

    @Test
    void missingFileIsNamed() {
        Path missing = home.resolve("nope.m365connect");
        ProblemException e = assertThrows(ProblemException.class, () -> ProfileStore.read(missing));
        assertEquals("The profile " + missing + " does not exist.", e.problem().summary());
    }

    @Test
    void unwritableFolderIsAProblemNotACrash() throws IOException {
        Path blocker = home.resolve("file");
        Files.writeString(blocker, "x");
        ProblemException e = assertThrows(ProblemException.class,
                () -> ProfileStore.write(sample(), blocker.resolve("sub/p.m365connect")));
        assertEquals("The profile could not be saved to " + blocker.resolve("sub/p.m365connect") + ".", e.problem().summary());
        assertFalse(Files.exists(blocker.resolve("sub")));
    }

    @Test
    void overwritingLeavesNoTemporaryFiles() throws Exception {
        store().autosave(sample());
        store().autosave(sample().withRecipe("email-ropc"));
        assertEquals(Optional.of("email-ropc"), store().loadAutosave().orElseThrow().recipeId());
        assertEquals(List.of("draft.m365connect"), names());
    }

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(home)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void unreadableDraftThatCannotBeMovedIsNeverOverwritten() throws Exception {
        Path draft = home.resolve("draft.m365connect");
        Files.writeString(draft, "not json");
        Path aside = home.resolve("draft.m365connect.unreadable-20261123-224000");
        Files.createDirectories(aside.resolve("occupied"));
        ProfileStore s = store();
        ProblemException e = assertThrows(ProblemException.class, s::loadAutosave);
        assertEquals("Move or delete " + draft + " yourself; the wizard will not overwrite it.", e.problem().fix());
        ProblemException refused = assertThrows(ProblemException.class, () -> s.autosave(sample()));
        assertTrue(refused.problem().summary().startsWith("Your changes are not being saved"));
        assertEquals("not json", Files.readString(draft));
    }
}
