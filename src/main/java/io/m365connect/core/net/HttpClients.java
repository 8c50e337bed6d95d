package io.m365connect.core.net;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * Turns {@link HttpSettings} into what the JDK needs: an {@link SSLContext} that trusts the JDK's CAs plus the
 * extra ones, a {@link ProxySelector}, a proxy {@link Authenticator}, and a {@link HttpClient} built from them.
 * Token requests and every probe use these, so all traffic follows the same proxy and trust rules.
 */
public final class HttpClients {
    /**
     * The JDK refuses Basic proxy authentication for HTTPS tunnels unless this property is cleared
     * (net.properties ships it as "Basic"); every Microsoft endpoint is HTTPS, so an authenticating proxy
     * would otherwise always answer 407. java.net.http reads it once, when the first client of the JVM is
     * built, so it is cleared when this class loads and again by {@code app.Wiring} at start.
     */
    static final String TUNNELING_DISABLED_SCHEMES = "jdk.http.auth.tunneling.disabledSchemes";

    static {
        allowBasicForTunnels();
    }

    private HttpClients() {
    }

    /**
     * A client following the settings' proxy (with its credentials, see {@link ProxyAwareClient}), trust and
     * connect timeout; redirects are not followed.
     */
    public static HttpClient newClient(HttpSettings settings) throws GeneralSecurityException {
        allowBasicForTunnels();
        HttpClient jdk = HttpClient.newBuilder()
                .sslContext(sslContext(settings))
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .proxy(proxySelector(settings))
                .build();
        return new ProxyAwareClient(jdk, settings);
    }

    /** TLS context trusting the JDK's default CAs and the settings' extra CAs (hostname checks stay on). */
    public static SSLContext sslContext(HttpSettings settings) throws GeneralSecurityException {
        if (settings.extraTrustedCas().isEmpty()) {
            return SSLContext.getDefault();
        }
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {trustManager(settings.extraTrustedCas())}, null);
        return context;
    }

    /** A trust manager over the JDK's default anchors plus {@code extra}. */
    public static X509TrustManager trustManager(List<X509Certificate> extra) throws GeneralSecurityException {
        List<X509Certificate> anchors = new ArrayList<>(Arrays.asList(defaultTrustManager().getAcceptedIssuers()));
        anchors.addAll(extra);
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        try {
            store.load(null, null);
        } catch (IOException e) {
            throw new GeneralSecurityException("could not create an empty trust store", e);
        }
        for (int i = 0; i < anchors.size(); i++) {
            store.setCertificateEntry("ca-" + i, anchors.get(i));
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(store);
        return firstX509(tmf.getTrustManagers());
    }

    private static X509TrustManager defaultTrustManager() throws GeneralSecurityException {
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init((KeyStore) null);
        return firstX509(tmf.getTrustManagers());
    }

    private static X509TrustManager firstX509(TrustManager[] managers) throws GeneralSecurityException {
        for (TrustManager m : managers) {
            if (m instanceof X509TrustManager x) {
                return x;
            }
        }
        throw new GeneralSecurityException("the JDK offers no X.509 trust manager");
    }

    /** SYSTEM: the JDK's default selector (system properties, or OS settings with java.net.useSystemProxies). */
    public static ProxySelector proxySelector(HttpSettings settings) {
        return switch (settings.proxyMode()) {
            case SYSTEM -> {
                ProxySelector system = ProxySelector.getDefault();
                yield system == null ? HttpClient.Builder.NO_PROXY : system;
            }
            case NONE -> HttpClient.Builder.NO_PROXY;
            case EXPLICIT -> new FixedProxySelector(proxyAddress(settings.proxy().orElseThrow()));
        };
    }

    /** The explicit proxy as a {@link Proxy}, for libraries that take one; {@link Proxy#NO_PROXY} otherwise. */
    public static Proxy proxy(HttpSettings settings) {
        if (settings.proxyMode() != HttpSettings.ProxyMode.EXPLICIT) {
            return Proxy.NO_PROXY;
        }
        return new Proxy(Proxy.Type.HTTP, proxyAddress(settings.proxy().orElseThrow()));
    }

    static InetSocketAddress proxyAddress(URI proxy) {
        int port = proxy.getPort() > 0 ? proxy.getPort() : ("https".equalsIgnoreCase(proxy.getScheme()) ? 443 : 8080);
        return InetSocketAddress.createUnresolved(proxy.getHost(), port);
    }

    /** Idempotent; call before the first HTTP client of the JVM is built (see {@link #TUNNELING_DISABLED_SCHEMES}). */
    public static void allowBasicForTunnels() {
        String current = System.getProperty(TUNNELING_DISABLED_SCHEMES);
        if (current == null || !current.isEmpty()) {
            System.setProperty(TUNNELING_DISABLED_SCHEMES, "");
        }
    }

    private static final class FixedProxySelector extends ProxySelector {
        private final Proxy proxy;

        FixedProxySelector(InetSocketAddress address) {
            this.proxy = new Proxy(Proxy.Type.HTTP, address);
        }

        @Override
        public List<Proxy> select(URI uri) {
            return List.of(proxy);
        }

        @Override
        public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
            // Nothing to fall back to: an explicit proxy is the only way out, and the failure surfaces to the caller.
        }
    }
}
