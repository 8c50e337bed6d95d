package io.m365connect.core.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.m365connect.core.common.Secret;
import io.m365connect.core.practice.PracticeTenant.DemoCredential;
import io.m365connect.core.practice.PracticeTenant.LoggedRequest;
import io.m365connect.core.recipe.CredentialKind;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** ROPC: MSAL4J's public-client request and our confidential one (with client_secret), against the emulator. */
class UsernamePasswordSignInTest {
    private static final String MAIL_APP = "email-ropc";
    private static final String MFA_USER = "mfa.user@contosopractice.onmicrosoft.com";
    @RegisterExtension
    static final PracticeFixture practice = PracticeFixture.started();

    private static String imap() {
        return practice.tenant.cloud().exchange().scope("IMAP.AccessAsUser.All");
    }

    private static Credential user(String upn, String password, Optional<String> clientSecret) {
        return new Credential.UsernamePassword(upn, Secret.of(password), clientSecret.map(Secret::of));
    }

    @Test
    void publicRopcGivesADelegatedTokenAfterTheUserRealmLookup() {
        DemoCredential demo = practice.demo(MAIL_APP);
        String client = practice.cloneApp(MAIL_APP);

        TokenResult result = practice.acquire(practice.request(client,
                user(demo.username(), demo.password(), Optional.empty()), imap()));

        AccessToken token = assertInstanceOf(AccessToken.class, result, () -> String.valueOf(result));
        TokenClaims c = token.claims().orElseThrow();
        assertEquals(Optional.of(demo.username()), c.user());
        assertTrue(c.scopes().contains("IMAP.AccessAsUser.All"), c.scopes().toString());
        assertEquals(ClientAuthMethod.PUBLIC_CLIENT, c.clientAuth());
        assertEquals(CredentialKind.ROPC, token.obtainedWith());
        List<LoggedRequest> log = practice.log();
        assertEquals(2, log.size(), log.toString());
        assertEquals("GET", log.get(0).method());
        assertTrue(log.get(0).path().contains("/common/userrealm/"), log.get(0).path());
        assertEquals("password", log.get(1).grantType());
    }

    @Test
    void confidentialRopcSendsTheSecretInOneRequest() {
        DemoCredential demo = practice.demo(MAIL_APP);
        String client = practice.cloneApp(MAIL_APP, a -> a.withPublicClient(false));

        TokenResult result = practice.acquire(practice.request(client,
                user(demo.username(), demo.password(), Optional.of(demo.secret())), imap()));

        AccessToken token = assertInstanceOf(AccessToken.class, result, () -> String.valueOf(result));
        assertEquals(ClientAuthMethod.SECRET, token.claims().orElseThrow().clientAuth());
        assertEquals(Optional.of(demo.username()), token.claims().orElseThrow().user());
        assertEquals(1, practice.log().size(), practice.log().toString());
        assertEquals("password", practice.log().get(0).grantType());
    }

    @Test
    void confidentialRopcWithWrongSecretIsAadsts7000215() {
        DemoCredential demo = practice.demo(MAIL_APP);
        String client = practice.cloneApp(MAIL_APP, a -> a.withPublicClient(false));

        AuthFailure f = assertInstanceOf(AuthFailure.class, practice.acquire(practice.request(client,
                user(demo.username(), demo.password(), Optional.of("5d3a1c7e-0000-4000-8000-000000000005")), imap())));

        assertEquals(Optional.of("AADSTS7000215"), f.aadstsCode());
        assertEquals(ClientSecrets.LOOKS_LIKE_ID, f.problem().likelyCauses().get(0));
        assertTrue(f.correlationId().isPresent());
    }

    @Test
    void wrongPasswordIsAadsts50126() {
        DemoCredential demo = practice.demo(MAIL_APP);
        String client = practice.cloneApp(MAIL_APP);

        AuthFailure f = assertInstanceOf(AuthFailure.class, practice.acquire(practice.request(client,
                user(demo.username(), "not-the-password", Optional.empty()), imap())));

        assertEquals(Optional.of("AADSTS50126"), f.aadstsCode());
        assertEquals(FailureLayer.USER, f.layer());
        assertEquals("Entra ID refused the token request: AADSTS50126 — Wrong user name or password.",
                f.problem().summary());
    }

    @Test
    void mfaAccountIsAadsts50076WithTheMfaNote() {
        String client = practice.cloneApp(MAIL_APP);

        AuthFailure f = assertInstanceOf(AuthFailure.class, practice.acquire(practice.request(client,
                user(MFA_USER, "Practice-Mfa-2026!", Optional.empty()), imap())));

        assertEquals(Optional.of("AADSTS50076"), f.aadstsCode());
        assertTrue(f.problem().fix().contains("Username/password sign-in cannot pass MFA"), f.problem().fix());
    }

    @Test
    void disabledAccountIsAadsts50057() {
        String client = practice.cloneApp(MAIL_APP);

        AuthFailure f = assertInstanceOf(AuthFailure.class, practice.acquire(practice.request(client,
                user("disabled.user@contosopractice.onmicrosoft.com", "Practice-Disabled-2026!", Optional.empty()),
                imap())));

        assertEquals(Optional.of("AADSTS50057"), f.aadstsCode());
    }

    @Test
    void unknownUserIsAadsts50034() {
        String client = practice.cloneApp(MAIL_APP);

        AuthFailure f = assertInstanceOf(AuthFailure.class, practice.acquire(practice.request(client,
                user("nobody@contosopractice.onmicrosoft.com", "x", Optional.empty()), imap())));

        assertEquals(Optional.of("AADSTS50034"), f.aadstsCode());
    }

    @Test
    void publicRopcWithPublicFlowsOffIsAadsts7000218() {
        DemoCredential demo = practice.demo(MAIL_APP);
        String client = practice.cloneApp(MAIL_APP, a -> a.withPublicClient(false));

        AuthFailure f = assertInstanceOf(AuthFailure.class, practice.acquire(practice.request(client,
                user(demo.username(), demo.password(), Optional.empty()), imap())));

        assertEquals(Optional.of("AADSTS7000218"), f.aadstsCode());
        assertTrue(f.problem().fix().contains("Allow public client flows"), f.problem().fix());
    }
}
