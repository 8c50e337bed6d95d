package io.m365connect.sandbox;

/** Which path goes to which emulated endpoint; the tenant segment may be a GUID, a domain or common. */
final class PracticeRoutes {
    private static final String TENANT = "/([^/]+)";

    private PracticeRoutes() {
    }

    static void install(EmulatorServer server, PracticeDirectory directory) {
        DiscoveryEndpoints discovery = new DiscoveryEndpoints(directory);
        TokenEndpoint token = new TokenEndpoint(directory);
        server.route("GET", TENANT + "/v2\\.0/\\.well-known/openid-configuration",
                        (r, m) -> discovery.openidConfiguration(m.group(1)))
                .route("GET", TENANT + "/discovery/v2\\.0/keys", (r, m) -> discovery.keys(m.group(1)))
                .route("GET", "/common/userrealm/([^/]+)", (r, m) -> discovery.userRealm(m.group(1)))
                .route("POST", TENANT + "/oauth2/v2\\.0/token", (r, m) -> token.handle(r, m.group(1)));
    }
}
