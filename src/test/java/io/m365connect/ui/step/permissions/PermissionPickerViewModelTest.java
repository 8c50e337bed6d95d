package io.m365connect.ui.step.permissions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.m365connect.core.profile.ProfileStore;
import io.m365connect.core.recipe.ChosenPermission;
import io.m365connect.core.recipe.CredentialKind;
import io.m365connect.core.recipe.PermissionRequirement;
import io.m365connect.core.recipe.PermissionType;
import io.m365connect.core.recipe.Privilege;
import io.m365connect.core.recipe.RecipeCatalog;
import io.m365connect.core.tenant.CloudCatalog;
import io.m365connect.ui.common.DirectUiExecutor;
import io.m365connect.ui.shell.LinkSource;
import io.m365connect.ui.shell.PortalPages;
import io.m365connect.ui.shell.WizardSession;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The permission picker of the generic Graph recipe, without a toolkit. */
class PermissionPickerViewModelTest {
    static final CloudCatalog CLOUDS = CloudCatalog.loadBuiltIn();
    static final RecipeCatalog RECIPES = RecipeCatalog.loadBuiltIn(CLOUDS);

    @TempDir
    Path home;
    WizardSession session;
    PermissionsViewModel page;
    PermissionPickerViewModel picker;

    @BeforeEach
    void open() {
        session = new WizardSession(RECIPES::all, RECIPES::permissions, CLOUDS.all(), new DirectUiExecutor(),
                new ProfileStore(home));
        page = new PermissionsViewModel(session, PortalPages.consent(), LinkSource.none());
        picker = page.picker();
    }

    private PermissionPickerViewModel.Row row(String name) {
        return picker.rows().stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not offered"));
    }

    private void tick(String name) {
        picker.setChosen(row(name), true);
    }

    @Test
    void thePickerAppearsOnlyForARecipeWhosePermissionsArePicked() {
        session.chooseRecipe("blink-microsoft-graph");
        assertFalse(picker.activeProperty().get());
        assertTrue(picker.rows().isEmpty());
        assertEquals("", page.unmetRequirementProperty().get());
        session.chooseRecipe("custom-graph");
        assertTrue(picker.activeProperty().get());
        assertEquals(77, picker.rows().size());
        assertEquals("77 of 77 Microsoft Graph permissions", picker.countProperty().get());
    }

    @Test
    void nextWaitsForTheFirstChosenPermission() {
        session.chooseRecipe("custom-graph");
        assertEquals("Choose at least one permission your system needs.", page.unmetRequirementProperty().get());
        tick("User.Read.All");
        assertEquals("", page.unmetRequirementProperty().get());
        PermissionRequirement p = page.permissions().get(0);
        assertEquals("df021288-bdef-4463-88db-98f22de89214", p.id());
        assertEquals(Privilege.CHOSEN, p.privilege());
        assertEquals("Application, your choice", PermissionsViewModel.kind(p));
        assertEquals(List.of("Microsoft Graph (1)"), page.groups().stream()
                .map(PermissionsViewModel.PermissionGroup::heading).toList());
        assertTrue(row("User.Read.All").chosenProperty().get());
    }

    @Test
    void theKindFollowsTheCredentialAndThePersonMayOverrideIt() {
        session.chooseRecipe("custom-graph");
        assertEquals(CredentialKind.CERTIFICATE, session.credentialKindProperty().get());
        assertEquals(PermissionType.APPLICATION, picker.typeProperty().get());
        assertTrue(picker.typeHintProperty().get().startsWith("You chose a certificate on the Credential step: the "
                + "app runs alone"), picker.typeHintProperty().get());
        session.credentialKindProperty().set(CredentialKind.DEVICE_CODE);
        assertEquals(PermissionType.DELEGATED, picker.typeProperty().get());
        picker.typeProperty().set(PermissionType.APPLICATION);
        tick("Mail.Send");
        assertEquals("One of your permissions is application: a token from sign-in with a device code cannot show "
                + "it, so the connection check asks you to confirm it on the API permissions page.",
                picker.mismatchProperty().get());
    }

    @Test
    void searchFiltersByNameAndDescription() {
        session.chooseRecipe("custom-graph");
        picker.queryProperty().set("full profiles");
        assertEquals(List.of("User.ReadWrite.All", "User.Read.All"),
                picker.rows().stream().map(PermissionPickerViewModel.Row::name).toList());
        assertEquals("Read all users' full profiles", row("User.Read.All").description());
        assertEquals("Narrower: User.ReadBasic.All", row("User.Read.All").hint());
        picker.queryProperty().set("zzz");
        assertTrue(picker.rows().isEmpty());
        assertEquals("No Microsoft Graph permission matches \"zzz\".", picker.countProperty().get());
    }

