package io.m365connect.core.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.security.cert.CertPathValidatorException;
import java.time.Duration;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

class NetworkFailureTest {
    private static final URI TOKEN = URI.create("https://login.microsoftonline.com/t/oauth2/v2.0/token");
    private final HttpSettings settings = HttpSettings.defaults().withTimeouts(Duration.ofSeconds(7), Duration.ofSeconds(9));

    @Test
    void unknownHostSaysDns() {
        NetworkFailure f = NetworkFailure.classify(new UnknownHostException("login.microsoftonline.com"), TOKEN, settings);
        assertEquals(NetworkFailure.Kind.UNKNOWN_HOST, f.kind());
        assertEquals("The name login.microsoftonline.com could not be found (DNS).", f.problem().summary());
    }

    @Test
    void connectTimeoutNamesTheLimit() {
        NetworkFailure f = NetworkFailure.classify(new HttpConnectTimeoutException("HTTP connect timed out"), TOKEN, settings);
        assertEquals(NetworkFailure.Kind.CONNECT_TIMEOUT, f.kind());
        assertEquals("No connection to login.microsoftonline.com within 7 s.", f.problem().summary());
    }

    @Test
    void readTimeoutNamesTheLimit() {
        NetworkFailure f = NetworkFailure.classify(new HttpTimeoutException("request timed out"), TOKEN, settings);
        assertEquals(NetworkFailure.Kind.READ_TIMEOUT, f.kind());
        assertEquals("login.microsoftonline.com accepted the connection but did not answer within 9 s.",
                f.problem().summary());
    }

    @Test
    void untrustedCertificateSuggestsTrustCa() {
        SSLHandshakeException e = new SSLHandshakeException("PKIX path building failed");
        e.initCause(new CertPathValidatorException("unable to find valid certification path to requested target"));
        NetworkFailure f = NetworkFailure.classify(e, TOKEN, settings);
        assertEquals(NetworkFailure.Kind.UNTRUSTED_TLS, f.kind());
        assertEquals("Add your company's CA with --trust-ca if a proxy inspects TLS.", f.problem().fix());
    }

    @Test
    void refusedByTheProxyNamesTheProxy() {
        HttpSettings viaProxy = settings.withProxy(URI.create("http://proxy.corp:3128"), null, null);
        NetworkFailure f = NetworkFailure.classify(new IOException("x", new ConnectException("Connection refused")),
                TOKEN, viaProxy);
        assertEquals(NetworkFailure.Kind.CONNECTION_REFUSED, f.kind());
        assertEquals("The proxy proxy.corp:3128 refused the connection.", f.problem().summary());
    }

    @Test
    void proxyAuthenticationRequiredIs407() {
        NetworkFailure f = NetworkFailure.classify(new IOException("Unable to tunnel through proxy. Proxy returns "
                + "\"HTTP/1.1 407 Proxy Authentication Required\""), TOKEN, settings);
        assertEquals(NetworkFailure.Kind.PROXY_AUTH, f.kind());
    }

    @Test
    void onlyIoFailuresAreNetworkFailures() {
        assertTrue(NetworkFailure.isNetwork(new RuntimeException(new ConnectException("refused"))));
        assertFalse(NetworkFailure.isNetwork(new IllegalStateException("x")));
    }
}
