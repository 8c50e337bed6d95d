package io.m365connect.core.auth;

import io.m365connect.core.common.Cancellation;
import io.m365connect.core.net.BoundedBody;
import io.m365connect.core.net.CancellableSend;
import io.m365connect.core.net.HttpSettings;
import io.m365connect.core.net.Retries;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one HTTP path for sign-in: MSAL's requests (through {@link MsalHttpClient}) and our own (confidential
 * ROPC, tenant lookup) go over a {@link HttpClient} built from {@link HttpSettings} — proxy with credentials,
 * extra CAs, connect and read timeouts. A cancel aborts the request in flight and refuses any later one, which
 * is what stops device-code polling at once.
 */
final class JdkHttpTransport {
    /** The JDK sets these itself and refuses them from callers. */
    private static final Set<String> RESTRICTED = Set.of("host", "content-length", "connection", "expect", "upgrade");

    private final HttpClient client;
    private final Duration readTimeout;
    private final Cancellation cancellation;
    private volatile Optional<Answer> lastError = Optional.empty();
    private volatile Optional<Answer> lastAnswer = Optional.empty();
    private volatile URI lastTarget;

    /** One answer: status, headers and body as text. */
    record Answer(URI uri, int status, Map<String, java.util.List<String>> headers, String body) {
    }

    JdkHttpTransport(HttpClient client, HttpSettings settings, Cancellation cancellation) {
        this.client = client;
        this.readTimeout = settings.readTimeout();
        this.cancellation = cancellation;
    }

    Answer get(URI uri, Map<String, String> headers) throws IOException {
        return send(uri, "GET", headers, null);
    }

    Answer postForm(URI uri, Map<String, String> headers, String form) throws IOException {
        return send(uri, "POST", headers, form);
    }

    /**
     * Sends once, and once more when {@link Retries} says so (a 5xx, or a 429 with a short Retry-After).
     */
    Answer send(URI uri, String method, Map<String, String> headers, String body) throws IOException {
        Answer first = sendOnce(uri, method, headers, body);
        Optional<Duration> wait = retryWait(first);
        if (wait.isEmpty()) {
            return first;
        }
        Retries.pause(wait.get(), cancellation);
        return sendOnce(uri, method, headers, body);
    }

    static Optional<Duration> retryWait(Answer answer) {
        return Retries.waitBeforeRetry(answer.status(), answer.headers().entrySet().stream()
                .filter(e -> e.getKey() != null && e.getKey().equalsIgnoreCase("Retry-After"))
                .flatMap(e -> e.getValue().stream()).findFirst());
    }

    private Answer sendOnce(URI uri, String method, Map<String, String> headers, String body) throws IOException {
        lastTarget = uri;
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(readTimeout);
        headers.forEach((k, v) -> {
            if (!RESTRICTED.contains(k.toLowerCase(Locale.ROOT)) && v != null) {
                b.header(k, v);
            }
        });
        if ("POST".equals(method)) {
            if (headers.keySet().stream().noneMatch(k -> k.equalsIgnoreCase("Content-Type"))) {
                b.header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8");
            }
            b.POST(HttpRequest.BodyPublishers.ofString(body == null ? "" : body));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response = CancellableSend.send(client, b.build(), BoundedBody.ofString(), cancellation);
        Answer answer = new Answer(uri, response.statusCode(), response.headers().map(), response.body());
        if (answer.status() >= 400) {
            lastError = Optional.of(answer);
        }
        lastAnswer = Optional.of(answer);
        return answer;
    }

    /** The last error answer (status ≥ 400) seen, for the IDs MSAL does not pass on. */
    Optional<Answer> lastError() {
        return lastError;
    }

    /** The last answer of any status, to tell a proxy's HTML page from a sign-in reply. */
    Optional<Answer> lastAnswer() {
        return lastAnswer;
    }

    /** Where the last request went; names the host in network failure messages. */
    URI lastTarget() {
        return lastTarget;
    }
}
