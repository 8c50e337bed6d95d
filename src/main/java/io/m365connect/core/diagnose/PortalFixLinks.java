package io.m365connect.core.diagnose;

import io.m365connect.core.handoff.ConsentLinks;
import io.m365connect.core.handoff.PortalLinks;
import io.m365connect.core.recipe.CloudService;
import io.m365connect.core.recipe.ResourceApp;
import io.m365connect.core.tenant.Cloud;
import java.net.URI;
import java.util.Optional;
import java.util.function.Function;

/** The fix links of one session, from the cloud's Entra admin center and its sign-in authority. */
public final class PortalFixLinks implements FixLinks {
    private final Cloud cloud;
    private final String tenant;
    private final String clientId;
    private final Optional<PortalLinks> portal;

    public PortalFixLinks(Cloud cloud, String tenant, String clientId) {
        this.cloud = cloud;
        this.tenant = tenant;
        this.clientId = clientId;
        this.portal = PortalLinks.of(cloud, Optional.of(tenant));
    }

    @Override
    public String adminConsent(ResourceApp resource) {
        return guarded(() -> CloudService.endpointResource(cloud, resource)
                .map(r -> ConsentLinks.adminConsentV2(cloud, tenant, clientId, r))
                .orElseGet(() -> ConsentLinks.adminConsent(cloud, tenant, clientId)));
    }

    @Override
    public String apiPermissions() {
        return page(p -> p.apiPermissions(clientId));
    }

    @Override
    public String credentials() {
        return page(p -> p.certificatesAndSecrets(clientId));
    }

    @Override
    public String enterpriseApps() {
        return page(PortalLinks::enterpriseApps);
    }

    @Override
    public String roleAssignments(String roleTemplateId) {
        return page(p -> p.roleMembers(roleTemplateId));
    }

    private String page(Function<PortalLinks, URI> link) {
        return portal.map(p -> guarded(() -> link.apply(p))).orElse("");
    }

    /** A tenant or client ID that is not valid yet gives no link rather than a broken one. */
    private static String guarded(java.util.function.Supplier<URI> link) {
        try {
            return link.get().toString();
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
