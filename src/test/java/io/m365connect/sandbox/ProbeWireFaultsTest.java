package io.m365connect.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.m365connect.core.common.Cancellation;
import io.m365connect.core.common.LogCapture;
import io.m365connect.core.diagnose.TokenOutcome;
import io.m365connect.core.net.HttpSettings;
import io.m365connect.core.probe.Layer;
import io.m365connect.core.probe.ProbeFactory;
import io.m365connect.core.probe.ProbeKind;
import io.m365connect.core.probe.ProbeResult;
import io.m365connect.core.probe.ProbeTarget;
import io.m365connect.core.probe.ProbeToken;
import io.m365connect.core.recipe.RecipeCatalog;
import io.m365connect.core.recipe.ResourceApp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The connection probes against the practice tenant's wire faults: a reply far too large, an HTML page where JSON
 * belongs, a reply cut short and a failing service each end in a verdict at its layer, never in a pass, a hang or
 * an exhausted memory.
 */
class ProbeWireFaultsTest {
    private static final String GRAPH_PATH = "^/v1\\.0/";
    private static final String MANAGEMENT_PATH = "/activity/feed/subscriptions/list";
    private static final String EXCHANGE_PATH = "/InvokeCommand";
    private static final RecipeCatalog RECIPES = RecipeCatalog.loadBuiltIn();
    private static PracticeHarness h;

    @BeforeAll
    static void start() throws Exception {
        h = new PracticeHarness();
    }

    @AfterAll
    static void stop() {
        h.close();
    }

    @AfterEach
    void clear() {
        h.tenant.clearWireFaults();
    }

    private static ProbeResult probe(String recipe, ProbeKind kind, WireFault fault) {
        PracticeTokens tokens = new PracticeTokens(h);
        TokenOutcome outcome = (kind.resource() == ResourceApp.EXCHANGE
                ? tokens.certificate(h.tenant.tenantId(), h.clientOf(recipe))
                : tokens.secret(h.tenant.tenantId(), h.clientOf(recipe), h.secretOf(recipe)))
                .fetch(kind.resource(), Cancellation.none());
        ProbeToken token = assertInstanceOf(TokenOutcome.Issued.class, outcome, outcome.toString()).token();
        ProbeTarget target = new ProbeTarget(h.tenant.cloud(), h.tenant.tenantId(), h.clientOf(recipe),
                Optional.of("contosopractice.onmicrosoft.com"), Optional.empty(),
                HttpSettings.defaults().withTrustedCas(List.of(h.tenant.caCertificate())));
        h.tenant.inject(fault);
        return ProbeFactory.create(kind, RECIPES.find(recipe).orElseThrow()).run(target, token, Cancellation.none());
    }

    private static ProbeResult.Failed failed(ProbeResult r) {
        return assertInstanceOf(ProbeResult.Failed.class, r, r.toString());
    }

    private static String host() {
        return h.tenant.cloud().graphService().orElseThrow().url().replaceFirst("^https://", "").replaceFirst("/.*$",
                "");
    }

    @Test
    void aGraphReplyOf64MegabytesIsCutAtTheLimitAndIsAServiceVerdict() {
        Instant started = Instant.now();
        try (LogCapture log = LogCapture.of("io.m365connect.core.probe")) {
            ProbeResult.Failed f = failed(probe("blink-microsoft-graph", ProbeKind.GRAPH,
                    WireFault.of(WireFault.Kind.HUGE, GRAPH_PATH, 1)));
            assertEquals(Layer.SERVICE, f.layer());
            assertEquals("Microsoft Graph (" + host() + ") sent a reply larger than 4,194,304 bytes; it was not read "
                    + "to the end.", f.problem().summary());
            assertTrue(f.problem().likelyCauses().contains("a proxy or firewall answered instead of Microsoft Graph"),
                    f.problem().likelyCauses().toString());
            assertTrue(f.reply().contains("larger than 4,194,304 bytes"), f.reply());
            assertTrue(f.request().startsWith("GET https://"), f.request());
            assertTrue(log.text().contains("Probe graph: failed at layer SERVICE"), log.text());
        }
        assertTrue(Duration.between(started, Instant.now()).toSeconds() < 20, "the body was not read to its end");
    }

