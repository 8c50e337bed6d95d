package io.m365connect.core.cert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.security.SignatureException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SelfSignedFactoryTest {
    private static SelfSignedFactory.Issued ca;
    private static SelfSignedFactory.Issued server;

    @BeforeAll
    static void issue() throws Exception {
        ca = SelfSignedFactory.certificateAuthority("Practice CA", Duration.ofDays(2));
        server = SelfSignedFactory.tlsServer(ca, "localhost", List.of("practice.test"), Duration.ofDays(1));
    }

    @Test
    void caIsACertificateAuthorityThatMaySignCertificates() {
        X509Certificate c = ca.certificate();
        assertEquals(0, c.getBasicConstraints(), "CA with path length 0");
        assertTrue(c.getKeyUsage()[5], "keyCertSign");
        assertEquals(c.getSubjectX500Principal(), c.getIssuerX500Principal());
        assertTrue(((RSAPublicKey) c.getPublicKey()).getModulus().bitLength() >= 2048);
    }

    @Test
    void serverCertificateNamesLocalhostLoopbackAndExtraNames() throws Exception {
        Set<String> names = new HashSet<>();
        for (List<?> san : server.certificate().getSubjectAlternativeNames()) {
            names.add(san.get(0) + ":" + san.get(1));
        }
        assertEquals(Set.of("2:localhost", "7:127.0.0.1", "2:practice.test"), names);
        assertEquals(List.of("1.3.6.1.5.5.7.3.1"), server.certificate().getExtendedKeyUsage());
        assertEquals(-1, server.certificate().getBasicConstraints(), "not a CA");
    }

    @Test
    void serverCertificateIsSignedByTheCaAndNotByItself() throws Exception {
        server.certificate().verify(ca.certificate().getPublicKey());
        assertEquals(ca.certificate().getSubjectX500Principal(), server.certificate().getIssuerX500Principal());
        assertThrows(SignatureException.class, () -> server.certificate().verify(server.keyPair().getPublic()));
    }

    @Test
    void jdkTrustManagerWithOnlyTheCaAcceptsTheServerChain() throws Exception {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("ca", ca.certificate());
        TrustManagerFactory tmf = TrustManagerFactory.getInstance("PKIX");
        tmf.init(trust);
        X509TrustManager tm = (X509TrustManager) tmf.getTrustManagers()[0];
        tm.checkServerTrusted(new X509Certificate[] {server.certificate()}, "RSA");
    }

    @Test
    void serverCertificateDoesNotOutliveItsCa() throws Exception {
        SelfSignedFactory.Issued longer = SelfSignedFactory.tlsServer(ca, "localhost", List.of(), Duration.ofDays(400));
        assertEquals(ca.certificate().getNotAfter(), longer.certificate().getNotAfter());
    }

    @Test
    void pemTextReadsBackAsTheSameCertificate() throws Exception {
        String pem = PemText.certificate(ca.certificate());
        assertTrue(pem.startsWith("-----BEGIN CERTIFICATE-----\n"));
        assertTrue(pem.lines().allMatch(l -> l.length() <= 64));
        X509Certificate back = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
        assertEquals(ca.certificate(), back);
    }

    @Test
    void issuedToStringShowsNoKeyMaterial() {
        assertEquals("Issued[CN=Practice CA]", ca.toString());
    }

    @Test
    void clientCertificateIsForClientAuthenticationAndIssuedByTheCa() throws Exception {
        SelfSignedFactory.Issued client = SelfSignedFactory.clientAuthentication(ca, "Demo app", Duration.ofDays(1));
        client.certificate().verify(ca.certificate().getPublicKey());
        assertEquals(List.of("1.3.6.1.5.5.7.3.2"), client.certificate().getExtendedKeyUsage());
        assertTrue(client.certificate().getKeyUsage()[0], "digitalSignature");
        assertEquals(-1, client.certificate().getBasicConstraints());
    }
}
