package io.m365connect.core.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.m365connect.core.common.Secret;
import io.m365connect.core.recipe.CredentialKind;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * The resource owner password request with a client secret — {@code grant_type=password} plus
 * {@code client_secret} — that some mail connectors send. MSAL4J only sends ROPC as a public client, so this
 * one request is made here, over the same transport (proxy, CAs, timeouts, cancel) as MSAL's.
 */
final class ConfidentialRopcClient {
    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private final JdkHttpTransport transport;
    private final Failures failures;

    ConfidentialRopcClient(JdkHttpTransport transport, Failures failures) {
        this.transport = transport;
        this.failures = failures;
    }

    TokenResult acquire(TokenRequest request, Credential.UsernamePassword credential) throws IOException {
        Secret clientSecret = credential.clientSecret().orElseThrow();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("client_id", request.clientId());
        form.put("scope", String.join(" ", request.scopes()));
        form.put("client_secret", clientSecret.reveal(s -> s));
        form.put("username", credential.username());
        form.put("password", credential.password().reveal(s -> s));
        form.put("grant_type", "password");
        URI endpoint = URI.create(request.tokenEndpoint());
        JdkHttpTransport.Answer answer = transport.postForm(endpoint,
                Map.of("Accept", "application/json", "client-request-id", java.util.UUID.randomUUID().toString()),
                encode(form));
        form.clear();
        if (answer.status() == 200) {
            return parseToken(answer, endpoint);
        }
        return ServerError.fromBody(answer.status(), answer.body())
                .map(e -> failures.fromServer(e, ClientSecrets.warning(clientSecret)))
                .orElseGet(() -> Failures.unexpectedAnswer(answer.status(), endpoint));
    }

    private static TokenResult parseToken(JdkHttpTransport.Answer answer, URI endpoint) {
        JsonNode n;
        try {
            n = MAPPER.readTree(answer.body());
        } catch (IOException e) {
            n = null;
        }
        if (n == null || !n.hasNonNull("access_token")) {
            return Failures.unexpectedAnswer(answer.status(), endpoint);
        }
        Instant expires = n.has("expires_in") ? Instant.now().plusSeconds(n.path("expires_in").asLong()) : null;
        List<String> scopes = Optional.ofNullable(n.path("scope").asText(null))
                .map(s -> Arrays.stream(s.trim().split("\\s+")).filter(x -> !x.isEmpty()).toList())
                .orElse(List.of());
        return AccessToken.of(n.path("access_token").asText(), expires, scopes, CredentialKind.ROPC);
    }

    private static String encode(Map<String, String> form) {
        StringJoiner body = new StringJoiner("&");
        form.forEach((k, v) -> body.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return body.toString();
    }
}
