package io.m365connect.ui.step.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.m365connect.core.profile.ProfileStore;
import io.m365connect.core.recipe.Recipe;
import io.m365connect.ui.TestRecipes;
import io.m365connect.ui.common.DirectUiExecutor;
import io.m365connect.ui.shell.WizardSession;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TargetViewModelTest {
    @TempDir
    Path home;

    private WizardSession session(List<Recipe> recipes) {
        return new WizardSession(recipes, TestRecipes.clouds(), new DirectUiExecutor(), new ProfileStore(home));
    }

    @Test
    void nextNeedsARecipe() {
        TargetViewModel vm = new TargetViewModel(session(TestRecipes.all()));
        assertEquals("Choose the system you are connecting.", vm.unmetRequirementProperty().get());
        vm.choose(TestRecipes.graph());
        assertEquals("", vm.unmetRequirementProperty().get());
    }

    @Test
    void noRecipesSaysSo() {
        TargetViewModel vm = new TargetViewModel(session(List.of()));
        assertEquals("No systems are available to choose.", vm.unmetRequirementProperty().get());
        assertEquals("No systems are available: this installation has no recipes.", vm.emptyTextProperty().get());
    }

    @Test
    void searchMatchesEveryWordInTitleVendorAndNeeds() {
        TargetViewModel vm = new TargetViewModel(session(TestRecipes.all()));
        vm.searchProperty().set("  CERTIFICATE  exchange ");
        assertEquals(List.of("test-exchange"), vm.visibleRecipes().stream().map(Recipe::id).toList());
        vm.searchProperty().set("vendor");
        assertEquals(3, vm.visibleRecipes().size());
        vm.searchProperty().set("imap vendor");
        assertEquals(List.of("test-mail"), vm.visibleRecipes().stream().map(Recipe::id).toList());
    }

    @Test
    void searchWithoutMatchSaysWhat() {
        TargetViewModel vm = new TargetViewModel(session(TestRecipes.all()));
        vm.searchProperty().set(" salesforce ");
        assertEquals(0, vm.visibleRecipes().size());
        assertEquals("No system matches \"salesforce\". Clear the search to see all.", vm.emptyTextProperty().get());
        vm.searchProperty().set("");
        assertEquals("", vm.emptyTextProperty().get());
    }

    @Test
    void cloudDefaultsToTheFirstAndCanBeChanged() {
        WizardSession s = session(TestRecipes.all());
        TargetViewModel vm = new TargetViewModel(s);
        assertEquals("global", vm.cloudProperty().get().id());
        vm.chooseCloud(TestRecipes.clouds().get(1));
        assertEquals("gcc-high", s.cloud().id());
        vm.chooseCloud(null);
        assertEquals("gcc-high", s.cloud().id());
    }

    @Test
    void choosingARecipeSetsItsPreferredCredential() {
        WizardSession s = session(TestRecipes.all());
        new TargetViewModel(s).choose(TestRecipes.exchange());
        assertEquals(TestRecipes.exchange().preferredCredential(), s.credentialKindProperty().get());
    }

    @Test
    void cardIsDescribedForScreenReaders() {
        assertEquals("Microsoft Graph reader by Other Vendor. What you will need: a client secret",
                TargetViewModel.describe(TestRecipes.graph()));
    }

    @Test
    void cloudFileBecomesTheDraftsCloudAndIsOffered() throws Exception {
        WizardSession s = session(TestRecipes.all());
        TargetViewModel vm = new TargetViewModel(s);
        java.nio.file.Path file = home.resolve("lab.json");
        java.nio.file.Files.writeString(file, "{\"id\":\"lab\",\"displayName\":\"Lab\","
                + "\"authority\":\"https://login.lab.example:8443\"}");
        vm.loadCloudFile(file);
        assertEquals("lab", s.cloud().id());
        assertEquals(List.of("global", "gcc-high", "china", "lab"), vm.clouds().stream().map(c -> c.id()).toList());
        assertEquals("", vm.cloudFileMessageProperty().get());
        vm.chooseCloud(vm.clouds().get(0));
        assertEquals(4, vm.clouds().size(), "the loaded cloud stays on offer");
    }

    @Test
    void badCloudFileIsExplainedAndChangesNothing() throws Exception {
        WizardSession s = session(TestRecipes.all());
        TargetViewModel vm = new TargetViewModel(s);
        java.nio.file.Path file = home.resolve("lab.json");
        java.nio.file.Files.writeString(file, "{\"id\":\"lab\",\"displayName\":\"Lab\",\"authority\":\"https://x\",\"colour\":1}");
        vm.loadCloudFile(file);
        assertEquals("global", s.cloud().id());
        assertTrue(vm.cloudFileMessageProperty().get().contains(file.toString()), vm.cloudFileMessageProperty().get());
        assertTrue(vm.cloudFileMessageProperty().get().contains("colour"), vm.cloudFileMessageProperty().get());
    }
}
