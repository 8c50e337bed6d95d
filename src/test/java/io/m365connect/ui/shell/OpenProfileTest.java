package io.m365connect.ui.shell;

import static org.junit.jupiter.api.Assertions.*;

import io.m365connect.core.profile.ProfileStore;
import io.m365connect.core.profile.SetupProfile;
import io.m365connect.ui.TestRecipes;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An opened helpdesk profile starts the wizard at the first page that still needs input. */
class OpenProfileTest {
    @TempDir
    Path home;
    WizardSession session;
    WizardViewModel vm;

    private record Page(ObservableStringValue unmetRequirement, boolean asksEachTime) implements StepModel {
        @Override
        public String title() {
            return "Page";
        }
    }

    @BeforeEach
    void setUp() {
        session = new WizardSession(TestRecipes.all(), TestRecipes.clouds(), new QueuedExecutor(), new ProfileStore(home));
        ObservableStringValue noRecipe = Bindings.when(session.recipeProperty().isNull()).then("Choose a system.")
                .otherwise("");
        ObservableStringValue noTenant = Bindings.when(session.tenantProperty().isEmpty()).then("Enter the tenant.")
                .otherwise("");
        vm = new WizardViewModel(List.of(new Page(noRecipe, false), new Page(noTenant, false),
                new Page(Bindings.concat(""), true), new Page(Bindings.concat(""), false)), session,
                new Activity(new QueuedExecutor()));
    }

    private SetupProfile profile(String recipe, String tenant) {
        return new SetupProfile(SetupProfile.FORMAT, 1, recipe, TestRecipes.clouds().get(0).id(), null, tenant,
                "3f1c9a52-7d4e-4b8a-9e21-5c6d7a8b9c01", Map.of(), null, null, "from the helpdesk");
    }

    @Test
    void aProfileWithRecipeAndTenantStartsAtTheCredentialPage() {
        vm.openProfile(profile(TestRecipes.all().get(0).id(), "contoso.onmicrosoft.com"));
        assertEquals(2, vm.currentProperty().get());
        assertEquals("from the helpdesk", session.notesProperty().get());
    }

    @Test
    void aProfileWithoutTenantStartsAtTheRegistrationPage() {
        vm.openProfile(profile(TestRecipes.all().get(0).id(), null));
        assertEquals(1, vm.currentProperty().get());
    }

    @Test
    void aProfileWithoutRecipeStartsAtTheFirstPage() {
        vm.openProfile(profile(null, "contoso.onmicrosoft.com"));
        assertEquals(0, vm.currentProperty().get());
        assertEquals("contoso.onmicrosoft.com", session.tenantProperty().get());
    }
}
