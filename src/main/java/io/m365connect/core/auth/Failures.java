package io.m365connect.core.auth;

import io.m365connect.core.common.Problem;
import io.m365connect.core.net.HttpSettings;
import io.m365connect.core.net.NetworkFailure;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Turns what went wrong (a server's error answer, a network failure, a local fault) into an {@link AuthFailure}. */
final class Failures {
    private final ErrorExplanations explanations;

    Failures(ErrorExplanations explanations) {
        this.explanations = explanations;
    }

    /** An Entra ID error answer, explained from the catalog; {@code secretWarning} adds the GUID hint. */
    AuthFailure fromServer(ServerError e, Optional<String> secretWarning) {
        Optional<ErrorExplanations.Explanation> byNumber = e.aadsts().isPresent()
                ? explanations.aadsts(e.aadsts().getAsInt()) : Optional.empty();
        Optional<ErrorExplanations.Explanation> byError = explanations.oauthError(e.error());
        String codeText = e.aadsts().isPresent() ? "AADSTS" + e.aadsts().getAsInt()
                : (e.error().isEmpty() ? "an error" : e.error());
        List<String> causes = new ArrayList<>();
        String summary;
        String fix;
        FailureLayer layer;
        Optional<ErrorExplanations.Explanation> known = byNumber.isPresent() || e.aadsts().isPresent()
                ? byNumber : byError;
        if (known.isPresent()) {
            ErrorExplanations.Explanation x = known.get();
            summary = "Entra ID refused the token request: " + codeText + " — " + x.title() + ".";
            causes.add(x.meaning());
            fix = x.fix();
            layer = x.layer();
        } else {
            // An AADSTS number the catalog does not know: the server's own sentence says more than a generic
            // explanation of its OAuth error would.
            summary = "Entra ID refused the token request: " + (e.firstLine().isEmpty() ? codeText : e.firstLine());
            byError.ifPresent(x -> causes.add(x.meaning()));
            fix = e.aadsts().isPresent()
                    ? "Look the code up at https://login.microsoftonline.com/error?code=" + e.aadsts().getAsInt()
                            + " and keep the correlation ID for a support ticket."
                    : "Keep the correlation ID and trace ID for a support ticket.";
            layer = byError.map(ErrorExplanations.Explanation::layer)
                    .orElse(e.status() >= 500 ? FailureLayer.SERVICE : FailureLayer.REQUEST);
        }
        if (e.aadsts().orElse(0) == 7000215 || "invalid_client".equals(e.error())) {
            secretWarning.ifPresent(w -> causes.add(0, w));
        }
        return new AuthFailure(layer, e.aadsts(), e.error(), e.firstLine(), new Problem(summary, causes, fix),
                e.correlationId(), e.traceId(), e.timestamp(),
                e.status() > 0 ? OptionalInt.of(e.status()) : OptionalInt.empty());
    }

    /** A failure to reach the server at all. */
    static AuthFailure fromNetwork(Throwable error, URI target, HttpSettings settings) {
        NetworkFailure n = NetworkFailure.classify(error, target, settings);
        FailureLayer layer = switch (n.kind()) {
            case CONNECT_TIMEOUT, READ_TIMEOUT -> FailureLayer.TIMEOUT;
            case UNTRUSTED_TLS, TLS -> FailureLayer.TLS;
            case PROXY_AUTH, PROXY -> FailureLayer.PROXY;
            case UNKNOWN_HOST, CONNECTION_REFUSED, OTHER -> FailureLayer.NETWORK;
        };
        return AuthFailure.local(layer, n.problem());
    }

    /** A non-OAuth answer (HTML error page, empty body) from something in the way, or a broken server. */
    static AuthFailure unexpectedAnswer(int status, URI target) {
        boolean proxy = status == 407;
        Problem p = proxy
                ? Problem.of("The proxy asks for a user name and password (HTTP 407).",
                        "Give the proxy's user name and password, or ask IT for an exception for the sign-in address.",
                        "no or wrong proxy credentials")
                : Problem.of("The sign-in address " + target + " answered HTTP " + status
                                + " without an OAuth error.",
                        "Check the cloud (or custom cloud file) and any proxy between here and the sign-in service.",
                        "a proxy or firewall answered instead of Entra ID", "a wrong address in a custom cloud file");
        return new AuthFailure(proxy ? FailureLayer.PROXY : FailureLayer.SERVICE, OptionalInt.empty(), "", "", p,
                Optional.empty(), Optional.empty(), Optional.empty(), OptionalInt.of(status));
    }
}
