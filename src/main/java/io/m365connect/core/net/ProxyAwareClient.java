package io.m365connect.core.net;

import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * The JDK's client, with the proxy's user name and password sent with the first CONNECT (as curl does) instead
 * of after a 407 challenge, and a proxy's 407 turned into a {@link ProxyRefused} failure.
 *
 * <p>Why not {@link Authenticator}: it tries a refused password three more times (enough to lock a directory
 * account with a strict lockout policy), and on JDK 21 and later its give-up on a tunnel ends in an internal
 * NullPointerException that hides the 407. The JDK sends a request's {@code Proxy-*} headers to the proxy only,
 * on the CONNECT that opens the tunnel, never to the server behind it.
 */
final class ProxyAwareClient extends HttpClient {
    static final String PROXY_AUTHORIZATION = "Proxy-Authorization";

    /** The proxy answered HTTP 407: it wants credentials, or refused the ones given. */
    static final class ProxyRefused extends IOException {
        ProxyRefused() {
            super("HTTP 407 Proxy Authentication Required");
        }
    }

    private final HttpClient delegate;
    private final Optional<String> authorization;

    ProxyAwareClient(HttpClient delegate, HttpSettings settings) {
        this.delegate = delegate;
        this.authorization = basic(settings);
    }

    static Optional<String> basic(HttpSettings settings) {
        if (settings.proxyMode() != HttpSettings.ProxyMode.EXPLICIT || settings.proxyUser().isEmpty()) {
            return Optional.empty();
        }
        String password = settings.proxyPassword().map(s -> s.reveal(p -> p)).orElse("");
        byte[] pair = (settings.proxyUser().get() + ":" + password).getBytes(StandardCharsets.UTF_8);
        return Optional.of("Basic " + Base64.getEncoder().encodeToString(pair));
    }

    private HttpRequest withCredentials(HttpRequest request) {
        if (authorization.isEmpty()) {
            return request;
        }
        return HttpRequest.newBuilder(request, (name, value) -> !PROXY_AUTHORIZATION.equalsIgnoreCase(name))
                .header(PROXY_AUTHORIZATION, authorization.get())
                .build();
    }

    /** A 407's body is the proxy's page, not the caller's: it is dropped unread. */
    private static <T> HttpResponse.BodyHandler<T> skipping407(HttpResponse.BodyHandler<T> handler) {
        return info -> info.statusCode() == 407 ? HttpResponse.BodySubscribers.replacing(null) : handler.apply(info);
    }

    private static <T> HttpResponse<T> refuse407(HttpResponse<T> response) {
        if (response.statusCode() == 407) {
            throw new CompletionException(new ProxyRefused());
        }
        return response;
    }

    @Override
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        HttpResponse<T> response = delegate.send(withCredentials(request), skipping407(handler));
        if (response.statusCode() == 407) {
            throw new ProxyRefused();
        }
        return response;
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        return delegate.sendAsync(withCredentials(request), skipping407(handler)).thenApply(ProxyAwareClient::refuse407);
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler,
                                                            HttpResponse.PushPromiseHandler<T> pushes) {
        return delegate.sendAsync(withCredentials(request), skipping407(handler), pushes)
                .thenApply(ProxyAwareClient::refuse407);
    }

    @Override
    public Optional<CookieHandler> cookieHandler() {
        return delegate.cookieHandler();
    }

    @Override
    public Optional<Duration> connectTimeout() {
        return delegate.connectTimeout();
    }

    @Override
    public Redirect followRedirects() {
        return delegate.followRedirects();
    }

    @Override
    public Optional<ProxySelector> proxy() {
        return delegate.proxy();
    }

    @Override
    public SSLContext sslContext() {
        return delegate.sslContext();
    }

    @Override
    public SSLParameters sslParameters() {
        return delegate.sslParameters();
    }

    @Override
    public Optional<Authenticator> authenticator() {
        return delegate.authenticator();
    }

    @Override
    public Version version() {
        return delegate.version();
    }

    @Override
    public Optional<Executor> executor() {
        return delegate.executor();
    }
}
