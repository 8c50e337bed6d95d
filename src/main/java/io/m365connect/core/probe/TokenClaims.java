package io.m365connect.core.probe;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The claims of an access token the checks read: who it is for ({@code aud}, {@code tid}), what it grants
 * ({@code roles} for application permissions, {@code scp} for delegated ones, {@code wids} for directory
 * roles) and how the client proved itself ({@code appidacr}: 0 public, 1 secret, 2 certificate).
 */
public record TokenClaims(
        String audience,
        String tenantId,
        String appId,
        Set<String> roles,
        Set<String> scopes,
        Set<String> directoryRoleIds,
        Optional<String> user,
        Optional<String> clientAuthMethod) {

    /**
     * Not a directory role: community-observed in every app-only token's {@code wids}
     * (see reference roles.json "appOnlyTokenWidsNote"), so it is ignored when mapping wids to roles.
     */
    public static final String APP_ONLY_WIDS_MARKER = "0997a1d0-0d1d-4acb-b408-d5ca73121e90";

    public TokenClaims {
        audience = audience == null ? "" : audience;
        tenantId = tenantId == null ? "" : tenantId;
        appId = appId == null ? "" : appId;
        roles = Set.copyOf(roles == null ? Set.of() : roles);
        scopes = Set.copyOf(scopes == null ? Set.of() : scopes);
        directoryRoleIds = Set.copyOf(directoryRoleIds == null ? Set.of() : directoryRoleIds);
        user = user == null ? Optional.empty() : user;
        clientAuthMethod = clientAuthMethod == null ? Optional.empty() : clientAuthMethod;
    }

    /** App-only tokens have no signed-in user and carry application permissions in {@code roles}. */
    public boolean appOnly() {
        return user.isEmpty();
    }

    public static TokenClaims appOnly(String audience, String tenantId, String appId, Set<String> roles,
                                      Set<String> wids) {
        return new TokenClaims(audience, tenantId, appId, roles, Set.of(), wids, Optional.empty(), Optional.empty());
    }

    public static TokenClaims delegated(String audience, String tenantId, String appId, String user,
                                        Set<String> scopes) {
        return new TokenClaims(audience, tenantId, appId, Set.of(), scopes, Set.of(), Optional.of(user),
                Optional.empty());
    }

    /** The space-separated {@code scp} claim as a set. */
    public static Set<String> splitScopes(String scp) {
        if (scp == null || scp.isBlank()) {
            return Set.of();
        }
        return Set.copyOf(List.of(scp.trim().split("\\s+")));
    }

    public boolean grants(String permission) {
        Objects.requireNonNull(permission);
        return roles.contains(permission) || scopes.contains(permission);
    }
}
