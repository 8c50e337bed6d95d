package io.m365connect.core.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.m365connect.core.common.Cancellation;
import io.m365connect.core.common.Secret;
import io.m365connect.core.tenant.Cloud;
import io.m365connect.sandbox.WireFault;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Bad networks and misbehaving services between us and the sign-in service, each ending in a verdict with its
 * layer. Proxy 407 (with and without credentials), untrusted TLS, refused connections, read timeouts and cancel
 * are in {@link NetworkSignInTest}; these are the rest.
 */
class TokenFaultsTest {
    private static final String GRAPH_APP = "blink-microsoft-graph";
    private static final String TOKEN_PATH = "/oauth2/v2.0/token";
    @RegisterExtension
    static final PracticeFixture practice = PracticeFixture.started();

    private static TokenRequest secretRequest() {
        String client = practice.cloneApp(GRAPH_APP);
        return practice.request(client, new Credential.ClientSecret(Secret.of(practice.demo(GRAPH_APP).secret())),
                practice.graph());
    }

    private static AuthFailure failure(WireFault fault) {
        practice.tenant.clearWireFaults();
        practice.tenant.inject(fault);
        try {
            TokenResult r = practice.acquire(secretRequest());
            return assertInstanceOf(AuthFailure.class, r, () -> String.valueOf(r));
        } finally {
            practice.tenant.clearWireFaults();
        }
    }

    private static long tokenPosts() {
        return practice.log().stream().filter(l -> l.path().endsWith(TOKEN_PATH)).count();
    }

    @Test
    void unknownHostNamesTheHostAsANetworkProblem() {
        Cloud c = practice.tenant.cloud();
        Cloud nowhere = new Cloud("nowhere", "Nowhere", "https://login.m365connect-test.invalid", c.graph(),
                c.management(), c.exchange(), null, null, null, null, null);
        TokenRequest r = new TokenRequest(nowhere, practice.tenant.tenantId(), "0b2d8e7c-0000-4000-8000-00000000ff02",
                new Credential.ClientSecret(Secret.of("x~y")), List.of(practice.graph()), practice.http, true);
        AuthFailure f = assertInstanceOf(AuthFailure.class, practice.service().acquire(r, new Cancellation()));
        assertEquals(FailureLayer.NETWORK, f.layer(), f.problem().oneLine());
        assertTrue(f.problem().summary().contains("login.m365connect-test.invalid"), f.problem().summary());
    }

