package io.m365connect.core.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.m365connect.core.common.Cancellation;
import io.m365connect.core.common.Secret;
import io.m365connect.core.net.ConnectProxy;
import io.m365connect.core.net.HttpSettings;
import io.m365connect.core.net.SilentServer;
import io.m365connect.core.tenant.Cloud;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Proxy, TLS trust, timeouts and cancel: what sits between this computer and the sign-in service. */
class NetworkSignInTest {
    private static final String GRAPH_APP = "blink-microsoft-graph";
    @RegisterExtension
    static final PracticeFixture practice = PracticeFixture.started();

    private static TokenRequest secretRequest(HttpSettings http) {
        String client = practice.cloneApp(GRAPH_APP);
        TokenRequest r = practice.request(client, new Credential.ClientSecret(Secret.of(practice.demo(GRAPH_APP).secret())),
                practice.graph());
        return new TokenRequest(r.cloud(), r.tenant(), r.clientId(), r.credential(), r.scopes(), http, true);
    }

    private static int emulatorPort() {
        return URI.create(practice.tenant.cloud().authority()).getPort();
    }

    @Test
    void tokenGoesThroughAConnectProxy() throws Exception {
        try (ConnectProxy proxy = new ConnectProxy(Optional.empty(), Optional.empty())) {
            HttpSettings http = practice.http.withProxy(URI.create("http://127.0.0.1:" + proxy.port()), null, null);

            TokenResult result = practice.acquire(secretRequest(http));

            assertInstanceOf(AccessToken.class, result, () -> String.valueOf(result));
            assertEquals(List.of("CONNECT 127.0.0.1:" + emulatorPort()), proxy.seen);
        }
    }

    @Test
    void proxyWithBasicAuthenticationGetsTheCredentialsWithTheFirstConnect() throws Exception {
        try (ConnectProxy proxy = new ConnectProxy(Optional.of("alice"), Optional.of("proxy-pw"))) {
            HttpSettings http = practice.http.withProxy(URI.create("http://127.0.0.1:" + proxy.port()), "alice",
                    Secret.of("proxy-pw"));

            TokenResult result = practice.acquire(secretRequest(http));

            assertInstanceOf(AccessToken.class, result, () -> String.valueOf(result));
            assertEquals(List.of("CONNECT 127.0.0.1:" + emulatorPort() + " +auth"), proxy.seen);
        }
    }

    @Test
    void proxyDemandingCredentialsWeDoNotHaveIsAPlain407() throws Exception {
        try (ConnectProxy proxy = new ConnectProxy(Optional.of("alice"), Optional.of("proxy-pw"))) {
            HttpSettings http = practice.http.withProxy(URI.create("http://127.0.0.1:" + proxy.port()), null, null);

            AuthFailure f = assertInstanceOf(AuthFailure.class, practice.acquire(secretRequest(http)));

            assertEquals(FailureLayer.PROXY, f.layer());
            assertTrue(f.problem().summary().contains("407"), f.problem().summary());
        }
    }

    @Test
    void wrongProxyPasswordIsAProxyFailureAfterOneAttempt() throws Exception {
        try (ConnectProxy proxy = new ConnectProxy(Optional.of("alice"), Optional.of("proxy-pw"))) {
            HttpSettings http = practice.http.withProxy(URI.create("http://127.0.0.1:" + proxy.port()), "alice",
                    Secret.of("wrong"));

            AuthFailure f = assertInstanceOf(AuthFailure.class, practice.acquire(secretRequest(http)));

            assertEquals(FailureLayer.PROXY, f.layer(), f.problem().summary());
            assertEquals("The proxy 127.0.0.1:" + proxy.port() + " did not accept the user name and password (HTTP 407).",
                    f.problem().summary());
            // A refused password is not tried again: a directory with a lockout policy counts every attempt.
            assertEquals(List.of("CONNECT 127.0.0.1:" + emulatorPort() + " +auth"), proxy.seen);
        }
    }

    @Test
    void untrustedCertificateSaysToAddTheCompanyCa() {
        HttpSettings withoutCa = HttpSettings.defaults().withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(10));

        AuthFailure f = assertInstanceOf(AuthFailure.class, practice.acquire(secretRequest(withoutCa)));

        assertEquals(FailureLayer.TLS, f.layer());
        assertEquals("The certificate presented for 127.0.0.1:" + emulatorPort() + " is not trusted.", f.problem().summary());
        assertEquals("Add your company's CA with --trust-ca if a proxy inspects TLS.", f.problem().fix());
    }

    @Test
    void refusedConnectionIsExplained() throws Exception {
        int closedPort;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        AuthFailure f = assertInstanceOf(AuthFailure.class,
                practice.service().acquire(requestTo(closedPort, practice.http), new Cancellation()));

        assertEquals(FailureLayer.NETWORK, f.layer());
        assertEquals("127.0.0.1:" + closedPort + " refused the connection.", f.problem().summary());
    }

    @Test
    void serverThatNeverAnswersTimesOutWithAPlainMessage() throws Exception {
        try (SilentServer silent = new SilentServer()) {
            HttpSettings http = practice.http.withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(1));
            Instant start = Instant.now();

            AuthFailure f = assertInstanceOf(AuthFailure.class,
                    practice.service().acquire(requestTo(silent.port(), http), new Cancellation()));

            assertEquals(FailureLayer.TIMEOUT, f.layer(), f.problem().summary());
            assertTrue(f.problem().summary().endsWith("within 1 s."), f.problem().summary());
            assertTrue(Duration.between(start, Instant.now()).toSeconds() < 5, "gave up late");
        }
    }

    @Test
    void cancelStopsAWaitingRequestAndClosesItsConnection() throws Exception {
        try (SilentServer silent = new SilentServer()) {
            HttpSettings http = practice.http.withTimeouts(Duration.ofSeconds(30), Duration.ofSeconds(30));
            Cancellation cancellation = new Cancellation();
            CompletableFuture<TokenResult> running = CompletableFuture.supplyAsync(
                    () -> practice.service().acquire(requestTo(silent.port(), http), cancellation));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (silent.accepted() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            Instant cancelledAt = Instant.now();
            cancellation.cancel();

            Throwable thrown = assertThrows(Exception.class, () -> running.get(5, TimeUnit.SECONDS));
            assertInstanceOf(CancellationException.class, thrown.getCause(), String.valueOf(thrown));
            assertTrue(Duration.between(cancelledAt, Instant.now()).toMillis() < 2000, "cancel took too long");
            assertTrue(silent.allClosedByClient(), "the cancelled request left its connection open");
        }
    }

    private static TokenRequest requestTo(int port, HttpSettings http) {
        Cloud c = practice.tenant.cloud();
        Cloud elsewhere = new Cloud("silent", "Silent", "https://127.0.0.1:" + port, c.graph(), c.management(),
                c.exchange(), null, null, null, null, null);
        return new TokenRequest(elsewhere, practice.tenant.tenantId(), "0b2d8e7c-0000-4000-8000-00000000ff01",
                new Credential.ClientSecret(Secret.of("x~y")), List.of(practice.graph()), http, true);
    }
}
