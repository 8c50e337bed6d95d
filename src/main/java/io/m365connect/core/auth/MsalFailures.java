package io.m365connect.core.auth;

import com.microsoft.aad.msal4j.MsalClientException;
import com.microsoft.aad.msal4j.MsalServiceException;
import io.m365connect.core.common.Problem;
import io.m365connect.core.net.NetworkFailure;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** MSAL's exceptions as {@link AuthFailure}s: the server's answer when there was one, else the network's story. */
final class MsalFailures {
    private final Failures failures;

    MsalFailures(Failures failures) {
        this.failures = failures;
    }

    AuthFailure from(Throwable thrown, JdkHttpTransport transport, TokenRequest request) {
        Throwable error = unwrap(thrown);
        Optional<JdkHttpTransport.Answer> answer = transport.lastError();
        if (answer.isPresent() && request.credential() instanceof Credential.UsernamePassword up
                && !answer.get().uri().toString().startsWith(request.tokenEndpoint())
                && !answer.get().uri().getPath().contains("/userrealm/")) {
            return federated(up.username(), answer.get());
        }
        if (error instanceof MsalServiceException s) {
            Optional<ServerError> fromBody = answer.flatMap(a -> ServerError.fromBody(a.status(), a.body()));
            if (fromBody.isEmpty() && answer.isPresent()) {
                return Failures.unexpectedAnswer(answer.get().status(), answer.get().uri());
            }
            ServerError e = fromBody.orElseGet(() -> ServerError.fromMessage(
                    s.statusCode() == null ? 0 : s.statusCode(), s.errorCode(), s.getMessage()));
            if (e.correlationId().isEmpty() && s.correlationId() != null) {
                e = new ServerError(e.status(), e.error(), e.description(), e.aadsts(), e.traceId(),
                        Optional.of(s.correlationId()), e.timestamp());
            }
            return failures.fromServer(e, secretWarning(request));
        }
        if (NetworkFailure.isNetwork(error)) {
            return Failures.fromNetwork(error, MsalTokenService.target(transport, request), request.http());
        }
        if (answer.isPresent() && ServerError.fromBody(answer.get().status(), answer.get().body()).isEmpty()) {
            return Failures.unexpectedAnswer(answer.get().status(), answer.get().uri());
        }
        if (error instanceof MsalClientException c) {
            return fromClient(c);
        }
        return AuthFailure.local(FailureLayer.SERVICE, Problem.of(
                "Sign-in failed: " + firstLine(error.getMessage()) + ".",
                "Run again with --debug and send the output to support.",
                "an unexpected answer (" + error.getClass().getSimpleName() + ")"));
    }

    /** MSAL followed the user realm answer to the organisation's own sign-in service (AD FS), which refused. */
    private static AuthFailure federated(String username, JdkHttpTransport.Answer answer) {
        return new AuthFailure(FailureLayer.USER, OptionalInt.empty(), "", "", Problem.of(
                "The account " + username + " is federated: its password is checked by the organisation's own "
                        + "sign-in service at " + answer.uri().getHost() + ", which answered HTTP " + answer.status()
                        + ".",
                "Use browser sign-in or device code for this account, or an account managed in Entra ID.",
                "the organisation's sign-in service (e.g. AD FS) does not accept username/password requests"),
                Optional.empty(), Optional.empty(), Optional.empty(), OptionalInt.of(answer.status()));
    }

    /** Errors MSAL raises itself: device code expired, browser sign-in not finished, bad authority … */
    private AuthFailure fromClient(MsalClientException c) {
        String code = c.errorCode() == null ? "" : c.errorCode();
        if ("code_expired".equals(code)) {
            return failures.fromServer(ServerError.fromMessage(0, code, "The device code expired."), Optional.empty());
        }
        String message = firstLine(c.getMessage());
        if (message.contains("timed out") || message.contains("No Authorization code was returned")) {
            return AuthFailure.local(FailureLayer.USER, Problem.of("The browser sign-in did not finish in time.",
                    "Start again and complete the sign-in in the browser window that opens.",
                    "the browser window was closed or left open without signing in"));
        }
        if (code.equals("invalid_authorization_result") || message.contains("state")) {
            return new AuthFailure(FailureLayer.USER, OptionalInt.empty(), code, message, Problem.of(
                    "The browser sign-in returned an answer that does not belong to this sign-in.",
                    "Start again and use only the newest browser tab.",
                    "an old sign-in tab was used", "something changed the answer on the way back"),
                    Optional.empty(), Optional.empty(), Optional.empty(), OptionalInt.empty());
        }
        return new AuthFailure(FailureLayer.REQUEST, OptionalInt.empty(), code, message,
                Problem.of("Sign-in could not start: " + message + ".",
                        "Check the cloud, tenant and client ID.", "a value MSAL does not accept"),
                Optional.empty(), Optional.empty(), Optional.empty(), OptionalInt.empty());
    }

    private static Optional<String> secretWarning(TokenRequest request) {
        if (request.credential() instanceof Credential.ClientSecret s) {
            return ClientSecrets.warning(s.secret());
        }
        return Optional.empty();
    }

    private static Throwable unwrap(Throwable t) {
        Throwable e = t;
        while ((e instanceof CompletionException || e instanceof ExecutionException) && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }

    static String firstLine(String s) {
        if (s == null || s.isBlank()) {
            return "no details";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }
}