    @Test
    void theManagementApisHugeReplyIsCutToo() {
        ProbeResult.Failed f = failed(probe("blink-o365-management-activity", ProbeKind.MANAGEMENT_ACTIVITY,
                WireFault.of(WireFault.Kind.HUGE, MANAGEMENT_PATH, 1)));
        assertEquals(Layer.SERVICE, f.layer());
        assertTrue(f.problem().summary().startsWith("The Management Activity API ("), f.problem().summary());
        assertTrue(f.problem().fix().contains("address for the Management Activity API"), f.problem().fix());
    }

    @Test
    void anHtmlPageInsteadOfGraphJsonIsNotAPass() {
        ProbeResult.Failed f = failed(probe("blink-microsoft-graph", ProbeKind.GRAPH,
                WireFault.of(WireFault.Kind.NOT_JSON, GRAPH_PATH, 1)));
        assertEquals(Layer.SERVICE, f.layer());
        assertEquals("Microsoft Graph answered HTTP 200, but not with JSON.", f.problem().summary());
        assertTrue(f.reply().contains("Proxy error"), f.reply());
    }

    @Test
    void anHtmlPageInsteadOfExchangesAnswerIsNotAPass() {
        ProbeResult.Failed f = failed(probe("blink-exchange-online", ProbeKind.EXCHANGE_ADMIN,
                WireFault.of(WireFault.Kind.NOT_JSON, EXCHANGE_PATH, 1)));
        assertEquals(Layer.SERVICE, f.layer());
        assertEquals("Exchange Online answered HTTP 200, but not with JSON.", f.problem().summary());
    }

    @Test
    void aReplyCutShortIsANetworkVerdict() {
        ProbeResult.Failed f = failed(probe("blink-microsoft-graph", ProbeKind.GRAPH,
                WireFault.of(WireFault.Kind.TRUNCATED, GRAPH_PATH, 1)));
        assertEquals(Layer.NETWORK, f.layer());
        assertTrue(f.problem().summary().startsWith("The connection to " + host() + " failed"), f.problem().summary());
    }

    private static List<Integer> graphStatuses() {
        return h.tenant.requestLog().stream().filter(l -> l.path().startsWith("/v1.0/")).map(l -> l.status()).toList();
    }

    @Test
    void aServiceFailingOnceIsAskedOnceMoreAndPasses() {
        h.tenant.clearRequestLog();
        ProbeResult r = probe("blink-microsoft-graph", ProbeKind.GRAPH, WireFault.status(GRAPH_PATH, 1, 503, 0));
        assertTrue(r.passed(), r.toString());
        assertEquals(List.of(503, 200), graphStatuses());
    }

    @Test
    void aServiceFailingTwiceIsAskedOnceMoreThenAServiceVerdict() {
        h.tenant.clearRequestLog();
        ProbeResult.Failed f = failed(probe("blink-microsoft-graph", ProbeKind.GRAPH,
                WireFault.status(GRAPH_PATH, 2, 503, 0)));
        assertEquals(Layer.SERVICE, f.layer());
        assertTrue(f.problem().summary().startsWith("Microsoft Graph answered HTTP 503, also when asked once more."),
                f.problem().summary());
        assertEquals(List.of(503, 503), graphStatuses(), "exactly one retry");
    }

    @Test
    void aShortRetryAfterIsWaitedOutOnce() {
        h.tenant.clearRequestLog();
        Instant started = Instant.now();
        ProbeResult r = probe("blink-microsoft-graph", ProbeKind.GRAPH, WireFault.status(GRAPH_PATH, 1, 429, 1));
        assertTrue(r.passed(), r.toString());
        assertTrue(Duration.between(started, Instant.now()).toMillis() >= 1000, "the Retry-After was honoured");
        assertEquals(List.of(429, 200), graphStatuses());
    }

    @Test
    void aLongRetryAfterIsNotWaitedOnThePersonsTimeButNamed() {
        h.tenant.clearRequestLog();
        ProbeResult.Failed f = failed(probe("blink-microsoft-graph", ProbeKind.GRAPH,
                WireFault.status(GRAPH_PATH, 1, 429, 120)));
        assertEquals(Layer.SERVICE, f.layer());
        assertTrue(f.problem().summary().startsWith("Microsoft Graph is throttling the requests (HTTP 429). It asks to "
                + "wait 120 s."), f.problem().summary());
        assertTrue(f.problem().fix().startsWith("Wait 120 s and run the check again"), f.problem().fix());
        assertEquals(List.of(429), graphStatuses(), "no retry");
    }
}
