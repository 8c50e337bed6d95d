package io.m365connect.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Graph, the Management Activity API and the Exchange admin API check tokens the way the real services do. */
class ServiceApisTest {
    private static PracticeHarness h;

    @BeforeAll
    static void start() throws Exception {
        h = new PracticeHarness();
    }

    @AfterAll
    static void stop() {
        h.close();
    }

    private static String appToken(String clientId, String secret, String scope) throws Exception {
        HttpResponse<String> r = h.postForm(h.tokenUrl(), Map.of("grant_type", "client_credentials",
                "client_id", clientId, "client_secret", secret, "scope", scope));
        assertEquals(200, r.statusCode(), r.body());
        return Jwt.JSON.readTree(r.body()).get("access_token").asText();
    }

    private static String graphAppToken() throws Exception {
        return appToken(h.cloneApp("custom-graph"), h.secretOf("custom-graph"), PracticeHarness.GRAPH_DEFAULT);
    }

    private static String userToken(String recipe, String scope) throws Exception {
        HttpResponse<String> r = h.postForm(h.tokenUrl(), Map.of("grant_type", "password", "client_id",
                h.cloneApp(recipe), "scope", scope, "username", PracticeHarness.ADMIN,
                "password", PracticeHarness.ADMIN_PASSWORD));
        assertEquals(200, r.statusCode(), r.body());
        return Jwt.JSON.readTree(r.body()).get("access_token").asText();
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        return Jwt.JSON.readTree(r.body());
    }

    @Test
    void graphOrganizationAnswersAnAppTokenWithOrganizationReadAll() throws Exception {
        HttpResponse<String> r = h.get(h.base() + "/v1.0/organization", graphAppToken());
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(h.tenant.tenantId(), json(r).get("value").get(0).get("id").asText());
    }

    @Test
    void graphWithoutATokenAnswers401InvalidAuthenticationToken() throws Exception {
        HttpResponse<String> r = h.get(h.base() + "/v1.0/users", null);
        assertEquals(401, r.statusCode());
        JsonNode error = json(r).get("error");
        assertEquals("InvalidAuthenticationToken", error.get("code").asText());
        assertEquals("Access token is empty.", error.get("message").asText());
        assertTrue(error.get("innerError").has("request-id"));
    }

    @Test
    void graphRefusesATokenForAnotherAudience() throws Exception {
        String managementToken = appToken(h.cloneApp("blink-o365-management-activity"),
                h.secretOf("blink-o365-management-activity"), "https://manage.office.com/.default");
        HttpResponse<String> r = h.get(h.base() + "/v1.0/organization", managementToken);
        assertEquals(401, r.statusCode());
        assertEquals("Access token validation failure. Invalid audience.",
                json(r).get("error").get("message").asText());
    }

