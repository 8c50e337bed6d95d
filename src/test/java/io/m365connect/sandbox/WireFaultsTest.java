package io.m365connect.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.m365connect.core.net.BoundedBody;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The emulator's wire faults reach a client as a real service or proxy would send them, and are used up. */
class WireFaultsTest {
    @TempDir
    static Path work;
    private static EmulatorPracticeTenant tenant;
    private static HttpClient client;

    @BeforeAll
    static void start() throws Exception {
        tenant = new EmulatorPracticeTenant();
        tenant.start(0, work);
        client = HttpClient.newBuilder().sslContext(tenant.clientTrust()).connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterAll
    static void stop() {
        tenant.stop();
    }

    private static URI openid() {
        return URI.create(tenant.authority() + "/v2.0/.well-known/openid-configuration");
    }

    private static HttpResponse<String> get() throws Exception {
        return client.send(HttpRequest.newBuilder(openid()).timeout(Duration.ofSeconds(20)).build(),
                BoundedBody.ofString());
    }

    @Test
    void throttlingAnswerCarriesRetryAfterOnceThenTheServiceAnswersAgain() throws Exception {
        tenant.inject(WireFault.status("openid-configuration", 1, 429, 2));
        HttpResponse<String> throttled = get();
        assertEquals(429, throttled.statusCode());
        assertEquals("2", throttled.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(throttled.body().contains("AADSTS90033"), throttled.body());
        assertEquals(200, get().statusCode(), "the fault is used up");
    }

    @Test
    void serviceUnavailableTwiceThenRecovers() throws Exception {
        tenant.inject(WireFault.status("openid-configuration", 2, 503, 0));
        assertEquals(503, get().statusCode());
        assertEquals(503, get().statusCode());
        assertEquals(200, get().statusCode());
    }

    @Test
    void cutReplyFailsTheReadInsteadOfGivingHalfABody() {
        tenant.inject(WireFault.of(WireFault.Kind.TRUNCATED, "openid-configuration", 1));
        assertThrows(IOException.class, WireFaultsTest::get);
    }

    @Test
    void proxyErrorPageArrivesWhereJsonBelongs() throws Exception {
        tenant.inject(WireFault.of(WireFault.Kind.NOT_JSON, "openid-configuration", 1));
        HttpResponse<String> page = get();
        assertEquals("text/html", page.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(page.body().startsWith("<html>"), page.body());
    }

    @Test
    void hugeReplyIsCutAtTheClientsLimit() {
        tenant.inject(WireFault.of(WireFault.Kind.HUGE, "openid-configuration", 1));
        IOException e = assertThrows(IOException.class, WireFaultsTest::get);
        assertInstanceOf(BoundedBody.TooLarge.class, e instanceof BoundedBody.TooLarge ? e : e.getCause(), e.toString());
    }
}
