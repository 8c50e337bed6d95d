package io.m365connect.core.handoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExchangeScriptTest {
    private static final String APP = "0b1f2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

    @Test
    void mailboxAccessLooksUpTheEnterpriseAppWithGraphThenRegistersItInExchange() {
        ExchangeScript s = ExchangeScript.mailboxAccess("contoso.onmicrosoft.com", APP,
                List.of("alice@contoso.com", "shared@contoso.com"));
        List<String> c = s.commands();
        assertEquals("$sp = Get-MgServicePrincipal -Filter \"appId eq '" + APP + "'\"", c.get(1));
        assertEquals("New-ServicePrincipal -AppId '" + APP + "' -ObjectId $sp.Id -DisplayName $sp.DisplayName",
                c.get(3));
        assertEquals("Add-MailboxPermission -Identity 'alice@contoso.com' -User $sp.Id -AccessRights FullAccess",
                c.get(4));
        assertEquals(6, c.size());
        assertFalse(s.text().contains("AzureAD\n") || s.text().contains("Get-AzureAD"));
    }

    @Test
    void everyCommandHasExactlyOneCommentAboveIt() {
        String text = ExchangeScript.mailboxAccess("contoso.onmicrosoft.com", APP, List.of("a@contoso.com")).text();
        List<String> lines = text.lines().toList();
        assertEquals(0, lines.size() % 2);
        for (int i = 0; i < lines.size(); i += 2) {
            assertTrue(lines.get(i).startsWith("# "), lines.get(i));
            assertFalse(lines.get(i + 1).startsWith("#"), lines.get(i + 1));
        }
    }

    @Test
    void rbacForApplicationsScopesTheRoleToTheNamedMailboxes() {
        List<String> c = ExchangeScript.scopedApplicationRole("contoso.onmicrosoft.com", APP,
                "Application SMTP.SendAsApp", List.of("a@contoso.com", "b@contoso.com")).commands();
        assertTrue(c.contains("New-ManagementScope -Name 'M365 Connect " + APP + "' -RecipientRestrictionFilter "
                + "\"PrimarySmtpAddress -eq 'a@contoso.com' -or PrimarySmtpAddress -eq 'b@contoso.com'\""), c.toString());
        assertTrue(c.contains("New-ManagementRoleAssignment -App '" + APP + "' -Role 'Application SMTP.SendAsApp' "
                + "-CustomResourceScope 'M365 Connect " + APP + "'"));
    }

    @Test
    void aQuoteInAValueCannotBreakOutOfTheString() {
        List<String> c = ExchangeScript.enableSmtpAuth("contoso", "o'brien@contoso.com").commands();
        assertEquals("Set-CASMailbox -Identity 'o''brien@contoso.com' -SmtpClientAuthenticationDisabled $false",
                c.get(1));
    }

    @Test
    void aDirectoryRoleIsAssignedByItsTemplateIdFromTheCatalog() throws Exception {
        String templateId = io.m365connect.core.recipe.RoleCatalog.loadBuiltIn().find("Exchange Administrator")
                .orElseThrow().templateId();
        List<String> c = ExchangeScript.assignDirectoryRole("contoso", APP, "Exchange Administrator", templateId)
                .commands();
        assertEquals("New-MgRoleManagementDirectoryRoleAssignment -PrincipalId $sp.Id -RoleDefinitionId "
                + "'29232cdf-9323-42fd-ade2-1d097af3e4de' -DirectoryScopeId '/'", c.get(2));
    }
}
