package io.m365connect.core.auth;

import io.m365connect.core.net.HttpSettings;
import io.m365connect.core.tenant.Cloud;
import java.util.List;
import java.util.Objects;

/**
 * One token request: which cloud and tenant (ID or domain, already checked by core.tenant's input rules), which app, how it proves itself, for which scopes, over which
 * network settings. {@code fresh} asks for a new token from the server even if one is cached (probes want
 * proof that signing in works now, not that it worked an hour ago).
 */
public record TokenRequest(Cloud cloud, String tenant, String clientId, Credential credential,
                           List<String> scopes, HttpSettings http, boolean fresh) {
    public TokenRequest {
        Objects.requireNonNull(cloud, "cloud");
        Objects.requireNonNull(tenant, "tenant");
        tenant = tenant.strip();
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(credential, "credential");
        Objects.requireNonNull(http, "http");
        clientId = clientId.strip();
        scopes = List.copyOf(scopes);
        if (scopes.isEmpty()) {
            throw new IllegalArgumentException("a token request needs at least one scope");
        }
    }

    /** {@code {authority}/{tenant}/} as MSAL takes it. */
    public String authority() {
        return cloud.tenantAuthority(tenant) + "/";
    }

    public String tokenEndpoint() {
        return cloud.tokenEndpoint(tenant);
    }
}
