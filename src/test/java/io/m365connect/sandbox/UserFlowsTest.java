package io.m365connect.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.aad.msal4j.DeviceCodeFlowParameters;
import com.microsoft.aad.msal4j.IAuthenticationResult;
import com.microsoft.aad.msal4j.InteractiveRequestParameters;
import com.microsoft.aad.msal4j.MsalServiceException;
import com.microsoft.aad.msal4j.PublicClientApplication;
import com.microsoft.aad.msal4j.SilentParameters;
import com.microsoft.aad.msal4j.SystemBrowserOptions;
import com.microsoft.aad.msal4j.UserNamePasswordParameters;
import io.m365connect.core.practice.PracticeTenant.LoggedRequest;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Sign-ins of a user through MSAL4J: password (ROPC), device code, authorization code with PKCE, refresh. */
class UserFlowsTest {
    private static final String MAILBOX = "mailbox@contosopractice.onmicrosoft.com";
    private static final Set<String> USER_READ = Set.of("User.Read");
    private static PracticeHarness h;

    @BeforeAll
    static void start() throws Exception {
        h = new PracticeHarness();
        h.tenant.deviceCodeInterval(1);
    }

    @AfterAll
    static void stop() {
        h.close();
    }

    private static IAuthenticationResult ropc(PublicClientApplication app, String upn, String password)
            throws Exception {
        return app.acquireToken(UserNamePasswordParameters.builder(USER_READ, upn, password.toCharArray()).build())
                .get();
    }

    @Test
    void publicRopcAsksTheUserRealmThenGetsADelegatedTokenInTwoRequests() throws Exception {
        String clientId = h.cloneApp("custom-graph");
        h.tenant.clearRequestLog();
        IAuthenticationResult r = ropc(h.publicClient(clientId), PracticeHarness.ADMIN, PracticeHarness.ADMIN_PASSWORD);
        List<LoggedRequest> log = h.tenant.requestLog();
        assertEquals(List.of(new LoggedRequest("GET", "/common/userrealm/" + PracticeHarness.ADMIN, null, 200),
                new LoggedRequest("POST", "/" + h.tenant.tenantId() + "/oauth2/v2.0/token", "password", 200)), log);
        Map<String, Object> claims = Jwt.parse(r.accessToken()).orElseThrow().claims();
        assertEquals("User.Read", claims.get("scp"));
        assertEquals("0", claims.get("appidacr"));
        assertEquals(PracticeHarness.ADMIN, claims.get("upn"));
        assertEquals(PracticeHarness.ADMIN, r.account().username());
    }

    @Test
    void wrongPasswordIsRefusedWith50126() throws Exception {
        String clientId = h.cloneApp("custom-graph");
        MsalServiceException e = PracticeHarness.msalRefusal(() -> ropc(h.publicClient(clientId), MAILBOX, "wrong"));
        assertEquals("invalid_grant", e.errorCode());
        assertTrue(e.getMessage().startsWith("AADSTS50126: Error validating credentials due to invalid username or "
                + "password."), e.getMessage());
    }

    @Test
    void unknownUserIsRefusedWith50034() throws Exception {
        String clientId = h.cloneApp("custom-graph");
        MsalServiceException e = PracticeHarness.msalRefusal(() -> ropc(h.publicClient(clientId),
                "nobody@contosopractice.onmicrosoft.com", "x"));
        assertTrue(e.getMessage().startsWith("AADSTS50034: The user account {EUII Hidden} does not exist"));
    }

    @Test
    void disabledUserIsRefusedWith50057() throws Exception {
        String clientId = h.cloneApp("custom-graph");
        MsalServiceException e = PracticeHarness.msalRefusal(() -> ropc(h.publicClient(clientId),
                "disabled.user@contosopractice.onmicrosoft.com", "Practice-Disabled-2026!"));
        assertTrue(e.getMessage().startsWith("AADSTS50057: The user account is disabled."), e.getMessage());
    }