    @Test
    void connectTimeoutIsATimeoutVerdictWithinTheSetting() throws Exception {
        // A listener whose accept queue is full drops further SYNs: the connection neither opens nor is refused.
        try (java.net.ServerSocket full = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            List<java.net.Socket> filling = new java.util.ArrayList<>();
            try {
                for (int i = 0; i < 8; i++) {
                    java.net.Socket s = new java.net.Socket();
                    try {
                        s.connect(full.getLocalSocketAddress(), 200);
                        filling.add(s);
                    } catch (java.io.IOException queueFull) {
                        s.close();
                        break;
                    }
                }
                Cloud c = practice.tenant.cloud();
                Cloud stuck = new Cloud("stuck", "Stuck", "https://127.0.0.1:" + full.getLocalPort(), c.graph(),
                        c.management(), c.exchange(), null, null, null, null, null);
                TokenRequest r = new TokenRequest(stuck, practice.tenant.tenantId(), "0b2d8e7c-0000-4000-8000-00000000ff03",
                        new Credential.ClientSecret(Secret.of("x~y")), List.of(practice.graph()),
                        practice.http.withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(1)), true);
                Instant start = Instant.now();
                AuthFailure f = assertInstanceOf(AuthFailure.class, practice.service().acquire(r, new Cancellation()));
                assertEquals(FailureLayer.TIMEOUT, f.layer(), f.problem().oneLine());
                assertTrue(Duration.between(start, Instant.now()).toSeconds() < 5, "gave up late");
            } finally {
                for (java.net.Socket s : filling) {
                    s.close();
                }
            }
        }
    }

    @Test
    void throttledRequestIsRefusedAsTheServiceWithoutHammeringIt() {
        Instant start = Instant.now();
        AuthFailure f = failure(WireFault.status(TOKEN_PATH, 5, 429, 2));
        assertEquals(FailureLayer.SERVICE, f.layer(), f.problem().oneLine());
        assertEquals(429, f.httpStatus().orElse(-1), f.problem().oneLine());
        assertTrue(f.problem().likelyCauses().get(0).contains("throttling"), f.problem().oneLine());
        assertEquals(2, tokenPosts(), "one retry: " + practice.log());
        Duration took = Duration.between(start, Instant.now());
        assertTrue(took.toMillis() >= 2_000, "the retry waited the 2 s Retry-After asked for: " + took);
        assertTrue(took.toSeconds() < 10, "and no longer: " + took);
    }

    @Test
    void longRetryAfterIsHonouredByNotRetryingAndSayingSo() {
        Instant start = Instant.now();
        AuthFailure f = failure(WireFault.status(TOKEN_PATH, 5, 429, 120));
        assertEquals(FailureLayer.SERVICE, f.layer(), f.problem().oneLine());
        assertEquals(1, tokenPosts(), "no retry inside a 120 s Retry-After: " + practice.log());
        assertTrue(Duration.between(start, Instant.now()).toSeconds() < 5, "no long wait on the person's time");
    }

    @Test
    void serviceUnavailableTwiceEndsInAClearServiceVerdict() {
        AuthFailure f = failure(WireFault.status(TOKEN_PATH, 5, 503, 0));
        assertEquals(FailureLayer.SERVICE, f.layer(), f.problem().oneLine());
        assertEquals(503, f.httpStatus().orElse(-1));
        assertEquals(2, tokenPosts(), "exactly one retry: " + practice.log());
        assertTrue(f.problem().likelyCauses().get(0).contains("failed again when asked once more"), f.problem().oneLine());
    }

    @Test
    void oneServerErrorIsRetriedOnceAndTheTokenArrives() {
        practice.tenant.clearWireFaults();
        practice.tenant.inject(WireFault.status(TOKEN_PATH, 1, 500, 0));
        TokenResult r = practice.acquire(secretRequest());
        practice.tenant.clearWireFaults();
        assertInstanceOf(AccessToken.class, r, () -> String.valueOf(r));
        assertEquals(2, tokenPosts(), "the 500 and the retry: " + practice.log());
    }

    @Test
    void replyCutShortIsANetworkVerdictNotACrash() {
        AuthFailure f = failure(WireFault.of(WireFault.Kind.TRUNCATED, TOKEN_PATH, 5));
        assertTrue(f.layer() == FailureLayer.NETWORK || f.layer() == FailureLayer.SERVICE, f.layer() + " " + f.problem().oneLine());
        assertTrue(!f.problem().summary().isBlank());
    }

    @Test
    void proxyErrorPageInsteadOfJsonIsAServiceVerdict() {
        AuthFailure f = failure(WireFault.of(WireFault.Kind.NOT_JSON, TOKEN_PATH, 5));
        assertEquals(FailureLayer.SERVICE, f.layer(), f.problem().oneLine());
        assertTrue(f.problem().summary().endsWith("answered HTTP 200 without an OAuth error."), f.problem().summary());
        assertTrue(f.problem().likelyCauses().contains("a proxy or firewall answered instead of Entra ID"));
    }

    @Test
    void hugeReplyIsCutAtTheLimitAndExplained() {
        Instant start = Instant.now();
        AuthFailure f = failure(WireFault.of(WireFault.Kind.HUGE, TOKEN_PATH, 5));
        assertTrue(f.problem().oneLine().contains("larger than"), f.layer() + " " + f.problem().oneLine());
        assertTrue(Duration.between(start, Instant.now()).toSeconds() < 15, "the body was not read to its end");
    }
}
