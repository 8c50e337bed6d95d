package io.m365connect.core.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.m365connect.core.common.Secret;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.URI;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.Test;

class HttpClientsTest {

    static X509Certificate extraCa() throws Exception {
        try (InputStream in = HttpClientsTest.class.getResourceAsStream("/auth/extra-ca.pem")) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
    }

    @Test
    void extraCaIsTrustedBesideTheJdksOwnCas() throws Exception {
        X509Certificate ca = extraCa();
        X509TrustManager merged = HttpClients.trustManager(List.of(ca));

        Set<String> subjects = Arrays.stream(merged.getAcceptedIssuers())
                .map(c -> c.getSubjectX500Principal().getName()).collect(Collectors.toSet());
        assertTrue(subjects.contains(ca.getSubjectX500Principal().getName()));
        assertTrue(merged.getAcceptedIssuers().length > 50, "the JDK's default CAs must stay trusted");
    }

    @Test
    void withoutExtraCasTheJdkDefaultContextIsUsed() throws Exception {
        assertEquals(javax.net.ssl.SSLContext.getDefault(), HttpClients.sslContext(HttpSettings.defaults()));
    }

    @Test
    void explicitProxyIsUsedForEveryAddress() {
        HttpSettings s = HttpSettings.defaults().withProxy(URI.create("http://proxy.corp:3128"), null, null);

        List<Proxy> chosen = HttpClients.proxySelector(s).select(URI.create("https://login.microsoftonline.com/"));

        assertEquals(1, chosen.size());
        InetSocketAddress address = (InetSocketAddress) chosen.get(0).address();
        assertEquals("proxy.corp", address.getHostString());
        assertEquals(3128, address.getPort());
    }

    @Test
    void proxyWithoutPortDefaultsTo8080() {
        HttpSettings s = HttpSettings.defaults().withProxy(URI.create("http://proxy.corp"), null, null);
        assertEquals(8080, ((InetSocketAddress) HttpClients.proxy(s).address()).getPort());
    }

    @Test
    void noProxyModeGoesDirect() {
        HttpSettings s = new HttpSettings(HttpSettings.ProxyMode.NONE, null, null, null, null, null, null);
        assertEquals(List.of(Proxy.NO_PROXY), HttpClients.proxySelector(s).select(URI.create("https://x.test/")));
    }

    @Test
    void proxyCredentialsAreSentOnlyForAnExplicitProxyWithAUser() {
        assertTrue(ProxyAwareClient.basic(HttpSettings.defaults()).isEmpty());
        assertTrue(ProxyAwareClient.basic(HttpSettings.defaults().withProxy(URI.create("http://p:1"), null, null))
                .isEmpty());
        HttpSettings s = HttpSettings.defaults().withProxy(URI.create("http://p:3128"), "alice", Secret.of("pä"));
        assertEquals("Basic " + java.util.Base64.getEncoder().encodeToString("alice:pä".getBytes(
                java.nio.charset.StandardCharsets.UTF_8)), ProxyAwareClient.basic(s).orElseThrow());
    }

    @Test
    void buildingAClientEnablesBasicForTunnels() throws Exception {
        System.setProperty(HttpClients.TUNNELING_DISABLED_SCHEMES, "Basic");
        HttpClients.newClient(HttpSettings.defaults().withProxy(URI.create("http://p:3128"), "alice", Secret.of("pw")));
        assertEquals("", System.getProperty(HttpClients.TUNNELING_DISABLED_SCHEMES));
    }
}