    @Test
    void aPermissionThatDoesNotExistAsTheKindIsOfferedButNotTickable() {
        session.chooseRecipe("custom-graph");
        PermissionPickerViewModel.Row userRead = row("User.Read");
        assertFalse(userRead.available());
        assertEquals("Not available as application. Delegated only.", userRead.hint());
        picker.setChosen(userRead, true);
        assertEquals("'User.Read' exists only as a delegated permission of Microsoft Graph, not as an application one.",
                picker.problemProperty().get().summary());
        assertFalse(userRead.chosenProperty().get());
        assertTrue(session.chosenPermissions().isEmpty());
        picker.typeProperty().set(PermissionType.DELEGATED);
        assertTrue(row("User.Read").available());
        tick("User.Read");
        assertNull(picker.problemProperty().get());
    }

    @Test
    void removingTheLastChoiceBlocksNextAgain() {
        session.chooseRecipe("custom-graph");
        tick("User.Read.All");
        PermissionRequirement chosen = page.permissions().get(0);
        assertTrue(PermissionsViewModel.removable(chosen));
        page.remove(chosen);
        assertTrue(page.permissions().isEmpty());
        assertFalse(row("User.Read.All").chosenProperty().get());
        assertEquals("Choose at least one permission your system needs.", page.unmetRequirementProperty().get());
        session.chooseRecipe("blink-microsoft-graph");
        assertFalse(PermissionsViewModel.removable(page.permissions().get(0)), "a recipe's own permissions stay");
    }

    @Test
    void consentLinksFollowTheChoice() {
        session.chooseRecipe("custom-graph");
        session.tenantProperty().set("72f988bf-86f1-41af-91ab-2d7cd011db47");
        session.clientIdProperty().set("0ee3ad5e-3d6c-4e2a-9b1a-8f1f3c4d5e6f");
        page.refresh();
        assertEquals(1, page.consentLinks().size());
        tick("User.Read.All");
        assertEquals(2, page.consentLinks().size());
        assertEquals("Admin consent covers the application permissions listed on the app registration: add "
                + "User.Read.All under API permissions first (the Portal pages below), then grant consent.",
                page.consentHintProperty().get());
        picker.typeProperty().set(PermissionType.DELEGATED);
        tick("Mail.Send");
        assertEquals("Grant admin consent: the Microsoft Graph delegated permissions you chose (v2)",
                page.consentLinks().get(2).label());
        assertTrue(page.consentLinks().get(2).url().endsWith("&scope=https%3A%2F%2Fgraph.microsoft.com%2FMail.Send"));
    }

    @Test
    void theChoiceIsSavedWithTheDraftAndComesBack() {
        session.chooseRecipe("custom-graph");
        tick("User.Read.All");
        var saved = session.snapshot();
        assertEquals(List.of(ChosenPermission.graph("User.Read.All", PermissionType.APPLICATION)), saved.permissions());
        open();
        assertTrue(session.restore(saved).isEmpty());
        assertEquals(List.of("User.Read.All"), page.permissions().stream().map(PermissionRequirement::name).toList());
        session.chooseRecipe("blink-microsoft-graph");
        assertEquals(List.of(), session.snapshot().permissions(), "a recipe with its own list saves no choice");
    }

    @Test
    void aDraftChoiceTheCatalogNoLongerKnowsIsLeftOutAndSaid() {
        var saved = new io.m365connect.core.profile.SetupProfile(null, 1, "custom-graph", "global", null, null, null,
                java.util.Map.of(), CredentialKind.SECRET, null, null,
                List.of(ChosenPermission.graph("Mail.Sned", PermissionType.APPLICATION),
                        ChosenPermission.graph("Mail.Send", PermissionType.APPLICATION)));
        var problem = session.restore(saved);
        assertEquals("'Mail.Sned' is not a Microsoft Graph permission this app knows. Did you mean 'Mail.Send'?",
                problem.orElseThrow().summary());
        assertEquals(List.of(ChosenPermission.graph("Mail.Send", PermissionType.APPLICATION)),
                session.chosenPermissions());
    }

    @Test
    void theCloudChangesTheGuidsNotTheChoice() {
        session.chooseRecipe("custom-graph");
        tick("User.Read.All");
        session.cloudProperty().set(CLOUDS.find("gcc-high").orElseThrow());
        assertEquals(List.of("User.Read.All"), page.permissions().stream().map(PermissionRequirement::name).toList());
    }
}
