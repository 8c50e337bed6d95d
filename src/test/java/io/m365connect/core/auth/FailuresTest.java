package io.m365connect.core.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.m365connect.core.diagnose.ErrorCatalog;
import io.m365connect.core.net.HttpSettings;
import java.net.ConnectException;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class FailuresTest {
    /** The shape of Entra's error_description: code first, then trace, correlation and timestamp lines. */
    static final String ENTRA_MESSAGE = "AADSTS7000215: Invalid client secret provided. Ensure the secret being sent "
            + "in the request is the client secret value, not the client secret ID, for a secret added to app "
            + "'11111111-2222-3333-4444-555555555555'.\r\nTrace ID: 0c6b3a2e-1d11-4c5d-9e47-6f1b5f0a2b00\r\n"
            + "Correlation ID: 5b7f2c1a-9a8e-4f3d-b2c1-0e9d8c7b6a59\r\nTimestamp: 2026-11-23 22:40:01Z";

    private final Failures failures = new Failures(ErrorCatalog.loadBuiltIn());

    @Test
    void aadstsNumberTraceAndCorrelationAreParsedFromTheMessage() {
        ServerError e = ServerError.fromMessage(401, "invalid_client", ENTRA_MESSAGE);

        assertEquals(OptionalInt.of(7000215), e.aadsts());
        assertEquals(Optional.of("0c6b3a2e-1d11-4c5d-9e47-6f1b5f0a2b00"), e.traceId());
        assertEquals(Optional.of("5b7f2c1a-9a8e-4f3d-b2c1-0e9d8c7b6a59"), e.correlationId());
        assertEquals(Optional.of("2026-11-23 22:40:01Z"), e.timestamp());
        assertTrue(e.firstLine().startsWith("AADSTS7000215: Invalid client secret provided."));
        assertTrue(!e.firstLine().contains("Trace ID"));
    }

    @Test
    void bodyFieldsWinOverTheMessage() {
        String body = "{\"error\":\"invalid_client\",\"error_description\":\"AADSTS7000215: Invalid client secret."
                + "\",\"error_codes\":[7000215],\"timestamp\":\"2026-11-23 22:40:01Z\","
                + "\"trace_id\":\"trace-1\",\"correlation_id\":\"corr-1\"}";

        ServerError e = ServerError.fromBody(401, body).orElseThrow();

        assertEquals(OptionalInt.of(7000215), e.aadsts());
        assertEquals(Optional.of("trace-1"), e.traceId());
        assertEquals(Optional.of("corr-1"), e.correlationId());
    }

    @Test
    void aNonOAuthBodyIsNotAServerError() {
        assertTrue(ServerError.fromBody(502, "<html>Bad gateway</html>").isEmpty());
        assertTrue(ServerError.fromBody(400, "{\"message\":\"x\"}").isEmpty());
    }

    @Test
    void knownCodeGetsTheCatalogMeaningFixAndLayer() {
        AuthFailure f = failures.fromServer(ServerError.fromMessage(401, "invalid_client", ENTRA_MESSAGE),
                Optional.empty());

        assertEquals(FailureLayer.CREDENTIAL, f.layer());
        assertEquals(Optional.of("AADSTS7000215"), f.aadstsCode());
        assertEquals("invalid_client", f.oauthError());
        assertEquals("Entra ID refused the token request: AADSTS7000215 — Wrong client secret.", f.problem().summary());
        assertTrue(f.problem().fix().contains("copy its Value"));
        assertEquals(List.of("Error: AADSTS7000215 (invalid_client)",
                "Correlation ID: 5b7f2c1a-9a8e-4f3d-b2c1-0e9d8c7b6a59",
                "Trace ID: 0c6b3a2e-1d11-4c5d-9e47-6f1b5f0a2b00", "Timestamp: 2026-11-23 22:40:01Z"), f.ticketLines());
    }

    @Test
    void guidSecretWarningLeadsTheCausesOfAWrongSecret() {
        AuthFailure f = failures.fromServer(ServerError.fromMessage(401, "invalid_client", ENTRA_MESSAGE),
                Optional.of(ClientSecrets.LOOKS_LIKE_ID));

        assertEquals(ClientSecrets.LOOKS_LIKE_ID, f.problem().likelyCauses().get(0));
    }

    @Test
    void unknownCodePointsToMicrosoftsLookupPage() {
        AuthFailure f = failures.fromServer(ServerError.fromMessage(400, "invalid_request",
                "AADSTS99999999: Something new.\r\nTrace ID: t"), Optional.empty());

        assertEquals("Entra ID refused the token request: AADSTS99999999: Something new.", f.problem().summary());
        assertTrue(f.problem().fix().contains("https://login.microsoftonline.com/error?code=99999999"));
        assertEquals(FailureLayer.REQUEST, f.layer());
    }

    @Test
    void oauthErrorWithoutNumberUsesTheOauthSection() {
        AuthFailure f = failures.fromServer(ServerError.fromMessage(400, "expired_token", ""), Optional.empty());

        assertEquals("Entra ID refused the token request: expired_token — Code expired.", f.problem().summary());
        assertEquals(FailureLayer.USER, f.layer());
    }

    @Test
    void connectionRefusedBecomesANetworkFailureWithoutStackTrace() {
        AuthFailure f = Failures.fromNetwork(new ConnectException("Connection refused"),
                URI.create("https://login.example.test:8443/t/oauth2/v2.0/token"), HttpSettings.defaults());

        assertEquals(FailureLayer.NETWORK, f.layer());
        assertEquals("login.example.test:8443 refused the connection.", f.problem().summary());
    }

    @Test
    void proxy407AnswerIsAProxyFailure() {
        AuthFailure f = Failures.unexpectedAnswer(407, URI.create("https://login.example.test/t"));

        assertEquals(FailureLayer.PROXY, f.layer());
        assertEquals("The proxy asks for a user name and password (HTTP 407).", f.problem().summary());
    }
}
