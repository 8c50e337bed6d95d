package io.m365connect.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.m365connect.core.cert.SelfSignedFactory;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Client assertions made by hand, to provoke each check Entra makes on them. */
class ClientAssertionTest {
    private static PracticeHarness h;
    private static PrivateKey demoKey;
    private static X509Certificate demoCert;

    @BeforeAll
    static void start() throws Exception {
        h = new PracticeHarness();
        String pem = Files.readString(h.tenant.demoKeyFile());
        byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
        demoKey = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        demoCert = PracticeDirectory.parsePem(Files.readString(h.tenant.demoCertificateFile()));
    }

    @AfterAll
    static void stop() {
        h.close();
    }

    private static Map<String, Object> claims(String clientId, String aud, Instant exp) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("aud", aud);
        c.put("iss", clientId);
        c.put("sub", clientId);
        c.put("jti", UUID.randomUUID().toString());
        c.put("nbf", exp.minusSeconds(600).getEpochSecond());
        c.put("exp", exp.getEpochSecond());
        return c;
    }

    private static String assertion(Map<String, Object> claims, X509Certificate named, PrivateKey signer)
            throws Exception {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("alg", "RS256");
        header.put("typ", "JWT");
        header.put("x5t#S256", Base64.getEncoder().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(named.getEncoded())));
        return Jwt.signRs256(header, claims, signer);
    }

    private static HttpResponse<String> redeem(String clientId, String assertion) throws Exception {
        return h.postForm(h.tokenUrl(), Map.of("grant_type", "client_credentials", "client_id", clientId,
                "scope", "https://outlook.office365.com/.default", "client_assertion_type", ClientAuthenticator.JWT_BEARER,
                "client_assertion", assertion));
    }

    private static JsonNode refused(HttpResponse<String> r, int status, int code) throws Exception {
        assertEquals(status, r.statusCode(), r.body());
        JsonNode body = Jwt.JSON.readTree(r.body());
        assertEquals(code, body.get("error_codes").get(0).asInt(), r.body());
        assertTrue(body.get("error_description").asText().startsWith("AADSTS" + code + ": "));
        return body;
    }

    private static Instant inTenMinutes() {
        return Instant.now().plusSeconds(600);
    }

    @Test
    void assertionSignedByTheRegisteredCertificateIsAccepted() throws Exception {
        String clientId = h.cloneApp("blink-exchange-online");
        HttpResponse<String> r = redeem(clientId, assertion(claims(clientId, h.tokenUrl(), inTenMinutes()),
                demoCert, demoKey));
        assertEquals(200, r.statusCode(), r.body());
        String token = Jwt.JSON.readTree(r.body()).get("access_token").asText();
        assertEquals("2", Jwt.parse(token).orElseThrow().claims().get("appidacr"));
    }

    @Test
    void assertionSignedByAnUnregisteredCertificateIsRefusedWith700027() throws Exception {
        String clientId = h.cloneApp("blink-exchange-online");
        SelfSignedFactory.Issued otherCa = SelfSignedFactory.certificateAuthority("Other", Duration.ofDays(1));
        SelfSignedFactory.Issued other = SelfSignedFactory.clientAuthentication(otherCa, "Other app", Duration.ofDays(1));
        JsonNode body = refused(redeem(clientId, assertion(claims(clientId, h.tokenUrl(), inTenMinutes()),
                other.certificate(), other.keyPair().getPrivate())), 401, 700027);
        assertEquals("invalid_client", body.get("error").asText());
        assertTrue(body.get("error_description").asText().contains("is not registered on application"));
    }

    @Test
    void assertionNamingTheRegisteredCertificateButSignedByAnotherKeyIsRefusedWith700027() throws Exception {
        String clientId = h.cloneApp("blink-exchange-online");
        SelfSignedFactory.Issued otherCa = SelfSignedFactory.certificateAuthority("Other", Duration.ofDays(1));
        JsonNode body = refused(redeem(clientId, assertion(claims(clientId, h.tokenUrl(), inTenMinutes()),
                demoCert, otherCa.keyPair().getPrivate())), 401, 700027);
        assertTrue(body.get("error_description").asText().contains("failed signature validation"));
    }

    @Test
    void assertionForAnotherAudienceIsRefusedWith700023() throws Exception {
        String clientId = h.cloneApp("blink-exchange-online");
        refused(redeem(clientId, assertion(claims(clientId, "https://login.microsoftonline.com/"
                + h.tenant.tenantId() + "/oauth2/v2.0/token", inTenMinutes()), demoCert, demoKey)), 401, 700023);
    }

    @Test
    void expiredAssertionIsRefusedWith700024() throws Exception {
        String clientId = h.cloneApp("blink-exchange-online");
        refused(redeem(clientId, assertion(claims(clientId, h.tokenUrl(), Instant.now().minusSeconds(3600)),
                demoCert, demoKey)), 401, 700024);
    }

    @Test
    void reusedAssertionIsRefusedTheSecondTime() throws Exception {
        String clientId = h.cloneApp("blink-exchange-online");
        String once = assertion(claims(clientId, h.tokenUrl(), inTenMinutes()), demoCert, demoKey);
        assertEquals(200, redeem(clientId, once).statusCode());
        JsonNode body = refused(redeem(clientId, once), 401, 50013);
        assertTrue(body.get("error_description").asText().contains("jti"));
    }

    @Test
    void assertionIssuedForAnotherClientIsRefusedWith700021() throws Exception {
        String clientId = h.cloneApp("blink-exchange-online");
        refused(redeem(clientId, assertion(claims(UUID.randomUUID().toString(), h.tokenUrl(), inTenMinutes()),
                demoCert, demoKey)), 401, 700021);
    }

    @Test
    void audienceMayNameTheTenantByItsDomain() throws Exception {
        String clientId = h.cloneApp("blink-exchange-online");
        String aud = h.base() + "/contosopractice.onmicrosoft.com/oauth2/v2.0/token";
        assertEquals(200, redeem(clientId, assertion(claims(clientId, aud, inTenMinutes()), demoCert, demoKey))
                .statusCode());
    }

    @Test
    void unregisteringTheCertificateMakesTheSameAssertionFail() throws Exception {
        String clientId = h.cloneApp("blink-exchange-online");
        h.tenant.change(t -> t.withApp(clientId, a -> a.withCertificates(false, java.util.List.of())));
        refused(redeem(clientId, assertion(claims(clientId, h.tokenUrl(), inTenMinutes()), demoCert, demoKey)),
                401, 700027);
    }
}
