package io.m365connect.core.recipe;

import io.m365connect.core.tenant.Cloud;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A service of a {@link Cloud} a recipe depends on; a cloud file may leave any of them out. */
public enum CloudService {
    GRAPH("Microsoft Graph"),
    MANAGEMENT("Office 365 Management Activity API"),
    EXCHANGE("Exchange Online"),
    IMAP("IMAP"),
    POP3("POP3"),
    SMTP("SMTP submission");

    private final String displayName;

    CloudService(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    public boolean isOffered(Cloud cloud) {
        return switch (this) {
            case GRAPH -> cloud.graph() != null;
            case MANAGEMENT -> cloud.management() != null;
            case EXCHANGE -> cloud.exchange() != null;
            case IMAP -> cloud.imap() != null;
            case POP3 -> cloud.pop3() != null;
            case SMTP -> cloud.smtp() != null;
        };
    }

    /** The HTTP service whose token audience a resource app's permissions are granted for. */
    public static CloudService of(ResourceApp resource) {
        return switch (resource) {
            case GRAPH -> GRAPH;
            case MANAGEMENT -> MANAGEMENT;
            case EXCHANGE, EXCHANGE_PROTECTION -> EXCHANGE;
        };
    }

    /** The services a recipe needs (by its permissions and probes) that this cloud does not offer. */
    public static List<CloudService> missingFor(Recipe recipe, Cloud cloud) {
        Set<CloudService> needed = new LinkedHashSet<>();
        recipe.permissions().forEach(p -> needed.add(of(p.resource())));
        recipe.probes().forEach(p -> ProbeNames.service(p).ifPresent(needed::add));
        return needed.stream().filter(s -> !s.isOffered(cloud)).sorted().toList();
    }

    public static Optional<String> endpointResource(Cloud cloud, ResourceApp resource) {
        return switch (of(resource)) {
            case GRAPH -> cloud.graphService().map(e -> e.resource());
            case MANAGEMENT -> cloud.managementService().map(e -> e.resource());
            default -> cloud.exchangeService().map(e -> e.resource());
        };
    }
}
