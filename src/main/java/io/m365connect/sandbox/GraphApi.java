package io.m365connect.sandbox;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A few Microsoft Graph v1.0 reads, each guarded by the permissions Graph documents for it (application roles
 * for app-only tokens, delegated scopes for user tokens); errors in Graph's {@code {"error":{code,message,innerError}}}.
 */
final class GraphApi {
    static final String APP_ID = "00000003-0000-0000-c000-000000000000";
    private static final String BASE = "https://graph.microsoft.com/v1.0/";

    private static final Set<String> ORGANIZATION_APP = Set.of("Organization.Read.All", "Organization.ReadWrite.All",
            "Directory.Read.All", "Directory.ReadWrite.All");
    private static final Set<String> ORGANIZATION_USER = Set.of("User.Read", "Organization.Read.All",
            "Organization.ReadWrite.All", "Directory.Read.All", "Directory.ReadWrite.All", "Directory.AccessAsUser.All");
    private static final Set<String> USERS_APP = Set.of("User.Read.All", "User.ReadWrite.All", "Directory.Read.All",
            "Directory.ReadWrite.All");
    private static final Set<String> USERS_USER = Set.of("User.ReadBasic.All", "User.Read.All", "User.ReadWrite.All",
            "Directory.Read.All", "Directory.ReadWrite.All", "Directory.AccessAsUser.All");
    private static final Set<String> ME_USER = Set.of("User.Read", "User.ReadWrite", "User.ReadBasic.All",
            "User.Read.All", "User.ReadWrite.All", "Directory.Read.All", "Directory.ReadWrite.All",
            "Directory.AccessAsUser.All");
    private static final Set<String> HEALTH = Set.of("ServiceHealth.Read.All");

    private final PracticeDirectory directory;
    private final BearerCheck bearer;

    GraphApi(PracticeDirectory directory) {
        this.directory = directory;
        this.bearer = new BearerCheck(directory);
    }

    Response organization(Request request) {
        return guarded(request, ORGANIZATION_APP, ORGANIZATION_USER, false, token -> {
            TenantDefinition t = directory.tenant();
            Map<String, Object> org = new LinkedHashMap<>();
            org.put("id", t.tenantId());
            org.put("displayName", t.displayName());
            org.put("tenantType", "AAD");
            org.put("verifiedDomains", t.domains().stream().map(d -> Map.of("name", d, "isInitial",
                    d.equals(t.initialDomain()), "isDefault", d.equals(t.initialDomain()), "type", "Managed")).toList());
            return collection("organization", List.of(org));
        });
    }

    Response users(Request request) {
        return guarded(request, USERS_APP, USERS_USER, false, token -> {
            int top = request.param("$top").map(GraphApi::number).orElse(100);
            List<String> select = request.param("$select").map(v -> List.of(v.split("\\s*,\\s*"))).orElse(List.of());
            List<Map<String, Object>> users = directory.tenant().users().stream().limit(top).map(GraphApi::user)
                    .map(u -> selected(u, select)).toList();
            return collection("users", users);
        });
    }

    Response me(Request request) {
        return guarded(request, Set.of(), ME_USER, true, token -> {
            String oid = String.valueOf(token.claims().get("oid"));
            return directory.tenant().users().stream().filter(u -> u.objectId().equals(oid)).findFirst()
                    .map(u -> {
                        Map<String, Object> body = new LinkedHashMap<>();
                        body.put("@odata.context", BASE + "$metadata#users/$entity");
                        body.putAll(user(u));
                        return Response.json(200, body);
                    })
                    .orElse(error(404, "Request_ResourceNotFound", "Resource '" + oid + "' does not exist."));
        });
    }

    Response healthOverviews(Request request) {
        return guarded(request, HEALTH, HEALTH, false, token -> collection("admin/serviceAnnouncement/healthOverviews",
                List.of(Map.of("service", "Exchange Online", "status", "serviceOperational", "id", "Exchange"),
                        Map.of("service", "Microsoft Entra", "status", "serviceOperational", "id", "AzureActiveDirectory"))));
    }

    private interface Body {
        Response answer(BearerCheck.Valid token);
    }

    private Response guarded(Request request, Set<String> app, Set<String> delegated, boolean userOnly, Body body) {
        BearerCheck.Result result = bearer.check(request, APP_ID);
        if (result instanceof BearerCheck.Invalid invalid) {
            return error(401, "InvalidAuthenticationToken", message(invalid.reason()))
                    .withHeader("WWW-Authenticate", "Bearer realm=\"\", authorization_uri=\""
                            + directory.authority() + "/common/oauth2/authorize\", client_id=\"" + APP_ID + "\"");
        }
        BearerCheck.Valid token = (BearerCheck.Valid) result;
        if (!token.tid().equals(directory.tenant().tenantId())) {
            return error(401, "InvalidAuthenticationToken", "Access token validation failure. Invalid tenant.");
        }
        if (userOnly && token.appOnly()) {
            return error(400, "BadRequest", "/me request is only valid with delegated authentication flow.");
        }
        if (!token.hasAny(token.appOnly() ? app : delegated)) {
            return error(403, "Authorization_RequestDenied", "Insufficient privileges to complete the operation.");
        }
        return body.answer(token);
    }

    private static String message(BearerCheck.Reason reason) {
        return switch (reason) {
            case MISSING -> "Access token is empty.";
            case MALFORMED -> "Invalid JWT token. The token is not in JWS Compact Serialization Format.";
            case EXPIRED -> "Lifetime validation failed, the token is expired.";
            case AUDIENCE -> "Access token validation failure. Invalid audience.";
            case SIGNATURE, ISSUER -> "Access token validation failure.";
        };
    }

    static Response error(int status, String code, String message) {
        String id = UUID.randomUUID().toString();
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("date", Instant.now().toString().replaceAll("\\.\\d+Z$", "Z"));
        inner.put("request-id", id);
        inner.put("client-request-id", id);
        return Response.json(status, Map.of("error", Map.of("code", code, "message", message, "innerError", inner)))
                .withHeader("request-id", id);
    }

    private static Response collection(String entitySet, List<? extends Map<String, Object>> values) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("@odata.context", BASE + "$metadata#" + entitySet);
        body.put("value", values);
        return Response.json(200, body);
    }

    private static Map<String, Object> user(TenantDefinition.User u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", u.objectId());
        m.put("displayName", u.displayName());
        m.put("userPrincipalName", u.upn());
        m.put("mail", u.upn());
        m.put("accountEnabled", !u.disabled());
        return m;
    }

    /** {@code $select}: only the named properties (names Graph does not know are left out here). */
    private static Map<String, Object> selected(Map<String, Object> entity, List<String> select) {
        if (select.isEmpty()) {
            return entity;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        select.forEach(name -> {
            if (entity.containsKey(name)) {
                out.put(name, entity.get(name));
            }
        });
        return out;
    }

    private static int number(String s) {
        try {
            return Math.max(1, Math.min(999, Integer.parseInt(s.trim())));
        } catch (NumberFormatException e) {
            return 100;
        }
    }
}
