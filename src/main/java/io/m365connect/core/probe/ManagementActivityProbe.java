package io.m365connect.core.probe;

import com.fasterxml.jackson.databind.JsonNode;
import io.m365connect.core.common.Cancellation;
import io.m365connect.core.common.Problem;
import io.m365connect.core.recipe.ResourceApp;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lists the Office 365 Management Activity API subscriptions of the tenant — the one read-only call of that
 * API. It never starts a subscription (that changes the tenant); when none exists it shows the exact request.
 */
public final class ManagementActivityProbe implements ConnectionProbe {
    private static final String SERVICE = "The Management Activity API";

    @Override
    public ProbeKind kind() {
        return ProbeKind.MANAGEMENT_ACTIVITY;
    }

    @Override
    public ResourceApp resource() {
        return ResourceApp.MANAGEMENT;
    }

    /** The API address the Blink form calls "API Address": the cloud's Management API root. */
    public static Optional<String> apiAddress(ProbeTarget target) {
        return target.cloud().managementService().map(s -> s.url());
    }

    public static String listUrl(String apiAddress, String tenant) {
        return apiAddress + "/api/v1.0/" + URLEncoder.encode(tenant, StandardCharsets.UTF_8)
                + "/activity/feed/subscriptions/list";
    }

    /**
     * The request that starts a subscription, to show (never to send): it changes the tenant, and Microsoft
     * asks for 15 minutes between start requests.
     */
    public static String startRequest(String apiAddress, String tenantId, String contentType) {
        return "POST " + apiAddress + "/api/v1.0/" + tenantId + "/activity/feed/subscriptions/start?contentType="
                + contentType + "\nAuthorization: Bearer <token for " + "ActivityFeed.Read>\nContent-Length: 0";
    }

    @Override
    public ProbeResult run(ProbeTarget target, ProbeToken token, Cancellation cancellation) {
        Optional<String> api = apiAddress(target);
        if (api.isEmpty()) {
            return new ProbeResult.Skipped("The cloud " + target.cloud().id()
                    + " has no Office 365 Management API address.");
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(listUrl(api.get(), target.tenant())))
                .timeout(target.http().readTimeout())
                .header("Authorization", "Bearer " + token.bearer())
                .GET().build();
        long start = System.nanoTime();
        HttpCall.Exchange ex;
        try {
            ex = HttpCall.send(HttpCall.client(target.http()), request, "", cancellation);
        } catch (IOException e) {
            return NetworkFailures.failed(SERVICE, request.uri(), e, target.http(), HttpCall.describe(request, ""),
                    GraphProbe.millisSince(start));
        }
        long millis = GraphProbe.millisSince(start);
        String tenantId = token.claims().tenantId().isBlank() ? target.tenant() : token.claims().tenantId();
        if (ex.status() == 200) {
            return subscriptions(ex, api.get(), tenantId, millis);
        }
        Optional<ServiceReply.Error> error = ServiceReply.error(ex.body());
        Map<String, String> values = Map.of("tenant", target.tenant(), "tokenTenant", token.claims().tenantId(),
                "clientId", target.clientId());
        return ServiceReply.fromCatalog(error, values, ex, millis)
                .orElseGet(() -> ServiceReply.byStatus(SERVICE, ex, error, millis));
    }

    private static ProbeResult subscriptions(HttpCall.Exchange ex, String api, String tenantId, long millis) {
        JsonNode list = ServiceReply.json(ex.body()).filter(JsonNode::isArray).orElse(null);
        if (list == null) {
            return new ProbeResult.Failed(Layer.SERVICE, Problem.of(
                    "The Management Activity API answered 200 but not with a list of subscriptions.",
                    "Check the cloud's Management API address; a proxy may have answered instead."),
                    ex.request(), ex.reply(), millis);
        }
        List<String> enabled = new ArrayList<>();
        List<String> other = new ArrayList<>();
        for (JsonNode s : list) {
            String type = s.path("contentType").asText("?");
            if ("enabled".equalsIgnoreCase(s.path("status").asText())) {
                enabled.add(type);
            } else {
                other.add(type + " (" + s.path("status").asText("?") + ")");
            }
        }
        if (!enabled.isEmpty()) {
            return new ProbeResult.Passed("Subscriptions enabled: " + String.join(", ", enabled)
                    + (other.isEmpty() ? "" : "; not enabled: " + String.join(", ", other)), millis);
        }
        String summary = other.isEmpty()
                ? "The token and ActivityFeed.Read work, but no content type is subscribed, so no audit events flow."
                : "The token and ActivityFeed.Read work, but no subscription is enabled: " + String.join(", ", other)
                        + ".";
        return new ProbeResult.Failed(Layer.SUBSCRIPTION, new Problem(summary,
                List.of("the connected system has not started its subscriptions yet",
                        "auditing is not turned on in the Microsoft Purview portal"),
                "Let the connected system start its subscriptions, or start one yourself (this changes the tenant; "
                        + "wait 15 minutes between start requests; the first events can take up to 12 hours):\n"
                        + startRequest(api, tenantId, "Audit.General")),
                ex.request(), ex.reply(), millis);
    }
}
