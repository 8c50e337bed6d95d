package io.m365connect.core.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.m365connect.core.common.Problem;
import io.m365connect.core.common.ProblemException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The claims of an access token that tell whether a connection is set up right: audience, tenant, app, the
 * application permissions ({@code roles}), delegated scopes ({@code scp}), directory roles ({@code wids}), the
 * user, expiry and how the app authenticated. Decoded from the JWT payload; the signature is the API's
 * business, not the client's.
 */
public record TokenClaims(
        String audience,
        String tenantId,
        String appId,
        List<String> roles,
        List<String> scopes,
        List<String> directoryRoleIds,
        Optional<String> user,
        Optional<String> objectId,
        Optional<Instant> expiresAt,
        Optional<Instant> issuedAt,
        ClientAuthMethod clientAuth,
        String version,
        String issuer) {

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    public TokenClaims {
        audience = audience == null ? "" : audience;
        tenantId = tenantId == null ? "" : tenantId;
        appId = appId == null ? "" : appId;
        roles = List.copyOf(roles);
        scopes = List.copyOf(scopes);
        directoryRoleIds = List.copyOf(directoryRoleIds);
        version = version == null ? "" : version;
        issuer = issuer == null ? "" : issuer;
    }

    /** True for tokens issued to the app itself (no user): they carry {@code roles}, never {@code scp}. */
    public boolean isAppOnly() {
        return user.isEmpty() && scopes.isEmpty();
    }

    /** Decodes the payload of a JWT access token. */
    public static TokenClaims decode(String jwt) throws ProblemException {
        String[] parts = jwt == null ? new String[0] : jwt.split("\\.", -1);
        if (parts.length != 3 || parts[1].isEmpty()) {
            throw notJwt("it does not have the three parts of a JWT");
        }
        JsonNode payload;
        try {
            byte[] json = Base64.getUrlDecoder().decode(stripPadding(parts[1]));
            payload = MAPPER.readTree(new String(json, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException | IOException e) {
            throw notJwt("its middle part is not base64url-encoded JSON");
        }
        if (payload == null || !payload.isObject()) {
            throw notJwt("its payload is not a JSON object");
        }
        return fromPayload(payload);
    }

    static TokenClaims fromPayload(JsonNode p) {
        String acr = text(p, "azpacr").or(() -> text(p, "appidacr")).orElse(null);
        Optional<String> user = text(p, "upn").or(() -> text(p, "preferred_username")).or(() -> text(p, "unique_name"));
        return new TokenClaims(
                text(p, "aud").orElse(""),
                text(p, "tid").orElse(""),
                text(p, "azp").or(() -> text(p, "appid")).orElse(""),
                strings(p.get("roles")),
                scopes(p.get("scp")),
                strings(p.get("wids")),
                user,
                text(p, "oid"),
                epoch(p.get("exp")),
                epoch(p.get("iat")),
                ClientAuthMethod.fromClaim(acr),
                text(p, "ver").orElse(""),
                text(p, "iss").orElse(""));
    }

    private static Optional<String> text(JsonNode p, String name) {
        JsonNode n = p.get(name);
        if (n == null || n.isNull()) {
            return Optional.empty();
        }
        String s = n.isTextual() ? n.textValue() : n.toString();
        return s.isBlank() ? Optional.empty() : Optional.of(s);
    }

    private static List<String> strings(JsonNode n) {
        List<String> list = new ArrayList<>();
        if (n != null && n.isArray()) {
            n.forEach(e -> list.add(e.asText()));
        } else if (n != null && n.isTextual()) {
            list.add(n.textValue());
        }
        return list;
    }

    /** {@code scp} is one space-separated string. */
    private static List<String> scopes(JsonNode n) {
        if (n == null || !n.isTextual() || n.textValue().isBlank()) {
            return strings(n != null && n.isArray() ? n : null);
        }
        return Arrays.stream(n.textValue().trim().split("\\s+")).toList();
    }

    private static Optional<Instant> epoch(JsonNode n) {
        return n != null && n.canConvertToLong() ? Optional.of(Instant.ofEpochSecond(n.asLong())) : Optional.empty();
    }

    private static String stripPadding(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '=') {
            end--;
        }
        return s.substring(0, end);
    }

    private static ProblemException notJwt(String why) {
        return new ProblemException(Problem.of("The access token could not be read: " + why + ".",
                "The token still works for the API; only the summary of its contents is missing.",
                "the token is not a JWT (some Microsoft APIs issue opaque tokens)"));
    }
}
