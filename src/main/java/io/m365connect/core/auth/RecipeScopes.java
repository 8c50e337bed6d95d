package io.m365connect.core.auth;

import io.m365connect.core.recipe.CredentialKind;
import io.m365connect.core.recipe.PermissionRequirement;
import io.m365connect.core.recipe.PermissionType;
import io.m365connect.core.recipe.Recipe;
import io.m365connect.core.recipe.ResourceApp;
import io.m365connect.core.tenant.Cloud;
import io.m365connect.core.tenant.ServiceEndpoint;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The scopes to ask for when checking a recipe's credential: app-only sign-in asks for the first API's
 * {@code /.default}; a user's sign-in asks for that API's delegated permissions by name. One API per request,
 * as Entra requires (AADSTS700022 otherwise).
 */
public final class RecipeScopes {
    /** MSAL adds these itself; Entra treats them as sign-in, not API, scopes. */
    private static final Set<String> OIDC = Set.of("openid", "profile", "offline_access", "email");

    private RecipeScopes() {
    }

    public static List<String> forRecipe(Recipe recipe, Cloud cloud, CredentialKind kind) {
        PermissionType type = kind.isAppOnly() ? PermissionType.APPLICATION : PermissionType.DELEGATED;
        Optional<ResourceApp> resource = recipe.permissions().stream().filter(p -> p.type() == type)
                .filter(p -> !OIDC.contains(p.name())).map(PermissionRequirement::resource).findFirst();
        Optional<ServiceEndpoint> endpoint = resource.flatMap(r -> service(cloud, r)).or(cloud::graphService);
        if (endpoint.isEmpty()) {
            return List.of();
        }
        if (kind.isAppOnly() || resource.isEmpty()) {
            return List.of(endpoint.get().defaultScope());
        }
        return recipe.permissions().stream()
                .filter(p -> p.type() == type && p.resource() == resource.get() && !OIDC.contains(p.name()))
                .map(p -> endpoint.get().scope(p.name())).distinct().toList();
    }

    private static Optional<ServiceEndpoint> service(Cloud cloud, ResourceApp resource) {
        return switch (resource) {
            case GRAPH -> cloud.graphService();
            case EXCHANGE, EXCHANGE_PROTECTION -> cloud.exchangeService();
            case MANAGEMENT -> cloud.managementService();
        };
    }
}
