package io.m365connect.core.probe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.m365connect.core.common.Problem;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/** Reads the {@code {"error":{"code","message"}}} body Graph, the Management API and Exchange answer with. */
final class ServiceReply {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private ServiceReply() {
    }

    record Error(String code, String message) {
    }

    static Optional<Error> error(String body) {
        Optional<JsonNode> json = json(body);
        return json.map(n -> n.path("error")).filter(JsonNode::isObject)
                .map(e -> new Error(e.path("code").asText(""), e.path("message").asText("")))
                .or(() -> json.filter(n -> n.has("error_description"))
                        .map(n -> new Error(n.path("error").asText(""), n.path("error_description").asText(""))));
    }

    static Optional<JsonNode> json(String body) {
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(MAPPER.readTree(body));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * The catalog's problem for a known code, with this call's tenants named when the tenant is the problem
     * (the catalog's words are general; the person needs to see which GUID is wrong).
     */
    static Optional<ProbeResult.Failed> fromCatalog(Optional<Error> error, Map<String, String> values,
                                                    HttpCall.Exchange ex, long millis) {
        return error.flatMap(e -> ServiceErrors.builtIn().find(e.code())).map(entry -> {
            Problem p = ServiceErrors.builtIn().problem(entry);
            if (entry.layer() == Layer.TENANT && !values.getOrDefault("tokenTenant", "").isBlank()) {
                p = new Problem(p.summary() + " The address names " + values.get("tenant") + "; the token is for "
                        + values.get("tokenTenant") + ".", p.likelyCauses(), p.fix()
                        + " The tenant ID of the token is " + values.get("tokenTenant") + ".");
            }
            return new ProbeResult.Failed(entry.layer(), p, ex.request(), ex.reply(), millis);
        });
    }

    /**
     * A 200 whose body is no JSON at all: every answer these APIs give is JSON, so this is a captive portal's or a
     * proxy's page, and passing the check on it would prove nothing.
     */
    static Optional<ProbeResult> notJson(String service, HttpCall.Exchange ex, long millis) {
        if (json(ex.body()).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(new ProbeResult.Failed(Layer.SERVICE, Problem.of(service + " answered HTTP 200, but not "
                        + "with JSON" + (ex.body() == null || ex.body().isBlank() ? " (the reply was empty)." : "."),
                "Check the cloud's address for " + midSentence(service) + " and the proxy settings, then run the check "
                        + "again.", "a proxy, firewall or sign-in page of a guest network answered instead of "
                        + midSentence(service)),
                ex.request(), ex.reply(), millis));
    }

    /** "The Management Activity API" inside a sentence. */
    static String midSentence(String service) {
        return service.startsWith("The ") ? "the " + service.substring(4) : service;
    }

    static ProbeResult.Failed byStatus(String service, HttpCall.Exchange ex, Optional<Error> error, long millis) {
        String said = error.map(e -> " It said: " + e.code() + (e.message().isBlank() ? "" : " — " + e.message()))
                .orElse("");
        int s = ex.status();
        if (s == 401) {
            return new ProbeResult.Failed(Layer.CREDENTIAL, Problem.of(service + " did not accept the token." + said,
                    "Run the check again to fetch a fresh token; check that the cloud setting matches the tenant.",
                    "the token is for another audience or expired"), ex.request(), ex.reply(), millis);
        }
        if (s == 403) {
            return new ProbeResult.Failed(Layer.PERMISSION, Problem.of(service + " refused the call." + said,
                    "Grant the permission the recipe lists and admin consent; a new grant can take a few minutes "
                            + "to reach new tokens.", "a permission or admin consent is missing"),
                    ex.request(), ex.reply(), millis);
        }
        if (s == 429) {
            String wait = ex.retryAfter().map(d -> " It asks to wait " + d.toSeconds() + " s.").orElse("");
            return new ProbeResult.Failed(Layer.SERVICE, Problem.of(service + " is throttling the requests (HTTP 429"
                            + (ex.asked() > 1 ? ", also when asked once more" : "") + ")." + wait + said,
                    "Wait " + ex.retryAfter().map(d -> d.toSeconds() + " s").orElse("a minute") + " and run the check "
                            + "again; if it keeps happening, something else is calling with the same app.",
                    "many calls with the same app in a short time"), ex.request(), ex.reply(), millis);
        }
        return new ProbeResult.Failed(Layer.SERVICE, Problem.of(service + " answered HTTP " + s
                        + (ex.asked() > 1 ? ", also when asked once more" : "") + "." + said,
                "Run the check again in a few minutes; if it stays, open a support case with the request ID below.",
                "a service problem or throttling"), ex.request(), ex.reply(), millis);
    }
}
