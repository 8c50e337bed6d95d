package io.m365connect.core.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.m365connect.core.common.Secret;
import io.m365connect.core.practice.PracticeTenant.DemoCredential;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The remaining refusals the practice tenant gives to MSAL4J's requests, each mapped to its explanation. */
class PracticeRefusalsTest {
    @RegisterExtension
    static final PracticeFixture practice = PracticeFixture.started();

    @AfterEach
    void resetClock() {
        practice.tenant.useClock(Clock.systemUTC());
    }

    private static TokenRequest withTenant(TokenRequest r, String tenant) {
        return new TokenRequest(r.cloud(), tenant, r.clientId(), r.credential(), r.scopes(), r.http(), true);
    }

    private static TokenRequest graphSecret() {
        String app = "blink-microsoft-graph";
        return practice.request(practice.cloneApp(app), new Credential.ClientSecret(Secret.of(practice.demo(app).secret())),
                practice.graph());
    }

    @Test
    void malformedTenantNameIsAadsts900023() {
        AuthFailure f = assertInstanceOf(AuthFailure.class, practice.acquire(withTenant(graphSecret(), "contoso_tenant")));

        assertEquals(Optional.of("AADSTS900023"), f.aadstsCode());
        assertEquals(FailureLayer.TENANT, f.layer());
        assertTrue(f.problem().fix().startsWith("Paste the Directory (tenant) ID"), f.problem().fix());
    }

    @Test
    void appOnlyAgainstOrganizationsIsAadsts90019() {
        AuthFailure f = assertInstanceOf(AuthFailure.class, practice.acquire(withTenant(graphSecret(), "organizations")));

        assertEquals(Optional.of("AADSTS90019"), f.aadstsCode());
        assertEquals("Entra ID refused the token request: AADSTS90019 — Tenant missing.", f.problem().summary());
    }

    @Test
    void certificateAssertionOnAComputerWithAWrongClockIsAadsts700024() throws Exception {
        String app = "blink-exchange-online";
        DemoCredential demo = practice.demo(app);
        practice.tenant.useClock(Clock.offset(Clock.systemUTC(), Duration.ofHours(2)));

        AuthFailure f = assertInstanceOf(AuthFailure.class, practice.acquire(practice.request(practice.cloneApp(app),
                TestCredentials.fromPfx(demo.certificateFile(), demo.certificatePassword()),
                practice.tenant.cloud().exchange().defaultScope())));

        assertEquals(Optional.of("AADSTS700024"), f.aadstsCode());
        assertTrue(f.problem().fix().contains("clock"), f.problem().fix());
    }

    @Test
    void delegatedSignInWithoutConsentIsAadsts65001() {
        String app = "email-ropc";
        DemoCredential demo = practice.demo(app);
        String client = practice.cloneApp(app, a -> a.withConsent(false));

        AuthFailure f = assertInstanceOf(AuthFailure.class, practice.acquire(practice.request(client,
                new Credential.UsernamePassword(demo.username(), Secret.of(demo.password()), Optional.empty()),
                practice.tenant.cloud().exchange().scope("IMAP.AccessAsUser.All"))));

        assertEquals(Optional.of("AADSTS65001"), f.aadstsCode());
        assertEquals(FailureLayer.CONSENT, f.layer());
        assertTrue(f.problem().fix().contains("Grant admin consent"), f.problem().fix());
    }

    @Test
    void scopeTheAppWasNotGrantedIsAlsoConsent() {
        String app = "email-ropc";
        DemoCredential demo = practice.demo(app);

        AuthFailure f = assertInstanceOf(AuthFailure.class, practice.acquire(practice.request(practice.cloneApp(app),
                new Credential.UsernamePassword(demo.username(), Secret.of(demo.password()), Optional.empty()),
                practice.tenant.cloud().graph().scope("Directory.ReadWrite.All"))));

        assertEquals(Optional.of("AADSTS65001"), f.aadstsCode());
    }

    @Test
    void federatedAccountWithUsernamePasswordGetsAPlainAnswer() {
        String app = "email-ropc";
        AuthFailure f = assertInstanceOf(AuthFailure.class, practice.acquire(practice.request(practice.cloneApp(app),
                new Credential.UsernamePassword("fed.user@federated.contoso.example", Secret.of("x"), Optional.empty()),
                practice.tenant.cloud().exchange().scope("IMAP.AccessAsUser.All"))));

        assertEquals(FailureLayer.USER, f.layer());
        assertTrue(f.problem().summary().startsWith("The account fed.user@federated.contoso.example is federated: its "
                + "password is checked by the organisation's own sign-in service at 127.0.0.1"), f.problem().summary());
        assertEquals("Use browser sign-in or device code for this account, or an account managed in Entra ID.",
                f.problem().fix());
    }
}
