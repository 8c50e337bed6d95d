package io.m365connect.core.probe;

import io.m365connect.core.common.Cancellation;
import io.m365connect.core.common.Log;
import io.m365connect.core.net.BoundedBody;
import io.m365connect.core.net.CancellableSend;
import io.m365connect.core.net.HttpClients;
import io.m365connect.core.net.HttpSettings;
import io.m365connect.core.net.Retries;
import java.io.IOException;
import java.net.http.HttpClient;
import java.security.GeneralSecurityException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One HTTPS request of a probe, sent with the app's proxy, trust and timeouts, and cancellable. The reply is read
 * up to {@link BoundedBody#DEFAULT_LIMIT}: a misconfigured proxy or a broken service must not fill the memory; past
 * it the call fails with {@link BoundedBody.TooLarge}.
 */
final class HttpCall {
    private static final Log LOG = Log.of(HttpCall.class);
    private static final int MAX_REPLY = 4000;
    private static final List<String> SHOWN_HEADERS = List.of("request-id", "client-request-id", "www-authenticate",
            "x-ms-diagnostics", "retry-after");

    private HttpCall() {
    }

    /**
     * The status, body and the request/reply as shown to a person (no token in them); {@code asked} is 2 when the
     * service was asked once more, {@code retryAfter} what a throttling service asked us to wait.
     */
    record Exchange(int status, String body, String request, String reply, int asked, Optional<Duration> retryAfter) {
    }

    /** The app's one way to build a client: proxy, extra CAs and connect timeout from the settings. */
    static HttpClient client(HttpSettings settings) {
        try {
            return HttpClients.newClient(settings);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("TLS could not be set up: " + e.getMessage(), e);
        }
    }

    /** Sends, and once more when {@link Retries} says so (a 5xx, or a 429 with a short Retry-After). */
    static Exchange send(HttpClient client, HttpRequest request, String bodyShown, Cancellation cancellation)
            throws IOException {
        HttpResponse<String> first = sendOnce(client, request, cancellation);
        Optional<String> retryAfter = first.headers().firstValue("Retry-After");
        Optional<Duration> wait = Retries.waitBeforeRetry(first.statusCode(), retryAfter);
        HttpResponse<String> last = first;
        if (wait.isPresent()) {
            LOG.info(request.method() + " " + request.uri() + " answered HTTP " + first.statusCode() + "; asking once "
                    + "more in " + wait.get().toMillis() + " ms");
            Retries.pause(wait.get(), cancellation);
            last = sendOnce(client, request, cancellation);
            retryAfter = last.headers().firstValue("Retry-After");
        }
        return new Exchange(last.statusCode(), last.body(), describe(request, bodyShown), describe(last),
                wait.isPresent() ? 2 : 1, retryAfter.flatMap(Retries::parse));
    }

    private static HttpResponse<String> sendOnce(HttpClient client, HttpRequest request, Cancellation cancellation)
            throws IOException {
        HttpResponse<String> response = CancellableSend.send(client, request, BoundedBody.ofString(), cancellation);
        LOG.debug(request.method() + " " + request.uri() + " answered HTTP " + response.statusCode());
        return response;
    }

    /** The request line and the headers that matter; the bearer token is replaced by its length. */
    static String describe(HttpRequest request, String body) {
        StringBuilder b = new StringBuilder(request.method()).append(' ').append(request.uri()).append('\n');
        request.headers().map().forEach((name, values) -> values.forEach(v -> b.append(name).append(": ")
                .append(name.equalsIgnoreCase("Authorization") ? redactBearer(v) : v).append('\n')));
        if (body != null && !body.isEmpty()) {
            b.append('\n').append(body);
        }
        return b.toString().strip();
    }

    static String redactBearer(String value) {
        int space = value.indexOf(' ');
        int length = space < 0 ? value.length() : value.length() - space - 1;
        return (space < 0 ? "" : value.substring(0, space) + " ") + "(token, " + length + " characters, not shown)";
    }

    private static String describe(HttpResponse<String> response) {
        StringBuilder b = new StringBuilder("HTTP ").append(response.statusCode()).append('\n');
        for (String h : SHOWN_HEADERS) {
            response.headers().firstValue(h).ifPresent(v -> b.append(h).append(": ").append(v).append('\n'));
        }
        String body = response.body() == null ? "" : response.body();
        b.append('\n').append(body.length() > MAX_REPLY ? body.substring(0, MAX_REPLY) + " …" : body);
        return b.toString().strip();
    }
}
