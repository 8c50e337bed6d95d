package io.m365connect.core.handoff;

import io.m365connect.core.common.Guids;
import io.m365connect.core.recipe.RoleRequirement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The consent and portal links of a hand-off, each with a label, and as {@code links.txt}. */
public final class HandoffLinks {

    public record NamedLink(String label, String url) {
        public NamedLink {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(url, "url");
        }
    }

    private HandoffLinks() {
    }

    /** Empty when the client ID is not a GUID yet: every link names the app. */
    public static List<NamedLink> of(HandoffSession s) {
        if (!Guids.isGuid(s.clientId())) {
            return List.of();
        }
        List<NamedLink> out = new ArrayList<>();
        String tenant = s.tenantGuid().orElse(s.input("organization").orElse(""));
        if (!tenant.isEmpty()) {
            try {
                for (ConsentLinks.ConsentLink c : ConsentLinks.forRecipe(s.recipe(), s.cloud(), tenant, s.clientId())) {
                    out.add(new NamedLink(c.resource().map(r -> (c.scopes().isEmpty() ? "Admin consent for "
                                    : "Admin consent for the chosen delegated permissions of ") + r.displayName())
                            .orElse("Admin consent for every permission"), c.uri().toString()));
                }
            } catch (IllegalArgumentException notATenant) {
                // A tenant typed as something other than a GUID or domain gets no consent link; the page says why.
            }
        }
        Optional<PortalLinks> portal = PortalLinks.of(s.cloud(), s.tenantGuid());
        portal.ifPresent(p -> {
            out.add(new NamedLink("App registration", p.appOverview(s.clientId()).toString()));
            out.add(new NamedLink("API permissions", p.apiPermissions(s.clientId()).toString()));
            out.add(new NamedLink("Certificates & secrets", p.certificatesAndSecrets(s.clientId()).toString()));
            out.add(new NamedLink("Enterprise applications", p.enterpriseApps().toString()));
            for (RoleRequirement r : s.recipe().roles()) {
                out.add(new NamedLink("Role: " + r.name(), p.roleMembers(r.templateId()).toString()));
            }
        });
        return out;
    }

    /** One link per line: label, a tab, the address. */
    public static String text(List<NamedLink> links) {
        StringBuilder b = new StringBuilder();
        links.forEach(l -> b.append(l.label()).append('\t').append(l.url()).append('\n'));
        return b.toString();
    }

    /** The app's Certificates &amp; secrets page, where an expiring credential is renewed. */
    public static Optional<String> credentialsPage(HandoffSession s) {
        return of(s).stream().filter(l -> l.label().equals("Certificates & secrets")).map(NamedLink::url).findFirst();
    }
}
