package io.m365connect.core.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.m365connect.core.common.Cancellation;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpProbesTest {
    private static final String TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    private static final String CLIENT = "0b1f2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
    private static final String BEARER = "eyJhbGciOiJSUzI1NiJ9.payload-of-the-token.signature";
    private FakeService service;

    @BeforeEach
    void start() throws Exception {
        service = new FakeService();
    }

    @AfterEach
    void stop() {
        service.close();
    }

    private ProbeTarget target(String tenant, Optional<String> org) throws Exception {
        return new ProbeTarget(service.cloud(), tenant, CLIENT, org, Optional.empty(), FakeService.trusting());
    }

    private static ProbeToken app(String... roles) {
        return new ProbeToken(BEARER, TokenClaims.appOnly("aud", TENANT, CLIENT, Set.of(roles), Set.of()));
    }

    @Test
    void graphProbeCallsOrganizationWhenOrganizationReadAllIsGranted() throws Exception {
        service.answer(200, "{\"value\":[{\"id\":\"" + TENANT + "\",\"displayName\":\"Contoso\"}]}");
        ProbeResult r = new GraphProbe(Set.of()).run(target(TENANT, Optional.empty()),
                app("Organization.Read.All", "User.Read.All"), Cancellation.none());
        ProbeResult.Passed passed = assertInstanceOf(ProbeResult.Passed.class, r);
        assertTrue(passed.detail().contains("Contoso"));
        assertEquals("/v1.0/organization?$select=id,displayName", service.seen.get(0).pathAndQuery());
        assertEquals("Bearer " + BEARER, FakeService.header(service.seen.get(0), "Authorization"));
    }

    @Test
    void graphProbePrefersACallTheRecipeNeeds() {
        GraphProbe probe = new GraphProbe(Set.of("User.Read.All", "Mail.Send"));
        TokenClaims claims = TokenClaims.appOnly("aud", TENANT, CLIENT,
                Set.of("Organization.Read.All", "User.Read.All"), Set.of());
        assertEquals(Optional.of("/v1.0/users?$top=1&$select=id"), probe.choosePath(claims, Optional.empty()));
        TokenClaims delegated = TokenClaims.delegated("aud", TENANT, CLIENT, "alice@contoso.test", Set.of("User.Read"));
        assertEquals(Optional.of("/v1.0/me?$select=id,userPrincipalName"),
                probe.choosePath(delegated, Optional.empty()));
    }

    @Test
    void graphProbeWithoutAnyGrantIsMissingConsentAndSendsNothing() throws Exception {
        ProbeResult.Failed f = assertInstanceOf(ProbeResult.Failed.class,
                new GraphProbe(Set.of()).run(target(TENANT, Optional.empty()), app(), Cancellation.none()));
        assertEquals(Layer.CONSENT, f.layer());
        assertTrue(service.seen.isEmpty());
    }

    @Test
    void graphRefusalIsAMissingPermissionAndTheTokenIsNotShown() throws Exception {
        service.answer(403, "{\"error\":{\"code\":\"Authorization_RequestDenied\",\"message\":\"Insufficient "
                + "privileges to complete the operation.\"}}");
        ProbeResult.Failed f = assertInstanceOf(ProbeResult.Failed.class, new GraphProbe(Set.of())
                .run(target(TENANT, Optional.empty()), app("User.Read.All"), Cancellation.none()));
        assertEquals(Layer.PERMISSION, f.layer());
        assertTrue(f.problem().fix().contains("grant admin consent"), f.problem().fix());
        assertTrue(f.reply().contains("Insufficient privileges"));
        assertTrue(f.reply().contains("request-id: 5a0f3c1e"));
        assertFalse(f.request().contains("payload-of-the-token"), f.request());
        assertTrue(f.request().contains("not shown"));
    }

    @Test
    void managementProbeListsSubscriptionsWithOneGet() throws Exception {
        service.answer(200, "[{\"contentType\":\"Audit.Exchange\",\"status\":\"enabled\",\"webhook\":null},"
                + "{\"contentType\":\"Audit.SharePoint\",\"status\":\"disabled\",\"webhook\":null}]");
        ProbeResult.Passed p = assertInstanceOf(ProbeResult.Passed.class, new ManagementActivityProbe()
                .run(target(TENANT, Optional.empty()), app("ActivityFeed.Read"), Cancellation.none()));
        assertTrue(p.detail().contains("Audit.Exchange"));
        assertEquals(1, service.seen.size());
        assertEquals("GET", service.seen.get(0).method());
        assertEquals("/api/v1.0/" + TENANT + "/activity/feed/subscriptions/list", service.seen.get(0).pathAndQuery());
    }

    @Test
    void noSubscriptionIsItsOwnLayerAndOffersTheStartRequestWithoutSendingIt() throws Exception {
        service.answer(200, "[]");
        ProbeResult.Failed f = assertInstanceOf(ProbeResult.Failed.class, new ManagementActivityProbe()
                .run(target(TENANT, Optional.empty()), app("ActivityFeed.Read"), Cancellation.none()));
        assertEquals(Layer.SUBSCRIPTION, f.layer());
        assertTrue(f.problem().fix().contains("POST " + service.url() + "/api/v1.0/" + TENANT
                + "/activity/feed/subscriptions/start?contentType=Audit.General"), f.problem().fix());
        assertTrue(service.seen.stream().allMatch(s -> s.method().equals("GET")));
    }

    @Test
    void af10001IsAMissingActivityFeedReadPermission() throws Exception {
        service.answer(401, "{\"error\":{\"code\":\"AF10001\",\"message\":\"The permission set () sent in the "
                + "request does not include the expected permission.\"}}");
        ProbeResult.Failed f = assertInstanceOf(ProbeResult.Failed.class, new ManagementActivityProbe()
                .run(target(TENANT, Optional.empty()), app(), Cancellation.none()));
        assertEquals(Layer.PERMISSION, f.layer());
        assertTrue(f.problem().fix().contains("ActivityFeed.Read"));
    }

    @Test
    void af20010NamesTheTenantTheTokenWasIssuedFor() throws Exception {
        String other = "11111111-1111-1111-1111-111111111111";
        service.answer(403, "{\"error\":{\"code\":\"AF20010\",\"message\":\"The tenant ID passed in the URL ("
                + other + ") does not match the tenant ID passed in the access token (" + TENANT + ").\"}}");
        ProbeResult.Failed f = assertInstanceOf(ProbeResult.Failed.class, new ManagementActivityProbe()
                .run(target(other, Optional.empty()), app("ActivityFeed.Read"), Cancellation.none()));
        assertEquals(Layer.TENANT, f.layer());
        assertTrue(f.problem().summary().contains(other));
        assertTrue(f.problem().fix().contains(TENANT));
    }

    @Test
    void exchangeProbeRunsGetAcceptedDomainWithTheRoutingHeaders() throws Exception {
        service.answer(200, "{\"@odata.context\":\"x\",\"value\":[{\"DomainName\":\"contoso.onmicrosoft.com\","
                + "\"Default\":true},{\"DomainName\":\"contoso.com\",\"Default\":false}]}");
        ProbeResult.Passed p = assertInstanceOf(ProbeResult.Passed.class, new ExchangeAdminProbe(null)
                .run(target(TENANT, Optional.of("contoso.onmicrosoft.com")), app("Exchange.ManageAsApp"),
                        Cancellation.none()));
        assertEquals("Get-AcceptedDomain: contoso.onmicrosoft.com (default), contoso.com", p.detail());
        FakeService.Seen s = service.seen.get(0);
        assertEquals("POST", s.method());
        assertEquals("/adminapi/beta/contoso.onmicrosoft.com/InvokeCommand", s.pathAndQuery());
        assertEquals("UPN:SystemMailbox{bb558c35-97f1-4cb9-8ff7-d53741dc928c}@contoso.onmicrosoft.com",
                FakeService.header(s, "X-AnchorMailbox"));
        assertTrue(s.body().contains("\"CmdletName\":\"Get-AcceptedDomain\""));
    }

    @Test
    void exchange401IsTheManageAsAppPermissionAnd403IsTheDirectoryRole() throws Exception {
        service.answer(401, "");
        ProbeResult.Failed unauthorized = assertInstanceOf(ProbeResult.Failed.class,
                new ExchangeAdminProbe("Exchange Administrator").run(target(TENANT, Optional.empty()), app(),
                        Cancellation.none()));
        assertEquals(Layer.PERMISSION, unauthorized.layer());
        assertTrue(unauthorized.problem().summary().contains("permission Exchange.ManageAsApp missing"));
        service.answer(403, "{\"error\":{\"code\":\"Forbidden\",\"message\":\"Access denied\"}}");
        ProbeResult.Failed forbidden = assertInstanceOf(ProbeResult.Failed.class,
                new ExchangeAdminProbe("Exchange Administrator").run(target(TENANT, Optional.empty()),
                        app("Exchange.ManageAsApp"), Cancellation.none()));
        assertEquals(Layer.DIRECTORY_ROLE, forbidden.layer());
        assertTrue(forbidden.problem().summary().contains("directory role missing"));
        assertTrue(forbidden.problem().fix().contains("Exchange Administrator"));
    }

    @Test
    void anHttpProbeStopsAtOnceWhenCancelled() throws Exception {
        service.delay(8000).answer(200, "[]");
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        try {
            Cancellation cancel = new Cancellation();
            timer.schedule(cancel::cancel, 300, TimeUnit.MILLISECONDS);
            long start = System.nanoTime();
            ProbeTarget t = target(TENANT, Optional.empty());
            assertThrows(CancellationException.class,
                    () -> new ManagementActivityProbe().run(t, app("ActivityFeed.Read"), cancel));
            assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(4));
        } finally {
            timer.shutdownNow();
        }
    }

    @Test
    void anUnreachableServiceIsANetworkProblem() throws Exception {
        ProbeTarget t = target(TENANT, Optional.empty());
        service.close();
        ProbeResult.Failed f = assertInstanceOf(ProbeResult.Failed.class,
                new ManagementActivityProbe().run(t, app("ActivityFeed.Read"), Cancellation.none()));
        assertEquals(Layer.NETWORK, f.layer());
        assertTrue(f.problem().summary().contains("localhost"), f.problem().summary());
    }
}
