package io.m365connect.core.auth;

import io.m365connect.core.common.Problem;
import io.m365connect.core.common.ProblemException;
import io.m365connect.core.tenant.Cloud;
import io.m365connect.core.tenant.ServiceEndpoint;
import java.util.Locale;
import java.util.Optional;

/**
 * Scopes built from the cloud's {@code resource} values, so the same request works in every national cloud:
 * {@code graph} → {@code https://graph.microsoft.com/.default}, {@code exchange/IMAP.AccessAsUser.All} →
 * {@code https://outlook.office365.com/IMAP.AccessAsUser.All}. A full {@code https://…} scope is taken as is.
 */
public final class Scopes {
    private Scopes() {
    }

    /** The default: Microsoft Graph with the permissions already granted ({@code .default}). */
    public static String defaultScope(Cloud cloud) throws ProblemException {
        return service(cloud, "graph").defaultScope();
    }

    /** Parses {@code SERVICE[/NAME]} or a full scope URI. */
    public static String parse(String spec, Cloud cloud) throws ProblemException {
        String s = spec == null ? "" : spec.strip();
        if (s.isEmpty()) {
            return defaultScope(cloud);
        }
        if (s.contains("://") || s.startsWith("api://")) {
            return s;
        }
        int slash = s.indexOf('/');
        String name = slash < 0 ? s : s.substring(0, slash);
        String rest = slash < 0 ? "" : s.substring(slash + 1);
        ServiceEndpoint endpoint = service(cloud, name);
        return rest.isEmpty() || rest.equals(".default") ? endpoint.defaultScope() : endpoint.scope(rest);
    }

    private static ServiceEndpoint service(Cloud cloud, String name) throws ProblemException {
        Optional<ServiceEndpoint> endpoint = switch (name.toLowerCase(Locale.ROOT)) {
            case "graph" -> cloud.graphService();
            case "exchange", "outlook" -> cloud.exchangeService();
            case "management", "manage" -> cloud.managementService();
            default -> throw new ProblemException(Problem.of("Unknown scope '" + name + "'.",
                    "Use graph, exchange or management (optionally with /PERMISSION, e.g. "
                            + "exchange/IMAP.AccessAsUser.All), or a full scope such as "
                            + "https://graph.microsoft.com/.default."));
        };
        return endpoint.orElseThrow(() -> new ProblemException(Problem.of(
                "The cloud '" + cloud.id() + "' has no " + name + " service.",
                "Give the full scope (https://…/.default) or a cloud file that lists the service.")));
    }
}
