package io.m365connect.ui;

import io.m365connect.core.recipe.CredentialKind;
import io.m365connect.core.recipe.InputField;
import io.m365connect.core.recipe.InputKind;
import io.m365connect.core.recipe.PermissionRequirement;
import io.m365connect.core.recipe.PermissionType;
import io.m365connect.core.recipe.Prerequisite;
import io.m365connect.core.recipe.Privilege;
import io.m365connect.core.recipe.Recipe;
import io.m365connect.core.recipe.ResourceApp;
import io.m365connect.core.recipe.RoleHolder;
import io.m365connect.core.recipe.RoleRequirement;
import io.m365connect.core.tenant.Cloud;
import java.util.List;

/** Recipes and clouds built from the records, for tests that do not load the catalog. */
public final class TestRecipes {
    public static final String TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    public static final String APP = "0ee3ad5e-3d6c-4e2a-9b1a-8f1f3c4d5e6f";

    private TestRecipes() {
    }

    /** Like the Exchange Online certificate recipe: asks for the Organization (the initial domain). */
    public static Recipe exchange() {
        return new Recipe("test-exchange", "Exchange Online archive", "Example Vendor", "guide", "Archives mailboxes.",
                List.of(CredentialKind.CERTIFICATE, CredentialKind.SECRET), CredentialKind.CERTIFICATE,
                List.of("a certificate (made here if you have none)", "a Global Administrator for consent"),
                List.of(new InputField("organization", "Organization", InputKind.INITIAL_DOMAIN, true,
                        "The initial domain, e.g. contoso.onmicrosoft.com")),
                List.of(new PermissionRequirement(ResourceApp.EXCHANGE, "Exchange.ManageAsApp", PermissionType.APPLICATION,
                        "dc50a0fb-09a3-484d-be87-e023b12c6440", true, Privilege.LEAST, "Run Exchange cmdlets as the app")),
                List.of(new RoleRequirement("Exchange Administrator", "29232cdf-9323-42fd-ade2-1d097af3e4de",
                        RoleHolder.APP, true, "Exchange cmdlets check the role"),
                        new RoleRequirement("Compliance Administrator", "17315797-102d-40b4-93e0-432062caca18",
                                RoleHolder.GROUP, false, "Search across mailboxes")),
                List.of(new Prerequisite("exo-sp", "Exchange service principal", "Register the app in Exchange.")),
                List.of("exchange-admin"), List.of(),
                List.of("Register a new app", "Add a certificate"),
                List.of("The vendor also offers its own OAuth sign-in; that is not set up here."), false);
    }

    /** Like the Graph recipe: no inputs beyond tenant and client ID. */
    public static Recipe graph() {
        return new Recipe("test-graph", "Microsoft Graph reader", "Other Vendor", "guide", "Reads users.",
                List.of(CredentialKind.SECRET), CredentialKind.SECRET, List.of("a client secret"), List.of(),
                List.of(new PermissionRequirement(ResourceApp.GRAPH, "User.Read.All", PermissionType.APPLICATION,
                        "df021288-bdef-4463-88db-98f22de89214", true, Privilege.LEAST, "Read users")),
                List.of(), List.of(), List.of("graph"), List.of(), List.of("Register a new app"), List.of(), false);
    }

    /** Like the mail connector: asks for a user name. */
    public static Recipe mail() {
        return new Recipe("test-mail", "Email connector", "Mail Vendor", "guide", "Reads a mailbox with IMAP.",
                List.of(CredentialKind.ROPC), CredentialKind.ROPC, List.of("a mailbox user name and password"),
                List.of(new InputField("username", "Username", InputKind.UPN, true, "")), List.of(), List.of(),
                List.of(), List.of("imap"), List.of(), List.of(), List.of(), false);
    }

    public static List<Recipe> all() {
        return List.of(exchange(), graph(), mail());
    }

    public static Cloud cloud(String id) {
        return new Cloud(id, id.toUpperCase(), "https://login.example/" + id, null, null, null, null, null, null,
                "https://portal.example", "https://entra.example");
    }

    public static List<Cloud> clouds() {
        return List.of(cloud("global"), cloud("gcc-high"), cloud("china"));
    }
}
