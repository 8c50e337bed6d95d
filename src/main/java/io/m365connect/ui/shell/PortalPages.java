package io.m365connect.ui.shell;

import io.m365connect.core.handoff.ConsentLinks;
import io.m365connect.core.handoff.PortalLinks;
import io.m365connect.core.recipe.Recipe;
import io.m365connect.core.recipe.RoleRequirement;
import io.m365connect.core.tenant.ClientId;
import io.m365connect.core.tenant.TenantRef;
import io.m365connect.ui.common.Link;
import io.m365connect.ui.common.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The portal pages and admin-consent links that fit the draft: for its cloud, in its tenant, for its app.
 * Links that need a value the person has not entered correctly yet are left out.
 */
public final class PortalPages {
    private PortalPages() {
    }

    /** App registration: the list, a new registration, and the app's own pages once its ID is known. */
    public static LinkSource registration() {
        return session -> portal(session).map(p -> {
            List<Link> links = new ArrayList<>();
            links.add(link("links.appRegistrations", p.appRegistrations().toString()));
            links.add(link("links.newRegistration", p.newRegistration().toString()));
            client(session).ifPresent(app -> {
                links.add(link("links.appOverview", p.appOverview(app.value()).toString()));
                links.add(link("links.certificates", p.certificatesAndSecrets(app.value()).toString()));
                links.add(link("links.authentication", p.authentication(app.value()).toString()));
            });
            return List.copyOf(links);
        }).orElse(List.of());
    }

    /** Permissions: the app's pages, enterprise applications, and the members of each role the recipe needs. */
    public static LinkSource permissions() {
        return session -> portal(session).map(p -> {
            List<Link> links = new ArrayList<>();
            client(session).ifPresent(app -> {
                links.add(link("links.apiPermissions", p.apiPermissions(app.value()).toString()));
                links.add(link("links.appOverview", p.appOverview(app.value()).toString()));
                links.add(link("links.certificates", p.certificatesAndSecrets(app.value()).toString()));
                links.add(link("links.authentication", p.authentication(app.value()).toString()));
            });
            links.add(link("links.enterpriseApps", p.enterpriseApps().toString()));
            for (RoleRequirement role : session.recipe().map(Recipe::roles).orElse(List.of())) {
                links.add(new Link(Messages.text("links.roleMembers", role.name()),
                        p.roleMembers(role.templateId()).toString()));
            }
            links.add(link("links.roles", p.rolesAndAdmins().toString()));
            return List.copyOf(links);
        }).orElse(List.of());
    }

    /** The v1 admin-consent link for every permission, then a v2 link per resource. */
    public static LinkSource consent() {
        return session -> {
            Optional<TenantRef> tenant = tenant(session);
            Optional<ClientId> app = client(session);
            if (session.recipe().isEmpty() || tenant.isEmpty() || app.isEmpty()) {
                return List.of();
            }
            return ConsentLinks.forRecipe(session.recipe().get(), session.cloud(), tenant.get().value(), app.get().value())
                    .stream()
                    .map(c -> new Link(c.resource().map(r -> Messages.text(c.scopes().isEmpty() ? "links.consent.v2"
                                    : "links.consent.v2.chosen", r.displayName()))
                            .orElse(Messages.text("links.consent.v1")), c.uri().toString()))
                    .toList();
        };
    }

    private static Optional<PortalLinks> portal(WizardSession session) {
        return PortalLinks.of(session.cloud(), tenant(session).map(TenantRef::value));
    }

    private static Optional<TenantRef> tenant(WizardSession session) {
        return TenantRef.parse(session.tenantProperty().get()).acceptedValue();
    }

    private static Optional<ClientId> client(WizardSession session) {
        return ClientId.parse(session.clientIdProperty().get(), tenant(session)).acceptedValue();
    }

    private static Link link(String key, String url) {
        return new Link(Messages.text(key), url);
    }
}
