package io.m365connect.core.handoff;

import io.m365connect.core.common.Guids;
import io.m365connect.core.recipe.PermissionCatalog;
import io.m365connect.core.recipe.RoleHolder;
import io.m365connect.core.recipe.RoleRequirement;
import java.util.ArrayList;
import java.util.List;

/**
 * The scripts a hand-off carries: the app manifest's {@code requiredResourceAccess} fragment and the Azure CLI
 * commands that add the same permissions, and for each directory role the app itself must hold, the Graph
 * PowerShell that assigns it.
 */
public final class HandoffScripts {
    public static final String MANIFEST = "manifest-requiredResourceAccess.json";
    public static final String AZ_PERMISSIONS = "add-permissions.az.sh";
    public static final String ROLES = "assign-roles.ps1";

    private HandoffScripts() {
    }

    public static List<HandoffPackage.Script> of(HandoffSession s, PermissionCatalog catalog) {
        List<HandoffPackage.Script> out = new ArrayList<>();
        if (s.recipe().permissions().isEmpty()) {
            return out;
        }
        ManifestFragment manifest = ManifestFragment.forRecipe(s.recipe(), catalog, s.cloud().id());
        out.add(new HandoffPackage.Script(MANIFEST, "App manifest: requiredResourceAccess",
                manifest.requiredResourceAccessJson()));
        if (!Guids.isGuid(s.clientId())) {
            return out;
        }
        out.add(new HandoffPackage.Script(AZ_PERMISSIONS, "Azure CLI: add the permissions and consent",
                manifest.azScript(s.clientId())));
        String tenant = s.tenantGuid().orElse(s.tenantId());
        StringBuilder roles = new StringBuilder();
        for (RoleRequirement r : s.recipe().roles()) {
            if (r.holder() == RoleHolder.APP && r.required() && !tenant.isBlank()) {
                roles.append(ExchangeScript.assignDirectoryRole(tenant, s.clientId(), r.name(), r.templateId()).text());
            }
        }
        if (roles.length() > 0) {
            out.add(new HandoffPackage.Script(ROLES, "Graph PowerShell: give the app its directory roles",
                    roles.toString()));
        }
        return out;
    }
}
