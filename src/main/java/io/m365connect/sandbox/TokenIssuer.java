package io.m365connect.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Makes the tokens. Access tokens are v1.0 JWTs, because Graph, Exchange Online and the Management API are
 * first-party resources that ask Entra for v1 tokens even through the v2 endpoint: {@code iss} is
 * {@code https://sts.windows.net/{tid}/}, the client is in {@code appid}/{@code appidacr} (v2 tokens would carry
 * {@code azp}/{@code azpacr}), and {@code aud} is the resource URI as requested. ID tokens are v2.0.
 */
final class TokenIssuer {
    static final long LIFETIME_SECONDS = 3599;
    /** Entra adds this constant to {@code wids} of app-only tokens (community-observed, not a role template). */
    static final String APP_ONLY_WID = "0997a1d0-0d1d-4acb-b408-d5ca73121e90";
    /** The "User" role template every member user carries in {@code wids}. */
    static final String MEMBER_USER_WID = "b79fbf4d-3ef9-4689-8143-76b194e85509";

    private final PracticeDirectory directory;

    TokenIssuer(PracticeDirectory directory) {
        this.directory = directory;
    }

    /** A resolved request: which resource, under which identifier it was asked for. */
    record Audience(TenantDefinition.Resource resource, String identifier) { }

    Audience audience(ScopeRequest scopes) {
        TenantDefinition t = directory.tenant();
        String id = scopes.hasResource() ? scopes.resource() : ScopeRequest.GRAPH;
        if (scopes.names().size() > 1 && scopes.names().contains(".default")) {
            throw EntraError.invalidScope(scopes.raw());
        }
        TenantDefinition.Resource r = t.resource(id)
                .orElseThrow(() -> EntraError.resourceNotFound(id, t.displayName()));
        return new Audience(r, id);
    }

    /** Client credentials: roles the admin consented to; none at all when consent was never granted. */
    Map<String, Object> appToken(TenantDefinition.App app, Audience aud, ClientAuthenticator.Method method) {
        List<String> roles = app.consented()
                ? app.grantFor(aud.resource()).map(TenantDefinition.Grant::roles).orElse(List.of()) : List.of();
        Map<String, Object> claims = common(aud.identifier(), app, method);
        claims.put("idp", directory.v1Issuer());
        claims.put("idtyp", "app");
        claims.put("oid", app.servicePrincipalId());
        if (!roles.isEmpty()) {
            claims.put("roles", roles);
        }
        claims.put("sub", app.servicePrincipalId());
        List<String> wids = new ArrayList<>(app.directoryRoles());
        wids.add(APP_ONLY_WID);
        claims.put("wids", wids);
        Map<String, Object> response = tokenResponse(directory.signingKey().sign(claims));
        return response;
    }

    /**
     * A user's token: the delegated scopes asked for must all be consented ({@code /.default} = all consented
     * ones), else AADSTS65001 as Entra answers a sign-in that would need a consent prompt.
     */
    Map<String, Object> userToken(TenantDefinition.App app, TenantDefinition.User user, ScopeRequest scopes,
                                  ClientAuthenticator.Method method, String nonce, boolean clientInfo) {
        Audience aud = audience(scopes);
        List<String> granted = app.grantFor(aud.resource()).map(TenantDefinition.Grant::scopes).orElse(List.of());
        List<String> scp = scopes.isDefault() || scopes.names().isEmpty() ? granted : scopes.names();
        if (!app.consented() || !granted.containsAll(scp) || scp.isEmpty()) {
            throw EntraError.consentMissing(app.clientId(), app.displayName());
        }
        Map<String, Object> claims = common(aud.identifier(), app, method);
        claims.put("amr", user.mfaRequired() ? List.of("pwd", "mfa") : List.of("pwd"));
        claims.put("idtyp", "user");
        claims.put("ipaddr", "127.0.0.1");
        claims.put("name", user.displayName());
        claims.put("oid", user.objectId());
        claims.put("scp", String.join(" ", scp));
        claims.put("sub", user.objectId());
        claims.put("unique_name", user.upn());
        claims.put("upn", user.upn());
        List<String> wids = new ArrayList<>(user.directoryRoles());
        wids.add(MEMBER_USER_WID);
        claims.put("wids", wids);
        Map<String, Object> response = tokenResponse(directory.signingKey().sign(claims));
        response.put("scope", responseScope(aud, scp, scopes));
        if (scopes.wantsRefreshToken()) {
            List<String> asked = new ArrayList<>(List.of(scopes.raw().split("\\s+")));
            response.put("refresh_token", directory.grants().newRefreshToken(
                    new GrantStore.SignedIn(app.clientId(), user.upn(), asked)));
        }
        if (scopes.wantsIdToken()) {
            response.put("id_token", idToken(app, user, nonce));
        }
        if (clientInfo) {
            String info = "{\"uid\":\"" + user.objectId() + "\",\"utid\":\"" + directory.tenant().tenantId() + "\"}";
            response.put("client_info", Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(info.getBytes(StandardCharsets.UTF_8)));
        }
        return response;
    }

    /** Graph answers with short scope names, other resources with full URIs, as Entra does. */
    private static String responseScope(Audience aud, List<String> scp, ScopeRequest asked) {
        List<String> out = new ArrayList<>();
        boolean graph = aud.resource().identifierUris().stream().anyMatch(ScopeRequest.GRAPH::equalsIgnoreCase);
        for (String s : scp) {
            out.add(graph ? s : aud.identifier() + "/" + s);
        }
        out.addAll(asked.oidc().stream().filter(o -> !o.equals("offline_access")).toList());
        return String.join(" ", out);
    }

    private Map<String, Object> common(String audience, TenantDefinition.App app, ClientAuthenticator.Method m) {
        long now = directory.now().getEpochSecond();
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("aud", audience);
        c.put("iss", directory.v1Issuer());
        c.put("iat", now);
        c.put("nbf", now);
        c.put("exp", now + LIFETIME_SECONDS);
        c.put("aio", GrantStore.opaque(24));
        c.put("app_displayname", app.displayName());
        c.put("appid", app.clientId());
        c.put("appidacr", m.acr);
        c.put("rh", "0.practice." + GrantStore.opaque(12));
        c.put("tid", directory.tenant().tenantId());
        c.put("uti", GrantStore.opaque(16));
        c.put("ver", "1.0");
        return c;
    }

    private String idToken(TenantDefinition.App app, TenantDefinition.User user, String nonce) {
        long now = directory.now().getEpochSecond();
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("aud", app.clientId());
        c.put("iss", directory.v2Issuer());
        c.put("iat", now);
        c.put("nbf", now);
        c.put("exp", now + LIFETIME_SECONDS);
        c.put("name", user.displayName());
        if (nonce != null) {
            c.put("nonce", nonce);
        }
        c.put("oid", user.objectId());
        c.put("preferred_username", user.upn());
        c.put("sub", UUID.nameUUIDFromBytes((app.clientId() + user.objectId()).getBytes(StandardCharsets.UTF_8))
                .toString());
        c.put("tid", directory.tenant().tenantId());
        c.put("uti", GrantStore.opaque(16));
        c.put("ver", "2.0");
        return directory.signingKey().sign(c);
    }

    private static Map<String, Object> tokenResponse(String accessToken) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("token_type", "Bearer");
        r.put("expires_in", LIFETIME_SECONDS);
        r.put("ext_expires_in", LIFETIME_SECONDS);
        r.put("access_token", accessToken);
        return r;
    }

}
