package io.m365connect.core.tenant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.m365connect.core.common.Cancellation;
import io.m365connect.core.common.Problem;
import io.m365connect.core.common.ProblemException;
import io.m365connect.core.net.CancellableSend;
import io.m365connect.core.net.HttpClients;
import io.m365connect.core.net.HttpSettings;
import io.m365connect.core.net.NetworkFailure;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a tenant's ID from one of its domains without any credential: the tenant's OpenID configuration
 * ({@code {authority}/{domain}/v2.0/.well-known/openid-configuration}) names it in {@code issuer}, and its
 * {@code cloud_instance_name} / {@code tenant_region_sub_scope} tell when the tenant lives in another cloud.
 */
public final class TenantResolver {
    private static final ObjectMapper MAPPER = JsonMapper.builder().build();
    private static final Pattern GUID_IN_ISSUER = Pattern.compile(
            "/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/");

    private final HttpSettings settings;
    private final CloudCatalog catalog;

    public TenantResolver(HttpSettings settings, CloudCatalog catalog) {
        this.settings = settings;
        this.catalog = catalog;
    }

    /** What the tenant's configuration says; {@code otherCloud} is set when it belongs to a different cloud. */
    public record Resolution(String tenantId, String issuer, Optional<String> cloudInstance,
                             Optional<String> regionScope, Optional<String> regionSubScope,
                             Optional<Problem> otherCloud) {
    }

    public Resolution resolve(Cloud cloud, String tenant, Cancellation cancellation) throws ProblemException {
        URI uri = URI.create(cloud.tenantAuthority(tenant) + "/v2.0/.well-known/openid-configuration");
        HttpResponse<String> response = get(uri, cancellation);
        JsonNode body = parse(response.body());
        if (response.statusCode() != 200) {
            throw notFound(cloud, tenant, response.statusCode(), body);
        }
        String issuer = body.path("issuer").asText("");
        Matcher m = GUID_IN_ISSUER.matcher(issuer.toLowerCase(Locale.ROOT));
        if (!m.find()) {
            throw new ProblemException(Problem.of("The tenant configuration of '" + tenant + "' names no tenant ID.",
                    "Check the cloud's sign-in address (custom cloud file).",
                    "the address does not belong to an Entra ID sign-in service"));
        }
        Optional<String> instance = text(body, "cloud_instance_name");
        Optional<String> subScope = text(body, "tenant_region_sub_scope");
        return new Resolution(m.group(1), issuer, instance, text(body, "tenant_region_scope"), subScope,
                otherCloud(cloud, tenant, instance, subScope));
    }

    /**
     * Entra's worldwide sign-in service answers for US Government tenants too, with their own
     * cloud_instance_name; a GCC tenant signs in worldwide but its APIs (Management API) are the GCC ones.
     */
    Optional<Problem> otherCloud(Cloud chosen, String tenant, Optional<String> instance, Optional<String> subScope) {
        String chosenHost = URI.create(chosen.authority()).getHost();
        // Only a Microsoft sign-in host can be compared; a custom cloud (a test host) says nothing about clouds.
        boolean microsoftHost = chosenHost.contains(".microsoftonline.");
        if (microsoftHost && instance.isPresent() && !chosenHost.endsWith(instance.get())) {
            String name = catalog.all().stream()
                    .filter(c -> URI.create(c.authority()).getHost().endsWith(instance.get()))
                    .map(Cloud::id).findFirst().orElse(instance.get());
            return Optional.of(Problem.of("The tenant '" + tenant + "' belongs to another cloud (" + name + ").",
                    "Choose the cloud '" + name + "' (--cloud " + name + ") and try again.",
                    "the tenant is a national-cloud tenant (" + instance.get() + ")"));
        }
        if (subScope.filter("GCC"::equalsIgnoreCase).isPresent() && !chosen.id().startsWith("gcc")) {
            return Optional.of(Problem.of("The tenant '" + tenant + "' is a GCC (US Government Community) tenant.",
                    "Choose the cloud 'gcc' so the Management API and other services use their GCC addresses.",
                    "GCC signs in at the worldwide address but runs some services elsewhere"));
        }
        return Optional.empty();
    }

    private HttpResponse<String> get(URI uri, Cancellation cancellation) throws ProblemException {
        cancellation.throwIfCancelled();
        HttpClient client;
        try {
            client = HttpClients.newClient(settings);
        } catch (GeneralSecurityException e) {
            throw new ProblemException(Problem.of("The trusted CA certificates could not be used: " + e.getMessage(),
                    "Check the CA file (PEM with CERTIFICATE blocks)."), e);
        }
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(settings.readTimeout())
                .header("Accept", "application/json").GET().build();
        try {
            return CancellableSend.send(client, request, HttpResponse.BodyHandlers.ofString(), cancellation);
        } catch (IOException e) {
            throw new ProblemException(NetworkFailure.classify(e, uri, settings).problem(), e);
        }
    }

    private static ProblemException notFound(Cloud cloud, String tenant, int status, JsonNode body) {
        String description = body.path("error_description").asText("");
        if (description.startsWith("AADSTS90002") || description.startsWith("AADSTS900023")
                || "invalid_tenant".equals(body.path("error").asText())) {
            return new ProblemException(new Problem("There is no tenant '" + tenant + "' in the cloud '"
                    + cloud.displayName() + "'.",
                    java.util.List.of("a typing error in the domain or tenant ID",
                            "the domain is not verified in any tenant",
                            "the tenant is in another cloud (US Government or China)"),
                    "Use the tenant ID or a verified domain (Entra admin center, Domain names), and check the cloud."));
        }
        return new ProblemException(Problem.of("The tenant lookup at " + cloud.authority() + " answered HTTP " + status
                        + (description.isEmpty() ? "." : ": " + firstLine(description)),
                "Check the cloud's sign-in address and any proxy in between.",
                "a proxy answered instead of Entra ID", "a wrong address in a custom cloud file"));
    }

    private static JsonNode parse(String body) {
        try {
            JsonNode n = MAPPER.readTree(body == null ? "" : body);
            return n == null ? MAPPER.createObjectNode() : n;
        } catch (IOException e) {
            return MAPPER.createObjectNode();
        }
    }

    private static Optional<String> text(JsonNode n, String name) {
        String v = n.path(name).asText("");
        return v.isBlank() ? Optional.empty() : Optional.of(v);
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }
}
