package io.m365connect.ui.step.registration;

import static io.m365connect.ui.TestRecipes.APP;
import static io.m365connect.ui.TestRecipes.TENANT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.m365connect.core.profile.ProfileStore;
import io.m365connect.ui.TestRecipes;
import io.m365connect.ui.common.DirectUiExecutor;
import io.m365connect.ui.common.Link;
import io.m365connect.ui.shell.WizardSession;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistrationViewModelTest {
    @TempDir
    Path home;
    WizardSession session;
    RegistrationViewModel vm;

    @BeforeEach
    void setUp() {
        session = new WizardSession(TestRecipes.all(), TestRecipes.clouds(), new DirectUiExecutor(), new ProfileStore(home));
        session.recipeProperty().set(TestRecipes.exchange());
        vm = new RegistrationViewModel(session, s -> s.clientIdProperty().get().isBlank()
                ? List.of(new Link("App registrations", s.cloud().entraAdminCenter() + "/#apps"))
                : List.of(new Link("This app", s.cloud().entraAdminCenter() + "/#app/" + s.clientIdProperty().get())));
    }

    private String unmet() {
        return vm.unmetRequirementProperty().get();
    }

    private FieldModel organization() {
        return vm.inputs().get(0);
    }

    private void fillValid() {
        vm.tenant().textProperty().set(TENANT);
        vm.client().textProperty().set(APP);
        organization().textProperty().set("contoso.onmicrosoft.com");
    }

    @Test
    void validEntriesAllowNext() {
        fillValid();
        assertEquals("", unmet());
    }

    @Test
    void emptyTenantIsTheFirstRequirementButNotShownInline() {
        assertEquals("Enter the tenant: its directory (tenant) ID or its domain.", unmet());
        assertEquals("", vm.tenant().messageProperty().get());
        vm.tenant().commit();
        assertEquals("Enter the tenant: its directory (tenant) ID or its domain.", vm.tenant().messageProperty().get());
        assertTrue(vm.tenant().invalidProperty().get());
    }

    @Test
    void malformedTenantGuidIsShownInlineAndBlocksNext() {
        fillValid();
        vm.tenant().textProperty().set("72f988bf-86f1-41af-91ab-2d7cd011db4");
        String expected = "The tenant ID \"72f988bf-86f1-41af-91ab-2d7cd011db4\" is not a valid GUID: "
                + "it has 31 hex digits, a GUID has 32.";
        assertEquals(expected, vm.tenant().messageProperty().get());
        assertEquals(expected, unmet());
    }

    @Test
    void tenantDomainWithSpacesBlocksNext() {
        fillValid();
        vm.tenant().textProperty().set("contoso .com");
        assertEquals("The tenant domain \"contoso .com\" contains a space; a domain cannot.", unmet());
    }

    @Test
    void emptyClientIdBlocksNext() {
        fillValid();
        vm.client().textProperty().set("");
        assertEquals("Enter the application (client) ID.", unmet());
    }

    @Test
    void malformedClientIdBlocksNext() {
        fillValid();
        vm.client().textProperty().set("0ee3ad5e-3d6c");
        assertEquals("The application (client) ID \"0ee3ad5e-3d6c\" is not a valid GUID: it has 12 hex digits, "
                + "a GUID has 32.", vm.client().messageProperty().get());
    }

    @Test
    void clientIdEqualToTenantBlocksNextAndClearsWhenTenantChanges() {
        fillValid();
        vm.client().textProperty().set(TENANT);
        assertEquals("The application (client) ID is the same as the tenant ID.", unmet());
        vm.tenant().textProperty().set("contoso.onmicrosoft.com");
        assertEquals("", unmet());
    }

    @Test
    void organizationMustBeTheInitialDomain() {
        fillValid();
        organization().textProperty().set("contoso.com");
        assertEquals("Organization must be the tenant's initial domain, ending in .onmicrosoft.com "
                + "(e.g. contoso.onmicrosoft.com); \"contoso.com\" is not.", organization().messageProperty().get());
        assertEquals(organization().messageProperty().get(), unmet());
    }

    @Test
    void organizationIsCheckedAgainWhenTheCloudChanges() {
        fillValid();
        session.cloudProperty().set(TestRecipes.cloud("gcc-high"));
        assertTrue(unmet().startsWith("Organization must be the tenant's initial domain, ending in .onmicrosoft.us"));
        organization().textProperty().set("contoso.onmicrosoft.us");
        assertEquals("", unmet());
    }

    @Test
    void emptyRequiredInputBlocksNext() {
        vm.tenant().textProperty().set(TENANT);
        vm.client().textProperty().set(APP);
        assertEquals("Enter Organization.", unmet());
    }

    @Test
    void controlCharacterBlocksNext() {
        fillValid();
        organization().textProperty().set("contoso\u0000.onmicrosoft.com");
        assertEquals("The Organization contains an invisible control character (U+0000) at position 8.", unmet());
    }

    @Test
    void pastedLinkIsReplacedByTheIdWhenLeavingTheField() {
        fillValid();
        vm.tenant().textProperty().set(" https://login.microsoftonline.com/" + TENANT.toUpperCase() + "/oauth2/v2.0/token ");
        assertEquals("", unmet());
        vm.tenant().commit();
        assertEquals(TENANT, vm.tenant().textProperty().get());
        assertEquals(TENANT, session.tenantProperty().get());
        assertEquals("Tenant taken from the pasted link.", vm.tenant().noteProperty().get());
        vm.tenant().textProperty().set(TENANT + " ");
        assertEquals("", vm.tenant().noteProperty().get());
    }

    @Test
    void inputsFollowTheRecipeAndAreKeptInTheSession() {
        organization().textProperty().set("contoso.onmicrosoft.com");
        assertEquals("contoso.onmicrosoft.com", session.inputs().get("organization"));
        session.recipeProperty().set(TestRecipes.mail());
        assertEquals(List.of("username"), vm.inputs().stream().map(FieldModel::id).toList());
        vm.tenant().textProperty().set(TENANT);
        vm.client().textProperty().set(APP);
        vm.inputs().get(0).textProperty().set("svc-mail");
        assertEquals("Username: \"svc-mail\" is not a user name of the form name@domain.", unmet());
        session.recipeProperty().set(TestRecipes.graph());
        assertTrue(vm.inputs().isEmpty());
        assertEquals("", unmet());
    }

    @Test
    void guidanceAndLinksComeFromRecipeAndCloud() {
        assertEquals(List.of("Register a new app", "Add a certificate"), vm.guidance());
        assertEquals("https://entra.example/#apps", vm.links().get(0).url());
        assertFalse(vm.links().isEmpty());
    }

    @Test
    void linksFollowTheEnteredAppOnceItIsValid() {
        vm.client().textProperty().set(APP);
        assertEquals("https://entra.example/#app/" + APP, vm.links().get(0).url());
        vm.client().textProperty().set("");
        assertEquals("https://entra.example/#apps", vm.links().get(0).url());
    }

    @Test
    void entriesRestoredFromTheSessionAreShownAtOnce() {
        fillValid();
        RegistrationViewModel again = new RegistrationViewModel(session, s -> List.of());
        assertEquals(TENANT, again.tenant().textProperty().get());
        assertEquals("contoso.onmicrosoft.com", again.inputs().get(0).textProperty().get());
        assertEquals("", again.unmetRequirementProperty().get());
    }

    @Test
    void restoredDraftFillsTheFieldsOfTheSameRecipe() {
        session.restore(new io.m365connect.core.profile.SetupProfile(null, 1, "test-exchange", "global", null, TENANT, APP,
                java.util.Map.of("organization", "contoso.onmicrosoft.com"), null, null, null));
        assertEquals(TENANT, vm.tenant().textProperty().get());
        assertEquals("contoso.onmicrosoft.com", organization().textProperty().get());
        assertEquals("", unmet());
    }
}
