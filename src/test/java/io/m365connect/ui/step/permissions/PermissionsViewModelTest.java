package io.m365connect.ui.step.permissions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.m365connect.core.profile.ProfileStore;
import io.m365connect.ui.TestRecipes;
import io.m365connect.ui.common.DirectUiExecutor;
import io.m365connect.ui.common.Link;
import io.m365connect.ui.shell.LinkSource;
import io.m365connect.ui.shell.WizardSession;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PermissionsViewModelTest {
    @TempDir
    Path home;

    private WizardSession session() {
        return new WizardSession(TestRecipes.all(), TestRecipes.clouds(), new DirectUiExecutor(), new ProfileStore(home));
    }

    @Test
    void checklistComesFromTheRecipe() {
        WizardSession s = session();
        PermissionsViewModel vm = new PermissionsViewModel(s, LinkSource.none(), LinkSource.none());
        assertTrue(vm.permissions().isEmpty());
        s.recipeProperty().set(TestRecipes.exchange());
        assertEquals("dc50a0fb-09a3-484d-be87-e023b12c6440", vm.permissions().get(0).id());
        assertEquals(List.of("The app", "A group of users"), vm.roles().stream().map(PermissionsViewModel::holder).toList());
        assertEquals("Exchange service principal", vm.prerequisites().get(0).title());
        assertEquals(1, vm.notes().size());
        assertEquals("", vm.unmetRequirementProperty().get());
    }

    @Test
    void consentLinksFollowTheSessionAndSayWhyMissing() {
        WizardSession s = session();
        s.recipeProperty().set(TestRecipes.graph());
        LinkSource consent = x -> x.clientIdProperty().get().isBlank() ? List.of()
                : List.of(new Link("Grant admin consent", "https://login.example/adminconsent?client_id="
                        + x.clientIdProperty().get()));
        PermissionsViewModel vm = new PermissionsViewModel(s, consent, LinkSource.none());
        assertTrue(vm.consentLinks().isEmpty());
        assertEquals("Enter a valid tenant and application (client) ID on the App registration step to get the "
                + "consent links.", vm.linksHintProperty().get());
        s.clientIdProperty().set(TestRecipes.APP);
        vm.refresh();
        assertEquals("https://login.example/adminconsent?client_id=" + TestRecipes.APP, vm.consentLinks().get(0).url());
        assertEquals("", vm.linksHintProperty().get());
    }

    @Test
    void rowsAreDescribedInWords() {
        var p = TestRecipes.exchange().permissions().get(0);
        assertEquals("Office 365 Exchange Online, Exchange.ManageAsApp, Application permission, least privilege, "
                + "required. Run Exchange cmdlets as the app", PermissionsViewModel.describe(p));
        assertEquals("Application, least", PermissionsViewModel.kind(p));
        var optional = new io.m365connect.core.recipe.PermissionRequirement(p.resource(), p.name(),
                io.m365connect.core.recipe.PermissionType.DELEGATED, p.id(), false,
                io.m365connect.core.recipe.Privilege.HIGHER, p.why());
        assertEquals("Delegated, higher, optional", PermissionsViewModel.kind(optional));
    }

    @Test
    void permissionsAreGroupedByResourceInCatalogOrder() {
        WizardSession s = session();
        var mixed = TestRecipes.exchange();
        var perms = new java.util.ArrayList<>(mixed.permissions());
        perms.addAll(TestRecipes.graph().permissions());
        s.recipeProperty().set(new io.m365connect.core.recipe.Recipe(mixed.id(), mixed.title(), mixed.vendor(),
                mixed.source(), mixed.summary(), mixed.credentialKinds(), mixed.preferredCredential(), mixed.needs(),
                mixed.inputs(), perms, mixed.roles(), mixed.prerequisites(), mixed.probes(), mixed.outputs(),
                mixed.registrationSteps(), mixed.notes(), false));
        PermissionsViewModel vm = new PermissionsViewModel(s, LinkSource.none(), LinkSource.none());
        assertEquals(List.of("Microsoft Graph (1)", "Office 365 Exchange Online (1)"),
                vm.groups().stream().map(PermissionsViewModel.PermissionGroup::heading).toList());
    }
}
