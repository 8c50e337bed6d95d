package io.m365connect.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import io.m365connect.core.common.Problem;
import io.m365connect.core.diagnose.ConnectionCheck;
import io.m365connect.core.diagnose.TokenOutcome;
import io.m365connect.core.probe.Layer;
import io.m365connect.core.probe.ProbeToken;
import io.m365connect.core.probe.TokenClaims;
import io.m365connect.core.recipe.ResourceApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Tokens from the practice tenant's token endpoint for connection-check tests: client credentials with a
 * secret or a certificate assertion, or a user's password. Refusals are placed at their layer by AADSTS number.
 */
final class PracticeTokens {
    private final PracticeHarness h;

    PracticeTokens(PracticeHarness h) {
        this.h = h;
    }

    ConnectionCheck.TokenSource secret(String tenant, String clientId, String secret) {
        return (resource, c) -> call(resource, tenant, Map.of("grant_type", "client_credentials", "client_id",
                clientId, "client_secret", secret, "scope", scope(resource)));
    }

    ConnectionCheck.TokenSource certificate(String tenant, String clientId) {
        return (resource, c) -> call(resource, tenant, Map.of("grant_type", "client_credentials", "client_id",
                clientId, "client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
                "client_assertion", assertion(tenant, clientId), "scope", scope(resource)));
    }

    ConnectionCheck.TokenSource password(String tenant, String clientId, String user, String password) {
        return (resource, c) -> call(resource, tenant, Map.of("grant_type", "password", "client_id", clientId,
                "username", user, "password", password, "scope", scope(resource)));
    }

    /** Hands each issued Exchange token to {@code onExchange} (GreenMail takes it as the mailbox password). */
    static ConnectionCheck.TokenSource tap(ConnectionCheck.TokenSource source, Consumer<String> onExchange) {
        return (resource, c) -> {
            TokenOutcome t = source.fetch(resource, c);
            if (resource == ResourceApp.EXCHANGE && t instanceof TokenOutcome.Issued i) {
                onExchange.accept(i.token().bearer());
            }
            return t;
        };
    }

    private String scope(ResourceApp resource) {
        return switch (resource) {
            case GRAPH -> "https://graph.microsoft.com/.default";
            case MANAGEMENT -> "https://manage.office.com/.default";
            default -> "https://outlook.office365.com/.default";
        };
    }

    private TokenOutcome call(ResourceApp resource, String tenant, Map<String, String> form) {
        long start = System.nanoTime();
        try {
            var r = h.postForm(h.tenant.cloud().tokenEndpoint(tenant), form);
            long millis = (System.nanoTime() - start) / 1_000_000;
            JsonNode body = Jwt.JSON.readTree(r.body());
            if (r.statusCode() == 200) {
                String raw = body.get("access_token").asText();
                return new TokenOutcome.Issued(resource, new ProbeToken(raw, claims(raw)), millis);
            }
            int code = body.path("error_codes").path(0).asInt();
            return new TokenOutcome.Refused(resource, layer(code), Problem.of(body.path("error_description").asText()
                    .lines().findFirst().orElse(""), "see the code"), "AADSTS" + code, millis);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Layer layer(int aadsts) {
        return switch (aadsts) {
            case 90002, 900023 -> Layer.TENANT;
            case 700016 -> Layer.APP;
            case 700027 -> Layer.CERTIFICATE;
            case 7000215, 7000222, 50126 -> Layer.CREDENTIAL;
            case 50076, 50057 -> Layer.SIGN_IN;
            case 65001 -> Layer.CONSENT;
            default -> Layer.SERVICE;
        };
    }

    static TokenClaims claims(String raw) throws Exception {
        JsonNode p = Jwt.JSON.readTree(Base64.getUrlDecoder().decode(raw.split("\\.")[1]));
        Set<String> roles = new HashSet<>();
        p.path("roles").forEach(n -> roles.add(n.asText()));
        Set<String> wids = new HashSet<>();
        p.path("wids").forEach(n -> wids.add(n.asText()));
        Optional<String> user = Optional.ofNullable(p.get("upn")).map(JsonNode::asText);
        return new TokenClaims(p.path("aud").asText(), p.path("tid").asText(), p.path("appid").asText(), roles,
                TokenClaims.splitScopes(p.path("scp").asText("")), wids, user, Optional.of(p.path("appidacr").asText()));
    }

    private String assertion(String tenant, String clientId) {
        try {
            X509Certificate cert = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(Files.newInputStream(h.tenant.demoCertificateFile()));
            Map<String, Object> header = new LinkedHashMap<>();
            header.put("alg", "RS256");
            header.put("typ", "JWT");
            header.put("x5t#S256", Base64.getUrlEncoder().withoutPadding().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(cert.getEncoded())));
            long now = System.currentTimeMillis() / 1000;
            Map<String, Object> claims = new LinkedHashMap<>();
            claims.put("aud", h.tenant.cloud().tokenEndpoint(tenant));
            claims.put("iss", clientId);
            claims.put("sub", clientId);
            claims.put("jti", UUID.randomUUID().toString());
            claims.put("nbf", now);
            claims.put("exp", now + 600);
            return Jwt.signRs256(header, claims, key(h.tenant.demoKeyFile()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static PrivateKey key(Path pem) throws Exception {
        String text = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(text)));
    }
}
