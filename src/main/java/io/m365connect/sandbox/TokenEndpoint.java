package io.m365connect.sandbox;

import java.util.Map;

/**
 * {@code POST /{tenant}/oauth2/v2.0/token}: client credentials (secret or assertion), password (ROPC, public
 * or confidential), device code, authorization code with PKCE, and refresh token.
 */
final class TokenEndpoint {
    static final String DEVICE_CODE_GRANT = "urn:ietf:params:oauth:grant-type:device_code";

    private final PracticeDirectory directory;
    private final ClientAuthenticator clients;
    private final TokenIssuer issuer;

    TokenEndpoint(PracticeDirectory directory) {
        this.directory = directory;
        this.clients = new ClientAuthenticator(directory);
        this.issuer = new TokenIssuer(directory);
    }

    Response handle(Request request, String tenantSegment) {
        TenantDefinition named = directory.resolve(tenantSegment).orElse(null);
        String grant = request.param("grant_type").orElseThrow(() -> EntraError.missingParameter("grant_type"));
        String clientId = request.param("client_id").orElseThrow(() -> EntraError.missingParameter("client_id"));
        TenantDefinition tenant = named != null ? named : tenantForUser(request, grant);
        TenantDefinition.App app = tenant.app(clientId)
                .orElseThrow(() -> EntraError.appNotFound(clientId, tenant.displayName()));
        boolean clientInfo = request.param("client_info").map("1"::equals).orElse(false);
        Map<String, Object> body = switch (grant) {
            case "client_credentials" -> clientCredentials(request, app);
            case "password" -> password(request, tenant, app, clientInfo);
            case DEVICE_CODE_GRANT, "device_code" -> deviceCode(request, tenant, app, clientInfo);
            case "authorization_code" -> authorizationCode(request, tenant, app, clientInfo);
            case "refresh_token" -> refreshToken(request, tenant, app, clientInfo);
            default -> throw EntraError.unsupportedGrant(grant);
        };
        return Response.json(200, body).withHeader("Cache-Control", "no-store, no-cache");
    }

    /** {@code /common} and {@code /organizations} are resolved from the user's domain; app-only needs a tenant. */
    private TenantDefinition tenantForUser(Request request, String grant) {
        TenantDefinition t = directory.tenant();
        if (grant.equals("client_credentials")) {
            throw EntraError.missingTenant();
        }
        String upn = request.param("username").orElse(null);
        if (upn != null && !UserSignIn.ownsDomainOf(t, upn)) {
            throw EntraError.userNotFound("common");
        }
        return t;
    }

    private Map<String, Object> clientCredentials(Request request, TenantDefinition.App app) {
        ClientAuthenticator.Method method = clients.authenticate(request, app, false);
        String raw = request.param("scope").orElseThrow(() -> EntraError.missingParameter("scope"));
        ScopeRequest scopes = ScopeRequest.parse(raw);
        if (!scopes.hasResource()) {
            throw EntraError.invalidScope(raw);
        }
        if (!scopes.isDefault()) {
            throw EntraError.defaultScopeRequired(raw);
        }
        return issuer.appToken(app, issuer.audience(scopes), method);
    }

    private Map<String, Object> password(Request request, TenantDefinition tenant, TenantDefinition.App app,
                                         boolean clientInfo) {
        ClientAuthenticator.Method method = clients.authenticate(request, app, app.publicClient());
        String upn = request.param("username").orElseThrow(() -> EntraError.missingParameter("username"));
        String password = request.param("password").orElseThrow(() -> EntraError.missingParameter("password"));
        ScopeRequest scopes = scopes(request);
        TokenIssuer.Audience aud = issuer.audience(scopes);
        TenantDefinition.User user = UserSignIn.password(tenant, upn, password, aud.resource());
        return issuer.userToken(app, user, scopes, method, null, clientInfo);
    }

    private Map<String, Object> deviceCode(Request request, TenantDefinition tenant, TenantDefinition.App app,
                                           boolean clientInfo) {
        ClientAuthenticator.Method method = clients.authenticate(request, app, app.publicClient());
        String code = request.param("device_code").orElseThrow(() -> EntraError.missingParameter("device_code"));
        GrantStore.DeviceCode pending = directory.grants().deviceCode(code)
                .filter(d -> d.clientId().equalsIgnoreCase(app.clientId()))
                .orElseThrow(EntraError::badGrant);
        if (directory.now().isAfter(pending.expires())) {
            directory.grants().removeDeviceCode(code);
            throw EntraError.deviceCodeExpired();
        }
        if (pending.upn() == null) {
            throw EntraError.authorizationPending();
        }
        directory.grants().removeDeviceCode(code);
        ScopeRequest scopes = ScopeRequest.parse(String.join(" ", pending.scopes()));
        TenantDefinition.User user = UserSignIn.notDisabled(UserSignIn.known(tenant, pending.upn()));
        return issuer.userToken(app, user, scopes, method, null, clientInfo);
    }

    private Map<String, Object> authorizationCode(Request request, TenantDefinition tenant, TenantDefinition.App app,
                                                  boolean clientInfo) {
        ClientAuthenticator.Method method = clients.authenticate(request, app, app.publicClient());
        String value = request.param("code").orElseThrow(() -> EntraError.missingParameter("code"));
        GrantStore.AuthCode code = directory.grants().redeemAuthCode(value).orElseThrow(EntraError::codeRedeemed);
        if (!code.who().clientId().equalsIgnoreCase(app.clientId()) || directory.now().isAfter(code.expires())) {
            throw EntraError.badGrant();
        }
        String redirect = request.param("redirect_uri").orElseThrow(() -> EntraError.missingParameter("redirect_uri"));
        if (!redirect.equals(code.redirectUri())) {
            throw EntraError.redirectMismatch(redirect, app.clientId());
        }
        if (code.challenge() != null) {
            String verifier = request.param("code_verifier").orElseThrow(EntraError::pkceMismatch);
            if (!Pkce.matches(verifier, code.challenge(), code.challengeMethod())) {
                throw EntraError.pkceMismatch();
            }
        }
        ScopeRequest scopes = request.param("scope").map(ScopeRequest::parse)
                .orElse(ScopeRequest.parse(String.join(" ", code.who().scopes())));
        TenantDefinition.User user = UserSignIn.notDisabled(UserSignIn.known(tenant, code.who().upn()));
        return issuer.userToken(app, user, scopes, method, code.nonce(), clientInfo);
    }

    private Map<String, Object> refreshToken(Request request, TenantDefinition tenant, TenantDefinition.App app,
                                             boolean clientInfo) {
        ClientAuthenticator.Method method = clients.authenticate(request, app, app.publicClient());
        String value = request.param("refresh_token")
                .orElseThrow(() -> EntraError.missingParameter("refresh_token"));
        GrantStore.SignedIn who = directory.grants().redeemRefreshToken(value)
                .filter(s -> s.clientId().equalsIgnoreCase(app.clientId()))
                .orElseThrow(EntraError::badGrant);
        ScopeRequest scopes = request.param("scope").map(ScopeRequest::parse)
                .orElse(ScopeRequest.parse(String.join(" ", who.scopes())));
        TenantDefinition.User user = UserSignIn.notDisabled(UserSignIn.known(tenant, who.upn()));
        return issuer.userToken(app, user, scopes, method, null, clientInfo);
    }

    private static ScopeRequest scopes(Request request) {
        return ScopeRequest.parse(request.param("scope").orElseThrow(() -> EntraError.missingParameter("scope")));
    }


}
