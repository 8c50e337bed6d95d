package io.m365connect.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.aad.msal4j.ClientCredentialFactory;
import com.microsoft.aad.msal4j.ClientCredentialParameters;
import com.microsoft.aad.msal4j.IAuthenticationResult;
import com.microsoft.aad.msal4j.MsalServiceException;
import io.m365connect.core.practice.PracticeTenant.LoggedRequest;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Client credentials through MSAL4J, the client the product uses: secrets, certificates and their refusals. */
class ClientCredentialsTest {
    private static PracticeHarness h;

    @BeforeAll
    static void start() throws Exception {
        h = new PracticeHarness();
    }

    @AfterAll
    static void stop() {
        h.close();
    }

    private IAuthenticationResult withSecret(String clientId, String secret, String scope) throws Exception {
        return h.confidential(clientId, ClientCredentialFactory.createFromSecret(secret))
                .acquireToken(ClientCredentialParameters.builder(Set.of(scope)).build()).get();
    }

    private IAuthenticationResult withDemoCertificate(String clientId, String scope) throws Exception {
        KeyStore pfx = KeyStore.getInstance("PKCS12");
        try (var in = java.nio.file.Files.newInputStream(h.dir.resolve("demo-app.pfx"))) {
            pfx.load(in, "practice".toCharArray());
        }
        PrivateKey key = (PrivateKey) pfx.getKey("demo-app", "practice".toCharArray());
        X509Certificate cert = (X509Certificate) pfx.getCertificate("demo-app");
        return h.confidential(clientId, ClientCredentialFactory.createFromCertificate(key, cert))
                .acquireToken(ClientCredentialParameters.builder(Set.of(scope)).build()).get();
    }

    @Test
    void secretGetsAnAppTokenWithTheConsentedRolesInExactlyOneRequest() throws Exception {
        String clientId = h.cloneApp("blink-o365-management-activity");
        h.tenant.clearRequestLog();
        IAuthenticationResult r = withSecret(clientId, h.secretOf("blink-o365-management-activity"),
                "https://manage.office.com/.default");
        List<LoggedRequest> log = h.tenant.requestLog();
        assertEquals(List.of(new LoggedRequest("POST", "/" + h.tenant.tenantId() + "/oauth2/v2.0/token",
                "client_credentials", 200)), log);
        Map<String, Object> claims = Jwt.parse(r.accessToken()).orElseThrow().claims();
        assertEquals("https://manage.office.com", claims.get("aud"));
        assertEquals("https://sts.windows.net/" + h.tenant.tenantId() + "/", claims.get("iss"));
        assertEquals(h.tenant.tenantId(), claims.get("tid"));
        assertEquals(clientId, claims.get("appid"));
        assertEquals("1", claims.get("appidacr"));
        assertEquals(List.of("ActivityFeed.Read", "ServiceHealth.Read", "ActivityFeed.ReadDlp"), claims.get("roles"));
        assertNull(claims.get("scp"));
    }

    @Test
    void certificateGetsAnAppTokenWithAppidacrTwoAndTheServicePrincipalsRoles() throws Exception {
        String clientId = h.cloneApp("blink-exchange-online");
        IAuthenticationResult r = withDemoCertificate(clientId, "https://outlook.office365.com/.default");
        Map<String, Object> claims = Jwt.parse(r.accessToken()).orElseThrow().claims();
        assertEquals("2", claims.get("appidacr"));
        assertEquals("https://outlook.office365.com", claims.get("aud"));
        assertEquals(List.of("Exchange.ManageAsApp", "full_access_as_app"), claims.get("roles"));
        assertTrue(((List<?>) claims.get("wids")).contains(PracticeFaults.EXCHANGE_ADMINISTRATOR));
    }

    @Test
    void tokensVerifyAgainstThePublishedKeys() throws Exception {
        String clientId = h.cloneApp("blink-microsoft-graph");
        IAuthenticationResult r = withSecret(clientId, h.secretOf("blink-microsoft-graph"), PracticeHarness.GRAPH_DEFAULT);
        var keys = Jwt.JSON.readTree(h.get(h.base() + "/" + h.tenant.tenantId() + "/discovery/v2.0/keys", null).body());
        var key = keys.get("keys").get(0);
        java.security.spec.RSAPublicKeySpec spec = new java.security.spec.RSAPublicKeySpec(
                new java.math.BigInteger(1, java.util.Base64.getUrlDecoder().decode(key.get("n").asText())),
                new java.math.BigInteger(1, java.util.Base64.getUrlDecoder().decode(key.get("e").asText())));
        var publicKey = java.security.KeyFactory.getInstance("RSA").generatePublic(spec);
        Jwt token = Jwt.parse(r.accessToken()).orElseThrow();
        assertEquals(key.get("kid").asText(), token.header().get("kid"));
        assertTrue(token.verifiesWith(publicKey));
        Jwt forged = Jwt.parse(r.accessToken().substring(0, r.accessToken().lastIndexOf('.') + 1) + "AAAA").orElseThrow();
        assertFalse(forged.verifiesWith(publicKey));
    }

    @Test
    void wrongSecretIsRefusedWith7000215AndStatus401() throws Exception {
        String clientId = h.cloneApp("blink-microsoft-graph");
        MsalServiceException e = PracticeHarness.msalRefusal(() -> withSecret(clientId, "not-the-secret", PracticeHarness.GRAPH_DEFAULT));
        assertEquals("invalid_client", e.errorCode());
        assertEquals(401, e.statusCode());
        assertTrue(e.getMessage().startsWith("AADSTS7000215: Invalid client secret provided."), e.getMessage());
    }

    @Test
    void unknownClientIsRefusedWith700016() throws Exception {
        MsalServiceException e = PracticeHarness.msalRefusal(() -> withSecret("11111111-2222-3333-4444-555555555555", "x",
                PracticeHarness.GRAPH_DEFAULT));
        assertEquals("unauthorized_client", e.errorCode());
        assertTrue(e.getMessage().startsWith("AADSTS700016: Application with identifier "
                + "'11111111-2222-3333-4444-555555555555' was not found in the directory 'Contoso Practice'."));
    }

    @Test
    void unknownResourceIsRefusedWith500011() throws Exception {
        String clientId = h.cloneApp("blink-microsoft-graph");
        MsalServiceException e = PracticeHarness.msalRefusal(() -> withSecret(clientId, h.secretOf("blink-microsoft-graph"),
                "https://api.example.org/.default"));
        assertEquals("invalid_resource", e.errorCode());
        assertTrue(e.getMessage().startsWith("AADSTS500011: The resource principal named https://api.example.org"));
    }

    @Test
    void namedScopeInsteadOfDefaultIsRefusedWith70011() throws Exception {
        String clientId = h.cloneApp("blink-microsoft-graph");
        MsalServiceException e = PracticeHarness.msalRefusal(() -> withSecret(clientId, h.secretOf("blink-microsoft-graph"),
                "https://graph.microsoft.com/User.Read.All"));
        assertEquals("invalid_scope", e.errorCode());
        assertTrue(e.getMessage().startsWith("AADSTS70011:"), e.getMessage());
    }

    @Test
    void tokenWithoutConsentCarriesNoRoles() throws Exception {
        String clientId = h.cloneApp("blink-microsoft-graph");
        h.tenant.change(t -> t.withApp(clientId, a -> a.withConsent(false)));
        IAuthenticationResult r = withSecret(clientId, h.secretOf("blink-microsoft-graph"), PracticeHarness.GRAPH_DEFAULT);
        assertNull(Jwt.parse(r.accessToken()).orElseThrow().claims().get("roles"));
    }
}
