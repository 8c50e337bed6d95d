package io.m365connect.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Refusals of the token and device-code endpoints, read as raw HTTP bodies. */
class TokenRefusalsTest {
    private static final String GRAPH = "blink-microsoft-graph";
    private static PracticeHarness h;

    @BeforeAll
    static void start() throws Exception {
        h = new PracticeHarness();
    }

    @AfterAll
    static void stop() {
        h.close();
    }

    private static JsonNode refused(HttpResponse<String> r, int status, String error, int code) throws Exception {
        assertEquals(status, r.statusCode(), r.body());
        JsonNode body = Jwt.JSON.readTree(r.body());
        assertEquals(error, body.get("error").asText(), r.body());
        assertEquals(List.of(code), List.of(body.get("error_codes").get(0).asInt()));
        assertTrue(body.get("error_description").asText().startsWith("AADSTS" + code + ": "), r.body());
        return body;
    }

    private static HttpResponse<String> clientCredentials(String tenant, String clientId, String secret,
                                                          String scope) throws Exception {
        return h.postForm(h.base() + "/" + tenant + "/oauth2/v2.0/token", secret == null
                ? Map.of("grant_type", "client_credentials", "client_id", clientId, "scope", scope)
                : Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret,
                        "scope", scope));
    }

    @Test
    void unknownTenantIsRefusedWith90002() throws Exception {
        JsonNode body = refused(clientCredentials("00000000-1111-2222-3333-444444444444", h.cloneApp(GRAPH),
                h.secretOf(GRAPH), PracticeHarness.GRAPH_DEFAULT), 400, "invalid_request", 90002);
        assertTrue(body.get("error_description").asText().contains("Tenant '00000000-1111-2222-3333-444444444444' "
                + "not found."));
    }

    @Test
    void tenantMayBeNamedByItsInitialDomain() throws Exception {
        HttpResponse<String> r = clientCredentials("contosopractice.onmicrosoft.com", h.cloneApp(GRAPH),
                h.secretOf(GRAPH), PracticeHarness.GRAPH_DEFAULT);
        assertEquals(200, r.statusCode(), r.body());
    }

    @Test
    void expiredSecretIsRefusedWith7000222() throws Exception {
        String clientId = h.cloneApp(GRAPH);
        h.tenant.change(t -> t.withApp(clientId, a -> a.withSecrets(a.secrets().stream().map(s ->
                new TenantDefinition.ClientSecret(s.keyId(), s.value(), Instant.now().minus(Duration.ofDays(1))))
                .toList())));
        refused(clientCredentials(h.tenant.tenantId(), clientId, h.secretOf(GRAPH), PracticeHarness.GRAPH_DEFAULT),
                401, "invalid_client", 7000222);
    }

    @Test
    void clientCredentialsWithoutAnyCredentialIsRefusedWith7000218() throws Exception {
        refused(clientCredentials(h.tenant.tenantId(), h.cloneApp(GRAPH), null, PracticeHarness.GRAPH_DEFAULT),
                401, "invalid_client", 7000218);
    }

    @Test
    void scopesOfTwoResourcesAreRefusedWith700022() throws Exception {
        refused(clientCredentials(h.tenant.tenantId(), h.cloneApp(GRAPH), h.secretOf(GRAPH),
                "https://graph.microsoft.com/.default https://outlook.office365.com/.default"), 400, "invalid_scope",
                700022);
    }

    @Test
    void missingGrantTypeIsRefusedWith900144() throws Exception {
        refused(h.postForm(h.tokenUrl(), Map.of("client_id", h.cloneApp(GRAPH))), 400, "invalid_request", 900144);
    }

    @Test
    void deviceCodeOnAnAppWithoutPublicClientFlowsFailsWhenPolledWith7000218() throws Exception {
        String clientId = h.cloneApp(GRAPH);
        HttpResponse<String> start = h.postForm(h.base() + "/" + h.tenant.tenantId() + "/oauth2/v2.0/devicecode",
                Map.of("client_id", clientId, "scope", "User.Read"));
        assertEquals(200, start.statusCode(), start.body());
        String deviceCode = Jwt.JSON.readTree(start.body()).get("device_code").asText();
        refused(h.postForm(h.tokenUrl(), Map.of("grant_type", "urn:ietf:params:oauth:grant-type:device_code",
                "client_id", clientId, "device_code", deviceCode)), 401, "invalid_client", 7000218);
    }

    @Test
    void deviceCodeIsPendingUntilApproved() throws Exception {
        String clientId = h.cloneApp("custom-graph");
        JsonNode start = Jwt.JSON.readTree(h.postForm(h.base() + "/" + h.tenant.tenantId()
                + "/oauth2/v2.0/devicecode", Map.of("client_id", clientId, "scope", "User.Read openid")).body());
        Map<String, String> poll = Map.of("grant_type", "device_code", "client_id", clientId,
                "device_code", start.get("device_code").asText());
        refused(h.postForm(h.tokenUrl(), poll), 400, "authorization_pending", 70016);
        assertTrue(h.tenant.approveDeviceCode(start.get("user_code").asText(), PracticeHarness.ADMIN));
        assertEquals(200, h.postForm(h.tokenUrl(), poll).statusCode());
    }

    @Test
    void secretInABasicAuthorizationHeaderIsAccepted() throws Exception {
        String clientId = h.cloneApp(GRAPH);
        String basic = java.util.Base64.getEncoder().encodeToString((clientId + ":"
                + PracticeHarness.enc(h.secretOf(GRAPH))).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        HttpResponse<String> r = h.http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(h.tokenUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Authorization", "Basic " + basic)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id="
                        + clientId + "&scope=" + PracticeHarness.enc(PracticeHarness.GRAPH_DEFAULT))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
    }

    @Test
    void unknownApplicationIsRefusedWith700016() throws Exception {
        refused(clientCredentials(h.tenant.tenantId(), "12345678-1234-1234-1234-123456789012", "x",
                PracticeHarness.GRAPH_DEFAULT), 400, "unauthorized_client", 700016);
    }
}
