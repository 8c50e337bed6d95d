package io.m365connect.sandbox;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How a resource API checks the bearer token before anything else: present, signed by this tenant's key,
 * issued by this tenant, not expired, and meant for this API ({@code aud} is one of the resource's identifiers).
 */
final class BearerCheck {
    private final PracticeDirectory directory;

    BearerCheck(PracticeDirectory directory) {
        this.directory = directory;
    }

    /** The outcome: a valid token's claims, or why it was turned away. */
    sealed interface Result permits Valid, Invalid { }

    record Invalid(Reason reason) implements Result { }

    enum Reason { MISSING, MALFORMED, SIGNATURE, EXPIRED, ISSUER, AUDIENCE }

    record Valid(Map<String, Object> claims) implements Result {
        String tid() {
            return String.valueOf(claims.get("tid"));
        }

        String appId() {
            return String.valueOf(claims.get("appid"));
        }

        boolean appOnly() {
            return !claims.containsKey("scp");
        }

        List<String> roles() {
            return strings(claims.get("roles"));
        }

        List<String> scopes() {
            Object scp = claims.get("scp");
            return scp instanceof String s && !s.isBlank() ? List.of(s.trim().split("\\s+")) : List.of();
        }

        List<String> wids() {
            return strings(claims.get("wids"));
        }

        /** The token's permissions the way the API looks at them: roles when app-only, scopes for a user. */
        List<String> permissions() {
            return appOnly() ? roles() : scopes();
        }

        boolean hasAny(Set<String> wanted) {
            return permissions().stream().anyMatch(wanted::contains);
        }

        private static List<String> strings(Object value) {
            return value instanceof Collection<?> c ? c.stream().map(String::valueOf).toList() : List.of();
        }
    }

    Result check(Request request, String resourceAppId) {
        Optional<String> bearer = request.bearer();
        if (bearer.isEmpty()) {
            return new Invalid(Reason.MISSING);
        }
        Optional<Jwt> parsed = Jwt.parse(bearer.get());
        if (parsed.isEmpty()) {
            return new Invalid(Reason.MALFORMED);
        }
        Jwt jwt = parsed.get();
        if (!jwt.verifiesWith(directory.signingKey().publicKey())) {
            return new Invalid(Reason.SIGNATURE);
        }
        if (jwt.seconds("exp").map(exp -> Instant.ofEpochSecond(exp).isBefore(directory.now())).orElse(true)) {
            return new Invalid(Reason.EXPIRED);
        }
        if (!jwt.text("iss").map(directory.v1Issuer()::equals).orElse(false)) {
            return new Invalid(Reason.ISSUER);
        }
        String aud = jwt.text("aud").map(TenantDefinition::stripSlash).orElse("");
        boolean forThisApi = directory.tenant().resource(aud)
                .map(r -> r.appId().equalsIgnoreCase(resourceAppId)).orElse(false);
        return forThisApi ? new Valid(jwt.claims()) : new Invalid(Reason.AUDIENCE);
    }
}
