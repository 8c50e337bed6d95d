package io.m365connect.sandbox;

/** Which path goes to which emulated endpoint; the tenant segment may be a GUID, a domain or common. */
final class PracticeRoutes {
    private static final String TENANT = "/([^/]+)";

    private PracticeRoutes() {
    }

    static void install(EmulatorServer server, PracticeDirectory directory, DeviceCodeEndpoints deviceCodes) {
        DiscoveryEndpoints discovery = new DiscoveryEndpoints(directory);
        TokenEndpoint token = new TokenEndpoint(directory);
        AuthorizeEndpoint authorize = new AuthorizeEndpoint(directory);
        GraphApi graph = new GraphApi(directory);
        ManagementActivityApi management = new ManagementActivityApi(directory);
        ExchangeAdminApi exchange = new ExchangeAdminApi(directory);
        server.route("GET", TENANT + "/v2\\.0/\\.well-known/openid-configuration",
                        (r, m) -> discovery.openidConfiguration(m.group(1)))
                .route("GET", TENANT + "/discovery/v2\\.0/keys", (r, m) -> discovery.keys(m.group(1)))
                .route("GET", "/common/userrealm/([^/]+)", (r, m) -> discovery.userRealm(m.group(1)))
                .route("POST", TENANT + "/oauth2/v2\\.0/token", (r, m) -> token.handle(r, m.group(1)))
                .route("POST", TENANT + "/oauth2/v2\\.0/devicecode", (r, m) -> deviceCodes.start(r, m.group(1)))
                .route("GET", DeviceCodeEndpoints.VERIFICATION_PATH, (r, m) -> deviceCodes.page(r))
                .route("POST", DeviceCodeEndpoints.VERIFICATION_PATH, (r, m) -> deviceCodes.submit(r))
                .route("GET", TENANT + "/oauth2/v2\\.0/authorize", (r, m) -> authorize.page(r, m.group(1)))
                .route("POST", TENANT + "/oauth2/v2\\.0/authorize", (r, m) -> authorize.submit(r, m.group(1)))
                .route("GET", "/v1\\.0/organization", (r, m) -> graph.organization(r))
                .route("GET", "/v1\\.0/users", (r, m) -> graph.users(r))
                .route("GET", "/v1\\.0/me", (r, m) -> graph.me(r))
                .route("GET", "/v1\\.0/admin/serviceAnnouncement/healthOverviews", (r, m) -> graph.healthOverviews(r))
                .route("GET", "/api/v1\\.0/([^/]+)/activity/feed/subscriptions/list",
                        (r, m) -> management.listSubscriptions(r, m.group(1)))
                .route("POST", "/adminapi/(beta)/([^/]+)/InvokeCommand", (r, m) -> exchange.invoke(r, m.group(1),
                        m.group(2)))
                .route("POST", "/adminapi/v2\\.0/([^/]+)/(AcceptedDomain|OrganizationConfig|Mailbox)",
                        (r, m) -> exchange.invokeEndpoint(r, m.group(1), m.group(2)));
    }
}