    @Test
    void userWhoMustUseMfaIsRefusedWith50076AndSuberrorBasicAction() throws Exception {
        HttpResponse<String> r = h.postForm(h.tokenUrl(), Map.of("grant_type", "password",
                "client_id", h.cloneApp("custom-graph"), "scope", "User.Read openid",
                "username", "mfa.user@contosopractice.onmicrosoft.com", "password", "Practice-Mfa-2026!"));
        assertEquals(400, r.statusCode());
        var body = Jwt.JSON.readTree(r.body());
        assertEquals("invalid_grant", body.get("error").asText());
        assertEquals("basic_action", body.get("suberror").asText());
        assertEquals(50076, body.get("error_codes").get(0).asInt());
        assertTrue(body.get("error_description").asText().startsWith("AADSTS50076: Due to a configuration change"));
    }

    @Test
    void errorBodyHasEveryFieldEntraSends() throws Exception {
        HttpResponse<String> r = h.postForm(h.tokenUrl(), Map.of("grant_type", "password",
                "client_id", h.cloneApp("custom-graph"), "scope", "User.Read",
                "username", MAILBOX, "password", "wrong"));
        var body = Jwt.JSON.readTree(r.body());
        List<String> lines = PracticeHarness.lines(body.get("error_description").asText());
        assertEquals(4, lines.size());
        assertTrue(lines.get(1).equals("Trace ID: " + body.get("trace_id").asText()));
        assertTrue(lines.get(2).equals("Correlation ID: " + body.get("correlation_id").asText()));
        assertTrue(lines.get(3).equals("Timestamp: " + body.get("timestamp").asText()));
        assertTrue(body.get("timestamp").asText().matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\dZ"));
        assertEquals("https://login.microsoftonline.com/error?code=50126", body.get("error_uri").asText());
    }

    @Test
    void confidentialRopcWithClientSecretGetsAnImapTokenForTheOutlookResource() throws Exception {
        HttpResponse<String> r = h.postForm(h.tokenUrl(), Map.of("grant_type", "password",
                "client_id", h.cloneApp("email-ropc"), "client_secret", h.secretOf("email-ropc"),
                "scope", "https://outlook.office.com/IMAP.AccessAsUser.All offline_access",
                "username", MAILBOX, "password", "Practice-Mailbox-2026!"));
        assertEquals(200, r.statusCode(), r.body());
        var body = Jwt.JSON.readTree(r.body());
        assertEquals("https://outlook.office.com/IMAP.AccessAsUser.All", body.get("scope").asText());
        assertNotNull(body.get("refresh_token"));
        Map<String, Object> claims = Jwt.parse(body.get("access_token").asText()).orElseThrow().claims();
        assertEquals("https://outlook.office.com", claims.get("aud"));
        assertEquals("1", claims.get("appidacr"));
        assertEquals("IMAP.AccessAsUser.All", claims.get("scp"));
    }

    @Test
    void ropcWithoutSecretOnAnAppWithoutPublicClientFlowsIsRefusedWith7000218() throws Exception {
        String clientId = h.cloneApp("blink-microsoft-graph");
        MsalServiceException e = PracticeHarness.msalRefusal(() -> ropc(h.publicClient(clientId), MAILBOX, "Practice-Mailbox-2026!"));
        assertEquals("invalid_client", e.errorCode());
        assertTrue(e.getMessage().startsWith("AADSTS7000218: The request body must contain the following parameter: "
                + "'client_assertion' or 'client_secret'."));
    }

    @Test
    void signInWithoutConsentIsRefusedWith65001() throws Exception {
        String clientId = h.cloneApp("custom-graph");
        h.tenant.change(t -> t.withApp(clientId, a -> a.withConsent(false)));
        HttpResponse<String> r = h.postForm(h.tokenUrl(), Map.of("grant_type", "password", "client_id", clientId,
                "scope", "User.Read", "username", MAILBOX, "password", "Practice-Mailbox-2026!"));
        var body = Jwt.JSON.readTree(r.body());
        assertEquals("consent_required", body.get("suberror").asText());
        assertTrue(body.get("error_description").asText().startsWith("AADSTS65001: The user or administrator has not "
                + "consented to use the application with ID '" + clientId + "'"));
    }

    @Test
    void deviceCodeIsPendingUntilThePersonSignsInThenSucceeds() throws Exception {
        String clientId = h.cloneApp("custom-graph");
        h.tenant.clearRequestLog();
        AtomicInteger approvals = new AtomicInteger();
        // MSAL hands the code over before it polls; the person signs in a little later, as in real life.
        IAuthenticationResult r = h.publicClient(clientId).acquireToken(DeviceCodeFlowParameters.builder(USER_READ,
                code -> CompletableFuture.runAsync(() -> {
                    try {
                        HttpResponse<String> page = h.postForm(code.verificationUri(), Map.of("user_code",
                                code.userCode(), "username", MAILBOX, "password", "Practice-Mailbox-2026!"));
                        assertEquals(200, page.statusCode(), page.body());
                        approvals.incrementAndGet();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }, CompletableFuture.delayedExecutor(1500, TimeUnit.MILLISECONDS, h.workers))).build()).get();
        assertEquals(1, approvals.get());
        assertEquals(MAILBOX, Jwt.parse(r.accessToken()).orElseThrow().claims().get("upn"));
        List<LoggedRequest> tokenPolls = h.tenant.requestLog().stream()
                .filter(l -> l.grantType() != null && l.grantType().endsWith("device_code")).toList();
        assertTrue(tokenPolls.size() >= 2, "at least one pending poll before success: " + tokenPolls);
        assertEquals(400, tokenPolls.get(0).status());
        assertEquals(200, tokenPolls.get(tokenPolls.size() - 1).status());
        assertEquals(1, h.tenant.requestLog().stream().filter(l -> l.path().endsWith("/devicecode")).count());
    }

    @Test
    void authorizationCodeWithPkceThroughTheSignInPageAndFormPostThenRefresh() throws Exception {
        String clientId = h.cloneApp("custom-graph");
        PublicClientApplication app = h.publicClient(clientId);
        h.tenant.clearRequestLog();
        ScriptedBrowser browser = new ScriptedBrowser(h);
        AtomicInteger posted = new AtomicInteger();
        InteractiveRequestParameters params = InteractiveRequestParameters.builder(new URI("http://localhost"))
                .scopes(USER_READ)
                .systemBrowserOptions(SystemBrowserOptions.builder().openBrowserAction(url -> {
                    try {
                        assertTrue(url.getQuery().contains("code_challenge_method=S256"), url.toString());
                        String answer = browser.signIn(url.toString(), PracticeHarness.ADMIN,
                                PracticeHarness.ADMIN_PASSWORD);
                        posted.set(ScriptedBrowser.followFormPost(answer));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }).build()).build();
        IAuthenticationResult first = app.acquireToken(params).get();
        assertEquals(200, posted.get());
        String authorize = "/" + h.tenant.tenantId() + "/oauth2/v2.0/authorize";
        assertEquals(List.of(new LoggedRequest("GET", authorize, null, 200), new LoggedRequest("POST", authorize, null, 200),
                new LoggedRequest("POST", "/" + h.tenant.tenantId() + "/oauth2/v2.0/token", "authorization_code", 200)),
                h.tenant.requestLog());
        assertEquals(PracticeHarness.ADMIN, Jwt.parse(first.accessToken()).orElseThrow().claims().get("upn"));
        h.tenant.clearRequestLog();
        IAuthenticationResult refreshed = app.acquireTokenSilently(SilentParameters.builder(USER_READ, first.account())
                .forceRefresh(true).build()).get();
        assertEquals(List.of("refresh_token"), h.tenant.requestLog().stream().map(LoggedRequest::grantType).toList());
        assertEquals(PracticeHarness.ADMIN, Jwt.parse(refreshed.accessToken()).orElseThrow().claims().get("upn"));
    }
}
