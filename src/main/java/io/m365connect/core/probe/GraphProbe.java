package io.m365connect.core.probe;

import io.m365connect.core.common.Cancellation;
import io.m365connect.core.common.Problem;
import io.m365connect.core.recipe.ResourceApp;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One read-only Graph GET chosen from the permissions the token actually carries (reference endpoints.md §1):
 * it proves the token, the consent and that one permission end to end.
 */
public final class GraphProbe implements ConnectionProbe {
    private static final String SERVICE = "Microsoft Graph";

    /** A GET and the permissions that allow it (any one of them). */
    record Call(String path, Set<String> permissions, boolean delegated, boolean needsMailbox) {
    }

    private static final List<Call> CALLS = List.of(
            new Call("/v1.0/organization?$select=id,displayName",
                    Set.of("Organization.Read.All", "Organization.ReadWrite.All", "Directory.Read.All",
                            "Directory.ReadWrite.All"), false, false),
            new Call("/v1.0/users?$top=1&$select=id",
                    Set.of("User.Read.All", "User.ReadWrite.All", "User.ReadBasic.All"), false, false),
            new Call("/v1.0/admin/serviceAnnouncement/healthOverviews",
                    Set.of("ServiceHealth.Read.All"), false, false),
            new Call("/v1.0/groups?$top=1&$select=id",
                    Set.of("Group.Read.All", "Group.ReadWrite.All", "GroupMember.Read.All"), false, false),
            new Call("/v1.0/applications?$top=1&$select=id",
                    Set.of("Application.Read.All", "Application.ReadWrite.All"), false, false),
            new Call("/v1.0/domains", Set.of("Domain.Read.All"), false, false),
            new Call("/v1.0/users/{mailbox}/mailboxSettings",
                    Set.of("MailboxSettings.Read", "MailboxSettings.ReadWrite"), false, true),
            new Call("/v1.0/users/{mailbox}/mailFolders/inbox/messages?$top=1&$select=id",
                    Set.of("Mail.ReadBasic", "Mail.Read", "Mail.ReadWrite"), false, true),
            new Call("/v1.0/me?$select=id,userPrincipalName",
                    Set.of("User.Read", "User.ReadWrite", "User.ReadBasic.All", "User.Read.All",
                            "Directory.Read.All"), true, false));

    private final Set<String> recipePermissions;

    /** {@code recipePermissions}: the recipe's Graph permission names; a call the recipe needs is preferred. */
    public GraphProbe(Set<String> recipePermissions) {
        this.recipePermissions = Set.copyOf(recipePermissions);
    }

    @Override
    public ProbeKind kind() {
        return ProbeKind.GRAPH;
    }

    @Override
    public ResourceApp resource() {
        return ResourceApp.GRAPH;
    }

    /** The GET this probe will send for these claims, or empty when no granted permission has one. */
    public Optional<String> choosePath(TokenClaims claims, Optional<String> mailbox) {
        Set<String> granted = claims.appOnly() ? claims.roles() : claims.scopes();
        Optional<Call> call = pick(granted, mailbox, claims.appOnly(), true)
                .or(() -> pick(granted, mailbox, claims.appOnly(), false));
        return call.map(c -> c.path().replace("{mailbox}",
                mailbox.map(m -> URLEncoder.encode(m, StandardCharsets.UTF_8)).orElse("")));
    }

    private Optional<Call> pick(Set<String> granted, Optional<String> mailbox, boolean appOnly, boolean recipeOnly) {
        return CALLS.stream()
                .filter(c -> c.delegated() != appOnly)
                .filter(c -> !c.needsMailbox() || mailbox.isPresent())
                .filter(c -> c.permissions().stream().anyMatch(p -> granted.contains(p)
                        && (!recipeOnly || recipePermissions.contains(p))))
                .findFirst();
    }

    @Override
    public ProbeResult run(ProbeTarget target, ProbeToken token, Cancellation cancellation) {
        TokenClaims claims = token.claims();
        Set<String> granted = new TreeSet<>(claims.appOnly() ? claims.roles() : claims.scopes());
        Optional<String> path = choosePath(claims, target.mailbox());
        if (path.isEmpty()) {
            if (granted.isEmpty()) {
                return new ProbeResult.Failed(Layer.CONSENT, Problem.of(
                        "The Microsoft Graph token carries no " + (claims.appOnly() ? "application" : "delegated")
                                + " permission at all.",
                        "Grant admin consent for the app's Microsoft Graph permissions; a new grant can take a few "
                                + "minutes to reach new tokens.", "admin consent was not granted"),
                        "(no request sent)", "token claims: " + (claims.appOnly() ? "roles" : "scp") + " empty", 0);
            }
            return new ProbeResult.Skipped("None of the granted Graph permissions (" + String.join(", ", granted)
                    + ") has a read-only test call; the permission check covers them.");
        }
        String where = target.cloud().graphService().map(s -> s.url()).orElse("");
        if (where.isEmpty()) {
            return new ProbeResult.Skipped("The cloud " + target.cloud().id() + " has no Microsoft Graph address.");
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(where + path.get()))
                .timeout(target.http().readTimeout())
                .header("Authorization", "Bearer " + token.bearer())
                .header("Accept", "application/json")
                .GET().build();
        long start = System.nanoTime();
        HttpCall.Exchange ex;
        try {
            ex = HttpCall.send(HttpCall.client(target.http()), request, "", cancellation);
        } catch (IOException e) {
            return NetworkFailures.failed(SERVICE, request.uri(), e, target.http(), HttpCall.describe(request, ""),
                    millisSince(start));
        }
        long millis = millisSince(start);
        if (ex.status() == 200) {
            return ServiceReply.notJson(SERVICE, ex, millis).orElseGet(() -> new ProbeResult.Passed("GET " + shortPath(path.get()) + " answered 200" + detail(ex.body()), millis));
        }
        Optional<ServiceReply.Error> error = ServiceReply.error(ex.body());
        Map<String, String> values = Map.of("tenant", target.tenant(), "tokenTenant", claims.tenantId(),
                "clientId", target.clientId());
        return ServiceReply.fromCatalog(error, values, ex, millis)
                .orElseGet(() -> ServiceReply.byStatus(SERVICE, ex, error, millis));
    }

    private static String detail(String body) {
        return ServiceReply.json(body)
                .map(n -> n.has("value") ? n.path("value").path(0) : n)
                .map(n -> n.path("displayName").asText(n.path("userPrincipalName").asText("")))
                .filter(s -> !s.isBlank())
                .map(s -> " (" + s + ")").orElse("");
    }

    private static String shortPath(String path) {
        int q = path.indexOf('?');
        return q < 0 ? path : path.substring(0, q);
    }

    static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
