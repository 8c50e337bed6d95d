package io.m365connect.core.auth;

import io.m365connect.core.common.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A token request that did not give a token, with what a person and a support ticket need: the AADSTS number
 * (parsed from the message, MSAL does not expose it), the OAuth error, the plain-words problem, the layer to
 * look at, and Entra's correlation ID, trace ID and timestamp.
 */
public record AuthFailure(
        FailureLayer layer,
        OptionalInt aadsts,
        String oauthError,
        String serverMessage,
        Problem problem,
        Optional<String> correlationId,
        Optional<String> traceId,
        Optional<String> timestamp,
        OptionalInt httpStatus) implements TokenResult {

    public AuthFailure {
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(problem, "problem");
        aadsts = aadsts == null ? OptionalInt.empty() : aadsts;
        oauthError = oauthError == null ? "" : oauthError;
        serverMessage = serverMessage == null ? "" : serverMessage;
        correlationId = correlationId == null ? Optional.empty() : correlationId;
        traceId = traceId == null ? Optional.empty() : traceId;
        timestamp = timestamp == null ? Optional.empty() : timestamp;
        httpStatus = httpStatus == null ? OptionalInt.empty() : httpStatus;
    }

    /** A failure before any server answered (network, TLS, proxy, timeout, local input). */
    public static AuthFailure local(FailureLayer layer, Problem problem) {
        return new AuthFailure(layer, OptionalInt.empty(), "", "", problem, Optional.empty(), Optional.empty(),
                Optional.empty(), OptionalInt.empty());
    }

    /** {@code AADSTS7000215}, or empty. */
    public Optional<String> aadstsCode() {
        return aadsts.isPresent() ? Optional.of("AADSTS" + aadsts.getAsInt()) : Optional.empty();
    }

    /** The lines a support ticket needs, none of them secret. */
    public List<String> ticketLines() {
        List<String> lines = new ArrayList<>();
        aadstsCode().ifPresent(c -> lines.add("Error: " + c + (oauthError.isEmpty() ? "" : " (" + oauthError + ")")));
        if (aadsts.isEmpty() && !oauthError.isEmpty()) {
            lines.add("Error: " + oauthError);
        }
        correlationId.ifPresent(c -> lines.add("Correlation ID: " + c));
        traceId.ifPresent(t -> lines.add("Trace ID: " + t));
        timestamp.ifPresent(t -> lines.add("Timestamp: " + t));
        return lines;
    }
}
