package io.m365connect.core.net;

import io.m365connect.core.common.Secret;
import java.net.URI;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How this app reaches the network: proxy (system or explicit, with optional credentials), extra trusted
 * CA certificates (for TLS-inspecting proxies and the practice tenant), and timeouts. Token acquisition
 * and every probe take the same object.
 */
public record HttpSettings(
        ProxyMode proxyMode,
        Optional<URI> proxy,
        Optional<String> proxyUser,
        Optional<Secret> proxyPassword,
        List<X509Certificate> extraTrustedCas,
        Duration connectTimeout,
        Duration readTimeout) {

    public enum ProxyMode { SYSTEM, NONE, EXPLICIT }

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);

    public HttpSettings {
        Objects.requireNonNull(proxyMode, "proxyMode");
        proxy = proxy == null ? Optional.empty() : proxy;
        proxyUser = proxyUser == null ? Optional.empty() : proxyUser;
        proxyPassword = proxyPassword == null ? Optional.empty() : proxyPassword;
        extraTrustedCas = List.copyOf(extraTrustedCas == null ? List.of() : extraTrustedCas);
        connectTimeout = connectTimeout == null ? DEFAULT_CONNECT_TIMEOUT : connectTimeout;
        readTimeout = readTimeout == null ? DEFAULT_READ_TIMEOUT : readTimeout;
        if (proxyMode == ProxyMode.EXPLICIT && proxy.isEmpty()) {
            throw new IllegalArgumentException("an explicit proxy needs its address");
        }
    }

    public static HttpSettings defaults() {
        return new HttpSettings(ProxyMode.SYSTEM, Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(), DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT);
    }

    public HttpSettings withTrustedCas(List<X509Certificate> cas) {
        return new HttpSettings(proxyMode, proxy, proxyUser, proxyPassword, cas, connectTimeout, readTimeout);
    }

    public HttpSettings withProxy(URI address, String user, Secret password) {
        return new HttpSettings(ProxyMode.EXPLICIT, Optional.of(address), Optional.ofNullable(user),
                Optional.ofNullable(password), extraTrustedCas, connectTimeout, readTimeout);
    }

    public HttpSettings withTimeouts(Duration connect, Duration read) {
        return new HttpSettings(proxyMode, proxy, proxyUser, proxyPassword, extraTrustedCas, connect, read);
    }

    @Override
    public String toString() {
        return "HttpSettings[proxyMode=" + proxyMode + ", proxy=" + proxy.map(URI::toString).orElse("-")
                + ", proxyUser=" + proxyUser.orElse("-") + ", extraTrustedCas=" + extraTrustedCas.size()
                + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout + "]";
    }
}
