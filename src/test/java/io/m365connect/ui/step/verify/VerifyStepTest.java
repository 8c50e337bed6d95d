package io.m365connect.ui.step.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.m365connect.core.common.ProblemException;
import io.m365connect.core.diagnose.CheckRow;
import io.m365connect.core.net.HttpSettings;
import io.m365connect.core.profile.ProfileStore;
import io.m365connect.core.recipe.RecipeCatalog;
import io.m365connect.core.tenant.CloudCatalog;
import io.m365connect.ui.common.DirectUiExecutor;
import io.m365connect.ui.shell.WizardSession;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerifyStepTest {
    private static final RecipeCatalog RECIPES = RecipeCatalog.loadBuiltIn();
    @TempDir
    Path home;

    private WizardSession session() {
        return new WizardSession(RECIPES.all(), CloudCatalog.loadBuiltIn().all(), new DirectUiExecutor(),
                new ProfileStore(home));
    }

    @Test
    void withoutATargetTheStepSaysWhatIsMissing() {
        ProblemException e = assertThrows(ProblemException.class, () -> VerifyStep.setup(session(),
                HttpSettings.defaults(), (s, first) -> (r, c) -> null, true));
        assertEquals("No target system is chosen.", e.problem().summary());
    }

    @Test
    void theChecksAreThoseOfTheChosenRecipe() throws Exception {
        WizardSession s = session();
        s.chooseRecipe("blink-exchange-online");
        s.tenantProperty().set("contoso.onmicrosoft.com");
        s.clientIdProperty().set("0b1f2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d");
        s.inputs().put("organization", "contoso.onmicrosoft.com");
        VerifyViewModel.Setup setup = VerifyStep.setup(s, HttpSettings.defaults(), (x, first) -> (r, c) -> null, true);
        assertEquals(List.of("Token for Office 365 Exchange Online", "Permissions of Office 365 Exchange Online",
                "Role Exchange Administrator", "Role Compliance Administrator", "Exchange Online admin API"),
                setup.check().plannedRows().stream().map(CheckRow::title).toList());
    }

    @Test
    void anEmptyClientIdIsSaidBeforeAnyRequest() {
        WizardSession s = session();
        s.chooseRecipe("blink-o365-management-activity");
        s.tenantProperty().set("contoso.onmicrosoft.com");
        ProblemException e = assertThrows(ProblemException.class, () -> VerifyStep.setup(s, HttpSettings.defaults(),
                (x, first) -> (r, c) -> null, true));
        assertEquals("The tenant or the application (client) ID is empty.", e.problem().summary());
    }
}
