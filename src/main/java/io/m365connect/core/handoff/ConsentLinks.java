package io.m365connect.core.handoff;

import io.m365connect.core.recipe.CloudService;
import io.m365connect.core.recipe.PermissionRequirement;
import io.m365connect.core.recipe.PermissionType;
import io.m365connect.core.recipe.Recipe;
import io.m365connect.core.recipe.ResourceApp;
import io.m365connect.core.tenant.Cloud;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Admin-consent URLs for one tenant in one cloud (Entra docs: v2-admin-consent.md, v2-oauth2-client-creds-grant-flow.md).
 * The v1 form consents to every permission listed on the app registration; the v2 form consents to one resource's
 * application permissions through {@code {resource}/.default}. Delegated permissions a person chose can be named in
 * the v2 {@code scope} ("static (/.default) or dynamic scopes"); application permissions cannot: "in order to request
 * app permissions, you must use the /.default value" (v2-admin-consent.md), so those go on the registration first.
 */
public final class ConsentLinks {

    /**
     * A consent link; {@code resource} is empty for the v1 link, which covers every resource. {@code scopes} are the
     * delegated permissions the link names; empty for a link that covers what the app registration lists.
     */
    public record ConsentLink(Optional<ResourceApp> resource, URI uri, List<String> scopes) {
        public ConsentLink {
            scopes = List.copyOf(scopes == null ? List.of() : scopes);
        }

        public ConsentLink(Optional<ResourceApp> resource, URI uri) {
            this(resource, uri, List.of());
        }
    }

    /** OpenID Connect scopes: named bare in a scope list, never under a resource. */
    private static final Set<String> OIDC = Set.of("openid", "profile", "email", "offline_access");

    private ConsentLinks() {
    }

    /** {@code {authority}/{tenant}/adminconsent?client_id={clientId}}. */
    public static URI adminConsent(Cloud cloud, String tenant, String clientId) {
        return URI.create(cloud.tenantAuthority(Ids.tenant(tenant)) + "/adminconsent?client_id="
                + Ids.guid(clientId, "the application (client) ID"));
    }

    /** {@code {authority}/{tenant}/v2.0/adminconsent?client_id={clientId}&scope={resource}/.default}. */
    public static URI adminConsentV2(Cloud cloud, String tenant, String clientId, String resource) {
        String scope = resource.endsWith("/") ? resource + ".default" : resource + "/.default";
        return URI.create(cloud.tenantAuthority(Ids.tenant(tenant)) + "/v2.0/adminconsent?client_id="
                + Ids.guid(clientId, "the application (client) ID")
                + "&scope=" + URLEncoder.encode(scope, StandardCharsets.UTF_8));
    }

    /**
     * {@code {authority}/{tenant}/v2.0/adminconsent?client_id={clientId}&scope={resource}/{name} …} for delegated
     * permissions by name; OpenID Connect scopes ({@code openid}, {@code profile}, …) go without the resource.
     */
    public static URI adminConsentV2(Cloud cloud, String tenant, String clientId, String resource, List<String> names) {
        String base = resource.endsWith("/") ? resource : resource + "/";
        List<String> scopes = names.stream().map(n -> OIDC.contains(n) ? n : base + n).toList();
        return URI.create(cloud.tenantAuthority(Ids.tenant(tenant)) + "/v2.0/adminconsent?client_id="
                + Ids.guid(clientId, "the application (client) ID")
                + "&scope=" + URLEncoder.encode(String.join(" ", scopes), StandardCharsets.UTF_8).replace("+", "%20"));
    }

    /**
     * The v1 link, then one v2 link per resource the recipe asks permissions of and the cloud offers; for a recipe
     * whose permissions the person chose, one more v2 link per resource naming the chosen delegated ones. Exchange
     * Online Protection (Exchange.ManageAsApp in GCC High/DoD) has no token resource of its own in the cloud
     * record, so only the v1 link covers it.
     */
    public static List<ConsentLink> forRecipe(Recipe recipe, Cloud cloud, String tenant, String clientId) {
        List<ConsentLink> links = new ArrayList<>();
        links.add(new ConsentLink(Optional.empty(), adminConsent(cloud, tenant, clientId)));
        Set<String> seen = new LinkedHashSet<>();
        for (ResourceApp app : recipe.resources()) {
            if (app == ResourceApp.EXCHANGE_PROTECTION) {
                continue;
            }
            Optional<String> resource = CloudService.endpointResource(cloud, app);
            if (resource.isPresent() && seen.add(resource.get())) {
                links.add(new ConsentLink(Optional.of(app), adminConsentV2(cloud, tenant, clientId, resource.get())));
                List<String> named = recipe.permissionsSelectable() ? delegated(recipe, app) : List.of();
                if (!named.isEmpty()) {
                    links.add(new ConsentLink(Optional.of(app),
                            adminConsentV2(cloud, tenant, clientId, resource.get(), named), named));
                }
            }
        }
        return links;
    }

    private static List<String> delegated(Recipe recipe, ResourceApp app) {
        return recipe.permissions().stream().filter(p -> p.resource() == app && p.type() == PermissionType.DELEGATED)
                .map(PermissionRequirement::name).distinct().toList();
    }
}
