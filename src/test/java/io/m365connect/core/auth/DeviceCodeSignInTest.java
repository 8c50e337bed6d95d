package io.m365connect.core.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.m365connect.core.common.Cancellation;
import io.m365connect.core.practice.PracticeTenant.LoggedRequest;
import io.m365connect.core.recipe.CredentialKind;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Device code sign-in through MSAL4J: prompt, pending polls, success, expiry and cancel. */
class DeviceCodeSignInTest {
    private static final String MAIL_APP = "email-ropc";
    private static final String ADMIN = "admin@contosopractice.onmicrosoft.com";
    @RegisterExtension
    static final PracticeFixture practice = PracticeFixture.started();
    private final ScheduledExecutorService later = Executors.newSingleThreadScheduledExecutor();

    @BeforeAll
    static void pollEverySecond() {
        practice.tenant.deviceCodeInterval(1);
    }

    @AfterEach
    void resetClock() {
        later.shutdownNow();
        practice.tenant.useClock(Clock.systemUTC());
    }

    private static String graphUser() {
        return practice.tenant.cloud().graph().scope("User.Read");
    }

    private static List<LoggedRequest> tokenPolls() {
        return practice.log().stream().filter(r -> r.path().endsWith("/oauth2/v2.0/token")).toList();
    }

    @Test
    void promptShowsTheCodeThenPendingPollsEndInAToken() {
        String client = practice.cloneApp(MAIL_APP);
        AtomicReference<DeviceCodePrompt> shown = new AtomicReference<>();
        Credential.DeviceCode credential = new Credential.DeviceCode(prompt -> {
            shown.set(prompt);
            later.schedule(() -> practice.tenant.approveDeviceCode(prompt.userCode(), ADMIN), 1500,
                    TimeUnit.MILLISECONDS);
        });

        TokenResult result = practice.acquire(practice.request(client, credential, graphUser()));

        AccessToken token = assertInstanceOf(AccessToken.class, result, () -> String.valueOf(result));
        assertEquals(Optional.of(ADMIN), token.claims().orElseThrow().user());
        assertEquals(CredentialKind.DEVICE_CODE, token.obtainedWith());
        DeviceCodePrompt p = shown.get();
        assertTrue(p.verificationUri().toString().endsWith("/common/oauth2/deviceauth"), p.verificationUri().toString());
        assertTrue(p.expiresAt().isAfter(Instant.now().plus(Duration.ofMinutes(10))));
        assertEquals(Duration.ofSeconds(1), p.pollInterval());
        List<LoggedRequest> log = practice.log();
        assertTrue(log.get(0).path().endsWith("/oauth2/v2.0/devicecode"), log.toString());
        List<LoggedRequest> polls = tokenPolls();
        assertTrue(polls.size() >= 2, "expected a pending poll before the token: " + polls);
        assertEquals(400, polls.get(0).status());
        assertEquals(200, polls.get(polls.size() - 1).status());
        assertEquals(1 + polls.size(), log.size(), log.toString());
    }

    @Test
    void codeThatExpiresIsExplained() {
        String client = practice.cloneApp(MAIL_APP);
        Credential.DeviceCode credential = new Credential.DeviceCode(prompt -> practice.tenant.useClock(
                Clock.offset(Clock.systemUTC(), Duration.ofMinutes(16))));

        AuthFailure f = assertInstanceOf(AuthFailure.class,
                practice.acquire(practice.request(client, credential, graphUser())));

        assertEquals("expired_token", f.oauthError());
        assertEquals(Optional.of("AADSTS70020"), f.aadstsCode());
        assertEquals(FailureLayer.USER, f.layer());
        assertEquals("Entra ID refused the token request: AADSTS70020 — Device code expired.", f.problem().summary());
    }

    @Test
    void cancelStopsPollingAtOnce() throws Exception {
        String client = practice.cloneApp(MAIL_APP);
        Cancellation cancellation = new Cancellation();
        Credential.DeviceCode credential = new Credential.DeviceCode(prompt ->
                later.schedule(cancellation::cancel, 1500, TimeUnit.MILLISECONDS));
        practice.tenant.clearRequestLog();

        CompletableFuture<TokenResult> running = CompletableFuture.supplyAsync(() ->
                practice.service().acquire(practice.request(client, credential, graphUser()), cancellation));
        Throwable thrown = assertThrows(Exception.class, () -> running.get(10, TimeUnit.SECONDS));
        assertInstanceOf(CancellationException.class, thrown.getCause(), String.valueOf(thrown));
        int pollsAtCancel = tokenPolls().size();
        Thread.sleep(3000);

        assertTrue(pollsAtCancel >= 1, "polling had started");
        assertEquals(pollsAtCancel, tokenPolls().size(), "polls went on after cancel: " + practice.log());
    }

    @Test
    void deviceCodeWithPublicFlowsOffIsAadsts7000218() {
        String client = practice.cloneApp(MAIL_APP, a -> a.withPublicClient(false));
        Credential.DeviceCode credential = new Credential.DeviceCode(prompt ->
                practice.tenant.approveDeviceCode(prompt.userCode(), ADMIN));

        AuthFailure f = assertInstanceOf(AuthFailure.class,
                practice.acquire(practice.request(client, credential, graphUser())));

        assertEquals(Optional.of("AADSTS7000218"), f.aadstsCode());
    }
}
