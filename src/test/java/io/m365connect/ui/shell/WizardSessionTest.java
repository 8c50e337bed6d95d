package io.m365connect.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.m365connect.core.profile.ProfileStore;
import io.m365connect.core.profile.SetupProfile;
import io.m365connect.core.recipe.CredentialKind;
import io.m365connect.core.tenant.Cloud;
import io.m365connect.ui.TestRecipes;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WizardSessionTest {
    @TempDir
    Path home;

    @Test
    void manyQuickChangesEndWithTheNewestDraftSaved() throws Exception {
        QueuedExecutor executor = new QueuedExecutor();
        WizardSession s = new WizardSession(TestRecipes.all(), TestRecipes.clouds(), executor, new ProfileStore(home));
        s.startAutosave();
        s.tenantProperty().set("c");
        s.tenantProperty().set("co");
        s.tenantProperty().set("contoso.com");
        assertEquals(1, executor.background.size(), "one writer at a time");
        executor.runAll();
        assertEquals("contoso.com", ProfileStore.read(home.resolve("draft.m365connect")).tenant());
    }

    @Test
    void snapshotHoldsTheDraftWithoutBlanks() {
        WizardSession s = new WizardSession(TestRecipes.all(), TestRecipes.clouds(), new QueuedExecutor(),
                new ProfileStore(home));
        s.recipeProperty().set(TestRecipes.exchange());
        s.tenantProperty().set(TestRecipes.TENANT);
        s.inputs().put("organization", "contoso.onmicrosoft.com");
        SetupProfile p = s.snapshot();
        assertEquals(Optional.of("test-exchange"), p.recipeId());
        assertEquals("global", p.cloud());
        assertNull(p.customCloud());
        assertNull(p.clientId());
        assertEquals(CredentialKind.CERTIFICATE, p.credentialKind());
        assertEquals(Map.of("organization", "contoso.onmicrosoft.com"), p.inputs());
    }

    @Test
    void customCloudIsEmbeddedAndRestored() {
        WizardSession s = new WizardSession(TestRecipes.all(), TestRecipes.clouds(), new QueuedExecutor(),
                new ProfileStore(home));
        Cloud lab = TestRecipes.cloud("lab");
        s.cloudProperty().set(lab);
        SetupProfile p = s.snapshot();
        assertEquals(lab, p.customCloud());
        WizardSession other = new WizardSession(TestRecipes.all(), TestRecipes.clouds(), new QueuedExecutor(),
                new ProfileStore(home));
        assertEquals(Optional.empty(), other.restore(p));
        assertEquals(lab, other.cloud());
    }

    @Test
    void unknownCloudFallsBackToTheFirstAndSaysSo() {
        WizardSession s = new WizardSession(TestRecipes.all(), TestRecipes.clouds(), new QueuedExecutor(),
                new ProfileStore(home));
        var problem = s.restore(SetupProfile.empty("moon"));
        assertEquals("The saved setup used the cloud \"moon\", which this version does not know; GLOBAL is chosen instead.",
                problem.orElseThrow().summary());
        assertEquals("global", s.cloud().id());
    }

    @Test
    void closingWithoutChangesWritesNothingAndWithChangesWritesThem() throws Exception {
        QueuedExecutor executor = new QueuedExecutor();
        WizardSession s = new WizardSession(TestRecipes.all(), TestRecipes.clouds(), executor, new ProfileStore(home));
        s.startAutosave();
        s.saveNow();
        assertEquals(false, java.nio.file.Files.exists(home.resolve("draft.m365connect")));
        s.notesProperty().set("call back");
        s.saveNow();
        assertEquals("call back", ProfileStore.read(home.resolve("draft.m365connect")).notes());
    }
}
