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
import java.util.Optional;

/**
 * Runs the read-only cmdlet {@code Get-AcceptedDomain} through {@code adminapi/beta/{tenant}/InvokeCommand},
 * the call the ExchangeOnlineManagement module makes with Exchange.ManageAsApp. Microsoft does not document
 * this endpoint (reference endpoints.md §4b); it is what the connected systems use, so it is what we prove.
 */
public final class ExchangeAdminProbe implements ConnectionProbe {
    /** The arbitration mailbox Exchange routes tenant-wide admin calls to (endpoints.md §4b). */
    static final String SYSTEM_MAILBOX = "SystemMailbox{bb558c35-97f1-4cb9-8ff7-d53741dc928c}";
    private static final String SERVICE = "Exchange Online";
    static final String BODY = "{\"CmdletInput\":{\"CmdletName\":\"Get-AcceptedDomain\",\"Parameters\":{}}}";

    private final String roleName;

    /** {@code roleName}: the directory role the recipe asks the app to hold (named in the fix). */
    public ExchangeAdminProbe(String roleName) {
        this.roleName = roleName == null || roleName.isBlank() ? "Exchange Administrator" : roleName;
    }

    @Override
    public ProbeKind kind() {
        return ProbeKind.EXCHANGE_ADMIN;
    }

    @Override
    public ResourceApp resource() {
        return ResourceApp.EXCHANGE;
    }

    @Override
    public ProbeResult run(ProbeTarget target, ProbeToken token, Cancellation cancellation) {
        Optional<String> base = target.cloud().exchangeService().map(s -> s.url());
        if (base.isEmpty()) {
            return new ProbeResult.Skipped("The cloud " + target.cloud().id() + " has no Exchange Online address.");
        }
        String org = target.organization().orElse(target.tenant());
        HttpRequest request = HttpRequest.newBuilder(URI.create(base.get() + "/adminapi/beta/"
                        + URLEncoder.encode(org, StandardCharsets.UTF_8) + "/InvokeCommand"))
                .timeout(target.http().readTimeout())
                .header("Authorization", "Bearer " + token.bearer())
                .header("Content-Type", "application/json")
                .header("X-AnchorMailbox", "UPN:" + SYSTEM_MAILBOX + "@" + org)
                .header("X-ResponseFormat", "json")
                .POST(HttpRequest.BodyPublishers.ofString(BODY)).build();
        long start = System.nanoTime();
        HttpCall.Exchange ex;
        try {
            ex = HttpCall.send(HttpCall.client(target.http()), request, BODY, cancellation);
        } catch (IOException e) {
            return NetworkFailures.failed(SERVICE, request.uri(), e, target.http(), HttpCall.describe(request, BODY),
                    GraphProbe.millisSince(start));
        }
        long millis = GraphProbe.millisSince(start);
        return switch (ex.status()) {
            case 200 -> ServiceReply.notJson(SERVICE, ex, millis).orElseGet(
                    () -> new ProbeResult.Passed("Get-AcceptedDomain: " + domains(ex.body()), millis));
            case 401 -> new ProbeResult.Failed(Layer.PERMISSION, unauthorized(token), ex.request(), ex.reply(), millis);
            case 403 -> new ProbeResult.Failed(Layer.DIRECTORY_ROLE, forbidden(target), ex.request(), ex.reply(),
                    millis);
            default -> ServiceReply.byStatus(SERVICE, ex, ServiceReply.error(ex.body()), millis);
        };
    }

    private static Problem unauthorized(ProbeToken token) {
        boolean inToken = token.claims().roles().contains("Exchange.ManageAsApp");
        return new Problem("Exchange Online refused the token: permission Exchange.ManageAsApp missing"
                + (inToken ? " (or not yet applied)." : "."),
                inToken ? List.of("the grant is new and has not reached Exchange yet")
                        : List.of("Exchange.ManageAsApp (Office 365 Exchange Online) is not added or not consented"),
                "Add the application permission Exchange.ManageAsApp of Office 365 Exchange Online and grant admin "
                        + "consent. A new grant can take a few minutes to apply; then run the check again.");
    }

    private Problem forbidden(ProbeTarget target) {
        return new Problem("Exchange Online accepted the token but refused the cmdlet: directory role missing.",
                List.of("the app's service principal holds no Exchange-capable directory role"),
                "In the Entra admin center, Roles and administrators, " + roleName + ": add an assignment for the "
                        + "enterprise application " + target.clientId() + " (Global Reader is enough for read-only "
                        + "checks). Role changes can take a few minutes to apply.");
    }

    private static String domains(String body) {
        JsonNode value = ServiceReply.json(body).map(n -> n.path("value")).orElse(null);
        if (value == null || !value.isArray() || value.isEmpty()) {
            return "answered";
        }
        List<String> names = new ArrayList<>();
        for (JsonNode d : value) {
            String name = d.path("DomainName").asText(d.path("Name").asText("?"));
            names.add(d.path("Default").asBoolean(false) ? name + " (default)" : name);
        }
        return String.join(", ", names);
    }
}
