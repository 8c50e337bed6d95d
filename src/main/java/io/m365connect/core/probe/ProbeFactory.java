package io.m365connect.core.probe;

import io.m365connect.core.recipe.PermissionRequirement;
import io.m365connect.core.recipe.Recipe;
import io.m365connect.core.recipe.ResourceApp;
import io.m365connect.core.recipe.RoleHolder;
import io.m365connect.core.recipe.RoleRequirement;
import java.util.stream.Collectors;

/** Builds the probe for a kind, told what the recipe asks for (which Graph call to prefer, which role to name). */
public final class ProbeFactory {
    private ProbeFactory() {
    }

    /** The probe, writing its start and verdict to the log. */
    public static ConnectionProbe create(ProbeKind kind, Recipe recipe) {
        return new LoggedProbe(probe(kind, recipe));
    }

    private static ConnectionProbe probe(ProbeKind kind, Recipe recipe) {
        return switch (kind) {
            case GRAPH -> new GraphProbe(recipe.permissions().stream()
                    .filter(p -> p.resource() == ResourceApp.GRAPH)
                    .map(PermissionRequirement::name).collect(Collectors.toSet()));
            case MANAGEMENT_ACTIVITY -> new ManagementActivityProbe();
            case EXCHANGE_ADMIN -> new ExchangeAdminProbe(recipe.roles().stream()
                    .filter(r -> r.holder() == RoleHolder.APP).map(RoleRequirement::name).findFirst().orElse(null));
            case IMAP, POP3, SMTP -> new MailProbe(kind);
        };
    }
}
