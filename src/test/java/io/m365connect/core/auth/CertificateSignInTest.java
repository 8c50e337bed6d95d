package io.m365connect.core.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.m365connect.core.practice.PracticeTenant.DemoCredential;
import io.m365connect.core.recipe.CredentialKind;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** App-only tokens with a certificate (client assertion signed by MSAL4J) against the practice tenant. */
class CertificateSignInTest {
    private static final String EXCHANGE_APP = "blink-exchange-online";
    @RegisterExtension
    static final PracticeFixture practice = PracticeFixture.started();

    private static String exchange() {
        return practice.tenant.cloud().exchange().defaultScope();
    }

    @Test
    void certificateFromPfxGivesATokenProvedByCertificateInOneRequest() throws Exception {
        DemoCredential demo = practice.demo(EXCHANGE_APP);
        String client = practice.cloneApp(EXCHANGE_APP);
        Credential.ClientCertificate cert = TestCredentials.fromPfx(demo.certificateFile(), demo.certificatePassword());

        TokenResult result = practice.acquire(practice.request(client, cert, exchange()));

        AccessToken token = assertInstanceOf(AccessToken.class, result, () -> String.valueOf(result));
        TokenClaims c = token.claims().orElseThrow();
        assertEquals(ClientAuthMethod.CERTIFICATE, c.clientAuth());
        assertEquals("https://outlook.office365.com", c.audience());
        assertTrue(c.roles().contains("Exchange.ManageAsApp"), c.roles().toString());
        assertTrue(c.directoryRoleIds().contains("29232cdf-9323-42fd-ade2-1d097af3e4de"), c.directoryRoleIds().toString());
        assertEquals(CredentialKind.CERTIFICATE, token.obtainedWith());
        assertEquals(1, practice.log().size(), practice.log().toString());
        assertEquals("client_credentials", practice.log().get(0).grantType());
    }

    @Test
    void certificateFromPemCertificateAndKeyFilesGivesAToken() throws Exception {
        String client = practice.cloneApp(EXCHANGE_APP);
        Credential.ClientCertificate cert = TestCredentials.fromPem(practice.tenant.demoCertificateFile(),
                practice.tenant.demoKeyFile());

        TokenResult result = practice.acquire(practice.request(client, cert, exchange()));

        AccessToken token = assertInstanceOf(AccessToken.class, result, () -> String.valueOf(result));
        assertEquals(ClientAuthMethod.CERTIFICATE, token.claims().orElseThrow().clientAuth());
    }

    @Test
    void unregisteredCertificateIsAadsts700027() throws Exception {
        String client = practice.cloneApp(EXCHANGE_APP);
        Credential.ClientCertificate other = TestCredentials.fromPfx(TestCredentials.resource("client.pfx"),
                "fixture-pass");

        AuthFailure f = assertInstanceOf(AuthFailure.class, practice.acquire(practice.request(client, other, exchange())));

        assertEquals(Optional.of("AADSTS700027"), f.aadstsCode());
        assertEquals(FailureLayer.CREDENTIAL, f.layer());
        assertEquals("Entra ID refused the token request: AADSTS700027 — Certificate not accepted.",
                f.problem().summary());
        assertTrue(f.serverMessage().contains("not registered"), f.serverMessage());
    }

    @Test
    void uploadedCertificateWorksForAnAppThatHadNone() throws Exception {
        String pem = Files.readString(TestCredentials.resource("client-cert.pem"));
        String client = practice.cloneApp(EXCHANGE_APP, a -> a.withCertificates(false, List.of(pem)));
        Credential.ClientCertificate mine = TestCredentials.fromPem(TestCredentials.resource("client-cert.pem"),
                TestCredentials.resource("client-key.pem"));

        TokenResult result = practice.acquire(practice.request(client, mine, exchange()));

        assertInstanceOf(AccessToken.class, result, () -> String.valueOf(result));
    }

    @Test
    void certificateCredentialNeverShowsTheKey() throws Exception {
        DemoCredential demo = practice.demo(EXCHANGE_APP);
        Credential.ClientCertificate cert = TestCredentials.fromPfx(demo.certificateFile(), demo.certificatePassword());
        assertFalse(cert.toString().contains("modulus"), cert.toString());
        assertTrue(cert.toString().endsWith("key=redacted]"));
    }
}
