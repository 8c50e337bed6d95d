package io.m365connect.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.m365connect.core.practice.PracticeTenant.PracticeFault;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The faults the connection checks diagnose: permissions taken away and subscriptions stopped. */
class PracticeCheckFaultsTest {
    private static final String MGMT = "blink-o365-management-activity";
    private PracticeHarness h;

    @BeforeEach
    void start() throws Exception {
        h = new PracticeHarness();
    }

    @AfterEach
    void stop() {
        h.close();
    }

    private PracticeFault fault(String id) {
        return h.tenant.faults().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
    }

    private String token(String recipe, String scope) throws Exception {
        String clientId = h.cloneApp(recipe);
        HttpResponse<String> r = h.postForm(h.tokenUrl(), Map.of("grant_type", "client_credentials",
                "client_id", clientId, "client_secret", h.secretOf(recipe), "scope", scope));
        assertEquals(200, r.statusCode(), r.body());
        return Jwt.JSON.readTree(r.body()).get("access_token").asText();
    }

    private HttpResponse<String> listSubscriptions(String token) throws Exception {
        return h.get(h.base() + "/api/v1.0/" + h.tenant.tenantId() + "/activity/feed/subscriptions/list", token);
    }

    @Test
    void subscriptionsAreListedUntilTheyAreStopped() throws Exception {
        String token = token(MGMT, "https://manage.office.com/.default");
        assertTrue(listSubscriptions(token).body().contains("\"contentType\":\"Audit.Exchange\""));
        h.tenant.apply(fault("no-subscription"));
        HttpResponse<String> r = listSubscriptions(token);
        assertEquals(200, r.statusCode());
        assertEquals("[]", r.body().strip());
        h.tenant.reset();
        assertTrue(listSubscriptions(token).body().contains("Audit.General"));
    }

    @Test
    void withoutActivityFeedReadTheApiAnswersAf10001() throws Exception {
        h.tenant.apply(fault("activity-feed-removed"));
        HttpResponse<String> r = listSubscriptions(token(MGMT, "https://manage.office.com/.default"));
        assertEquals(401, r.statusCode());
        assertTrue(r.body().contains("AF10001"), r.body());
    }

    @Test
    void removingManageAsAppLeavesTheOtherExchangeGrantsAlone() {
        h.tenant.apply(fault("exchange-permission-removed"));
        java.util.List<TenantDefinition.Grant> grants = new java.util.ArrayList<>();
        h.tenant.change(t -> {
            t.apps().stream().filter(a -> "blink-exchange-online".equals(a.recipe())).findFirst().orElseThrow()
                    .grants().forEach(grants::add);
            return t;
        });
        assertEquals(java.util.List.of("full_access_as_app"), grants.get(0).roles());
    }
}