    @Test
    void graphRefusesATamperedToken() throws Exception {
        String token = graphAppToken();
        String[] parts = token.split("\\.");
        String forged = parts[0] + "." + Jwt.base64Url("{\"aud\":\"https://graph.microsoft.com\",\"roles\":[\"Directory.ReadWrite.All\"]}"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "." + parts[2];
        assertEquals(401, h.get(h.base() + "/v1.0/organization", forged).statusCode());
    }

    @Test
    void graphUsersKeepsOnlyTheSelectedPropertiesAndTheTop() throws Exception {
        HttpResponse<String> r = h.get(h.base() + "/v1.0/users?$top=1&$select=id,userPrincipalName", graphAppToken());
        assertEquals(200, r.statusCode(), r.body());
        JsonNode value = json(r).get("value");
        assertEquals(1, value.size());
        java.util.List<String> names = new java.util.ArrayList<>();
        value.get(0).fieldNames().forEachRemaining(names::add);
        assertEquals(java.util.List.of("id", "userPrincipalName"), names);
    }

    @Test
    void graphWithoutConsentAnswers403AuthorizationRequestDenied() throws Exception {
        String clientId = h.cloneApp("custom-graph");
        h.tenant.change(t -> t.withApp(clientId, a -> a.withConsent(false)));
        HttpResponse<String> r = h.get(h.base() + "/v1.0/users",
                appToken(clientId, h.secretOf("custom-graph"), PracticeHarness.GRAPH_DEFAULT));
        assertEquals(403, r.statusCode());
        assertEquals("Authorization_RequestDenied", json(r).get("error").get("code").asText());
    }

    @Test
    void graphMeNeedsAUser() throws Exception {
        HttpResponse<String> app = h.get(h.base() + "/v1.0/me", graphAppToken());
        assertEquals(400, app.statusCode());
        assertEquals("/me request is only valid with delegated authentication flow.",
                json(app).get("error").get("message").asText());
        HttpResponse<String> user = h.get(h.base() + "/v1.0/me", userToken("custom-graph", "User.Read"));
        assertEquals(200, user.statusCode(), user.body());
        assertEquals(PracticeHarness.ADMIN, json(user).get("userPrincipalName").asText());
    }

    @Test
    void graphHealthOverviewsNeedsServiceHealthReadAll() throws Exception {
        assertEquals(200, h.get(h.base() + "/v1.0/admin/serviceAnnouncement/healthOverviews", graphAppToken())
                .statusCode());
    }

    @Test
    void managementActivityListsSubscriptionsForTheTokensTenant() throws Exception {
        String token = appToken(h.cloneApp("blink-o365-management-activity"),
                h.secretOf("blink-o365-management-activity"), "https://manage.office.com/.default");
        HttpResponse<String> r = h.get(h.base() + "/api/v1.0/" + h.tenant.tenantId()
                + "/activity/feed/subscriptions/list", token);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("Audit.AzureActiveDirectory", json(r).get(0).get("contentType").asText());
    }

    @Test
    void managementActivityRefusesAnotherTenantInTheUrlWithAf20010() throws Exception {
        String token = appToken(h.cloneApp("blink-o365-management-activity"),
                h.secretOf("blink-o365-management-activity"), "https://manage.office.com/.default");
        HttpResponse<String> r = h.get(h.base() + "/api/v1.0/11111111-2222-3333-4444-555555555555"
                + "/activity/feed/subscriptions/list", token);
        assertEquals("AF20010", json(r).get("error").get("code").asText());
    }

    @Test
    void managementActivityWithoutActivityFeedReadAnswersAf10001() throws Exception {
        String clientId = h.cloneApp("blink-o365-management-activity");
        h.tenant.change(t -> t.withApp(clientId, a -> a.withConsent(false)));
        String token = appToken(clientId, h.secretOf("blink-o365-management-activity"),
                "https://manage.office.com/.default");
        HttpResponse<String> r = h.get(h.base() + "/api/v1.0/" + h.tenant.tenantId()
                + "/activity/feed/subscriptions/list", token);
        assertEquals(401, r.statusCode());
        JsonNode error = json(r).get("error");
        assertEquals("AF10001", error.get("code").asText());
        assertEquals("The permission set () sent in the request does not include the expected permission.",
                error.get("message").asText());
    }

    private static HttpResponse<String> acceptedDomains(String token) throws Exception {
        return h.postJson(h.base() + "/adminapi/beta/" + h.tenant.tenantId() + "/InvokeCommand", token,
                "{\"CmdletInput\":{\"CmdletName\":\"Get-AcceptedDomain\",\"Parameters\":{}}}");
    }

    private static String exchangeToken(String clientId) throws Exception {
        HttpResponse<String> r = h.postForm(h.tokenUrl(), Map.of("grant_type", "client_credentials",
                "client_id", clientId, "client_secret", "unused", "scope", "https://outlook.office365.com/.default"));
        return Jwt.JSON.readTree(r.body()).path("access_token").asText();
    }

    @Test
    void exchangeAdminApiRunsGetAcceptedDomainForAnAppWithRoleAndEntraRole() throws Exception {
        String clientId = h.cloneApp("blink-exchange-online");
        addSecret(clientId);
        HttpResponse<String> r = acceptedDomains(exchangeToken(clientId));
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("contosopractice.onmicrosoft.com", json(r).get("value").get(0).get("DomainName").asText());
    }

    @Test
    void exchangeAdminApiRefusesAnAppWithoutTheExchangeAdministratorRoleWith403() throws Exception {
        String clientId = h.cloneApp("blink-exchange-online");
        addSecret(clientId);
        h.tenant.change(t -> t.withApp(clientId, a -> a.withDirectoryRoles(java.util.List.of())));
        HttpResponse<String> r = acceptedDomains(exchangeToken(clientId));
        assertEquals(403, r.statusCode());
        assertTrue(json(r).get("error").get("message").asText().startsWith("The role assigned to application "
                + clientId + " isn't supported in this scenario."));
    }

    @Test
    void exchangeAdminApiTurnsAGraphTokenAwayWith401AndDiagnostics() throws Exception {
        HttpResponse<String> r = acceptedDomains(graphAppToken());
        assertEquals(401, r.statusCode());
        assertTrue(r.headers().firstValue("x-ms-diagnostics").orElse("").startsWith("2000001;"));
        assertTrue(r.headers().firstValue("WWW-Authenticate").orElse("").contains("error=\"invalid_token\""));
    }

    @Test
    void exchangeV2EndpointTakesOnlyItsOwnCmdlet() throws Exception {
        String clientId = h.cloneApp("blink-exchange-online");
        addSecret(clientId);
        String token = exchangeToken(clientId);
        String url = h.base() + "/adminapi/v2.0/" + h.tenant.tenantId() + "/OrganizationConfig";
        assertEquals(200, h.postJson(url, token, "{\"CmdletInput\":{\"CmdletName\":\"Get-OrganizationConfig\"}}")
                .statusCode());
        HttpResponse<String> wrong = h.postJson(url, token, "{\"CmdletInput\":{\"CmdletName\":\"Get-Mailbox\"}}");
        assertEquals(400, wrong.statusCode());
        assertEquals("The endpoint OrganizationConfig accepts only Get-OrganizationConfig, not 'Get-Mailbox'.",
                json(wrong).get("error").get("message").asText());
    }

    private static void addSecret(String clientId) {
        h.tenant.change(t -> t.withApp(clientId, a -> a.withSecrets(java.util.List.of(
                new TenantDefinition.ClientSecret("k", "unused", java.time.Instant.now().plusSeconds(3600))))));
    }
}
