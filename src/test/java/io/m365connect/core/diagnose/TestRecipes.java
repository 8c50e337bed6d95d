package io.m365connect.core.diagnose;

import io.m365connect.core.recipe.CredentialKind;
import io.m365connect.core.recipe.PermissionRequirement;
import io.m365connect.core.recipe.PermissionType;
import io.m365connect.core.recipe.Privilege;
import io.m365connect.core.recipe.Recipe;
import io.m365connect.core.recipe.ResourceApp;
import io.m365connect.core.recipe.RoleHolder;
import io.m365connect.core.recipe.RoleRequirement;
import java.util.List;

/** Small recipes with the reference GUIDs (shared/reference permissions.json, roles.json). */
final class TestRecipes {
    static final String EXCHANGE_ADMIN = "29232cdf-9323-42fd-ade2-1d097af3e4de";
    static final String COMPLIANCE_ADMIN = "17315797-102d-40b4-93e0-432062caca18";

    private TestRecipes() {
    }

    static PermissionRequirement app(ResourceApp r, String name, String id, boolean required, Privilege p) {
        return new PermissionRequirement(r, name, PermissionType.APPLICATION, id, required, p, "");
    }

    static PermissionRequirement delegated(ResourceApp r, String name, String id) {
        return new PermissionRequirement(r, name, PermissionType.DELEGATED, id, true, Privilege.LEAST, "");
    }

    static Recipe recipe(String id, List<PermissionRequirement> perms, List<RoleRequirement> roles,
                         List<String> probes) {
        return new Recipe(id, id, "", "", "", List.of(CredentialKind.SECRET, CredentialKind.CERTIFICATE,
                CredentialKind.ROPC), CredentialKind.SECRET, List.of(), List.of(), perms, roles, List.of(), probes,
                List.of(), List.of(), List.of(), false);
    }

    static Recipe management() {
        return recipe("blink-o365-management-activity", List.of(
                app(ResourceApp.MANAGEMENT, "ActivityFeed.Read", "594c1fb6-4f81-4475-ae41-0c394909246c", true,
                        Privilege.LEAST),
                app(ResourceApp.MANAGEMENT, "ServiceHealth.Read", "e2cea78f-e743-4d8f-a16a-75b629a038ae", true,
                        Privilege.LEAST),
                new PermissionRequirement(ResourceApp.MANAGEMENT, "ActivityFeed.ReadDlp", PermissionType.APPLICATION,
                        "4807a72c-ad38-4250-94c9-4eabfe26cd55", false, Privilege.HIGHER, "DLP events")),
                List.of(), List.of("management-activity"));
    }

    static Recipe exchange() {
        return recipe("blink-exchange-online", List.of(
                app(ResourceApp.EXCHANGE, "Exchange.ManageAsApp", "dc50a0fb-09a3-484d-be87-e023b12c6440", true,
                        Privilege.LEAST),
                app(ResourceApp.EXCHANGE, "full_access_as_app", "dc890d15-9560-4a4c-9b7f-a736ec74ec40", true,
                        Privilege.HIGHER)),
                List.of(new RoleRequirement("Exchange Administrator", EXCHANGE_ADMIN, RoleHolder.APP, true, ""),
                        new RoleRequirement("Compliance Administrator", COMPLIANCE_ADMIN, RoleHolder.GROUP, false, "")),
                List.of("exchange-admin"));
    }

    static Recipe emailRopc() {
        return recipe("email-ropc", List.of(
                delegated(ResourceApp.EXCHANGE, "IMAP.AccessAsUser.All", "195adc35-e27b-454b-a7ed-1ecdffa1c09f"),
                delegated(ResourceApp.EXCHANGE, "SMTP.Send", "76faac2a-0f20-42f1-928a-50de5b9dbe52"),
                delegated(ResourceApp.GRAPH, "offline_access", "7427e0e9-2fba-42fe-b0c0-848c9e6a8182"),
                app(ResourceApp.EXCHANGE, "IMAP.AccessAsApp", "5e5addcd-3e8d-4e90-baf5-964efab2b20a", false,
                        Privilege.LEAST)),
                List.of(), List.of("imap", "smtp"));
    }
}
