package io.m365connect.core.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.m365connect.core.common.Secret;
import io.m365connect.core.practice.PracticeTenant.LoggedRequest;
import io.m365connect.core.recipe.CredentialKind;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** App-only tokens with a client secret, through MSAL4J against the practice tenant. */
class ClientSecretSignInTest {
    private static final String GRAPH_APP = "blink-microsoft-graph";
    @RegisterExtension
    static final PracticeFixture practice = PracticeFixture.started();

    private static Credential secret(String value) {
        return new Credential.ClientSecret(Secret.of(value));
    }

    @Test
    void secretGivesAnAppOnlyTokenInExactlyOneRequest() {
        String client = practice.cloneApp(GRAPH_APP);
        TokenResult result = practice.acquire(practice.request(client, secret(practice.demo(GRAPH_APP).secret()),
                practice.graph()));

        AccessToken token = assertInstanceOf(AccessToken.class, result, () -> String.valueOf(result));
        TokenClaims c = token.claims().orElseThrow();
        assertEquals(client, c.appId());
        assertEquals(practice.tenant.tenantId(), c.tenantId());
        assertEquals("https://graph.microsoft.com", c.audience());
        assertEquals(ClientAuthMethod.SECRET, c.clientAuth());
        assertTrue(c.roles().contains("User.Read.All"), c.roles().toString());
        assertTrue(c.isAppOnly());
        assertEquals(CredentialKind.SECRET, token.obtainedWith());
        List<LoggedRequest> log = practice.log();
        assertEquals(1, log.size(), log.toString());
        assertEquals("POST", log.get(0).method());
        assertEquals("client_credentials", log.get(0).grantType());
        assertEquals(200, log.get(0).status());
    }

    @Test
    void wrongSecretIsAadsts7000215WithMeaningFixAndTicketIds() {
        String client = practice.cloneApp(GRAPH_APP);
        TokenResult result = practice.acquire(practice.request(client, secret("Xk28Q~wrong-but-plausible-value"),
                practice.graph()));

        AuthFailure f = assertInstanceOf(AuthFailure.class, result);
        assertEquals(Optional.of("AADSTS7000215"), f.aadstsCode());
        assertEquals("invalid_client", f.oauthError());
        assertEquals(FailureLayer.CREDENTIAL, f.layer());
        assertEquals("Entra ID refused the token request: AADSTS7000215 — Wrong client secret.", f.problem().summary());
        assertTrue(f.correlationId().isPresent() && f.traceId().isPresent() && f.timestamp().isPresent(),
                f.ticketLines().toString());
        assertEquals(1, practice.log().size());
    }

    @Test
    void guidPastedAsSecretGetsTheSecretIdWarning() {
        String client = practice.cloneApp(GRAPH_APP);
        TokenResult result = practice.acquire(practice.request(client,
                secret("c42a8f18-5ec0-4e1d-9a7b-000000000001"), practice.graph()));

        AuthFailure f = assertInstanceOf(AuthFailure.class, result);
        assertEquals(ClientSecrets.LOOKS_LIKE_ID, f.problem().likelyCauses().get(0));
    }

    @Test
    void expiredSecretIsAadsts7000222() {
        String client = practice.cloneApp(GRAPH_APP, a -> a.withSecrets(a.secrets().stream()
                .map(s -> new io.m365connect.sandbox.TenantDefinition.ClientSecret(s.keyId(), s.value(),
                        java.time.Instant.parse("2020-01-01T00:00:00Z"))).toList()));
        AuthFailure f = assertInstanceOf(AuthFailure.class, practice.acquire(practice.request(client,
                secret(practice.demo(GRAPH_APP).secret()), practice.graph())));

        assertEquals(Optional.of("AADSTS7000222"), f.aadstsCode());
        assertEquals("Entra ID refused the token request: AADSTS7000222 — Client secret expired.", f.problem().summary());
    }

    @Test
    void unknownAppIsAadsts700016PointingAtTheApp() {
        AuthFailure f = assertInstanceOf(AuthFailure.class, practice.acquire(practice.request(
                "0b2d8e7c-0000-4000-8000-000000000016", secret("whatever~value"), practice.graph())));

        assertEquals(Optional.of("AADSTS700016"), f.aadstsCode());
        assertEquals(FailureLayer.APP, f.layer());
    }

    @Test
    void unknownTenantIsAadsts90002() {
        String client = practice.cloneApp(GRAPH_APP);
        TokenRequest base = practice.request(client, secret(practice.demo(GRAPH_APP).secret()), practice.graph());
        TokenRequest other = new TokenRequest(base.cloud(), "nosuchtenant.onmicrosoft.com", client, base.credential(),
                base.scopes(), base.http(), true);
        AuthFailure f = assertInstanceOf(AuthFailure.class, practice.acquire(other));

        assertEquals(Optional.of("AADSTS90002"), f.aadstsCode());
        assertEquals(FailureLayer.TENANT, f.layer());
        assertEquals("Entra ID refused the token request: AADSTS90002 — Tenant not found.", f.problem().summary());
    }

    @Test
    void delegatedScopeForAppOnlyIsAadsts70011() {
        String client = practice.cloneApp(GRAPH_APP);
        AuthFailure f = assertInstanceOf(AuthFailure.class, practice.acquire(practice.request(client,
                secret(practice.demo(GRAPH_APP).secret()), "https://graph.microsoft.com/User.Read")));

        assertEquals(Optional.of("AADSTS70011"), f.aadstsCode());
        assertTrue(f.problem().fix().contains("/.default"), f.problem().fix());
    }

    @Test
    void unknownResourceIsAadsts500011() {
        String client = practice.cloneApp(GRAPH_APP);
        AuthFailure f = assertInstanceOf(AuthFailure.class, practice.acquire(practice.request(client,
                secret(practice.demo(GRAPH_APP).secret()), "https://nothing.example.com/.default")));

        assertEquals(Optional.of("AADSTS500011"), f.aadstsCode());
        assertEquals("Entra ID refused the token request: AADSTS500011 — API not found in this tenant.",
                f.problem().summary());
    }

    @Test
    void twoResourcesInOneRequestIsAadsts700022() {
        String client = practice.cloneApp(GRAPH_APP);
        TokenRequest base = practice.request(client, secret(practice.demo(GRAPH_APP).secret()), practice.graph());
        TokenRequest two = new TokenRequest(base.cloud(), base.tenant(), client, base.credential(),
                List.of("https://graph.microsoft.com/.default", "https://outlook.office365.com/.default"), base.http(),
                true);
        AuthFailure f = assertInstanceOf(AuthFailure.class, practice.acquire(two));

        assertEquals(Optional.of("AADSTS700022"), f.aadstsCode());
    }
}
