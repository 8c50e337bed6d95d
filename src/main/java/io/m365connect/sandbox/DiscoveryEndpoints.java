package io.m365connect.sandbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** OpenID configuration, the signing keys, and the user-realm lookup MSAL makes before a password sign-in. */
final class DiscoveryEndpoints {
    private final PracticeDirectory directory;

    DiscoveryEndpoints(PracticeDirectory directory) {
        this.directory = directory;
    }

    Response openidConfiguration(String tenantSegment) {
        TenantDefinition t = directory.resolve(tenantSegment).orElse(directory.tenant());
        String base = directory.authority() + "/" + tenantSegment;
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("token_endpoint", base + "/oauth2/v2.0/token");
        c.put("token_endpoint_auth_methods_supported", List.of("client_secret_post", "private_key_jwt",
                "client_secret_basic"));
        c.put("jwks_uri", base + "/discovery/v2.0/keys");
        c.put("response_modes_supported", List.of("query", "fragment", "form_post"));
        c.put("subject_types_supported", List.of("pairwise"));
        c.put("id_token_signing_alg_values_supported", List.of("RS256"));
        c.put("response_types_supported", List.of("code", "id_token", "code id_token", "id_token token"));
        c.put("scopes_supported", List.of("openid", "profile", "email", "offline_access"));
        c.put("issuer", directory.authority() + "/" + t.tenantId() + "/v2.0");
        c.put("request_uri_parameter_supported", false);
        c.put("userinfo_endpoint", directory.authority() + "/oidc/userinfo");
        c.put("authorization_endpoint", base + "/oauth2/v2.0/authorize");
        c.put("device_authorization_endpoint", base + "/oauth2/v2.0/devicecode");
        c.put("http_logout_supported", true);
        c.put("frontchannel_logout_supported", true);
        c.put("end_session_endpoint", base + "/oauth2/v2.0/logout");
        c.put("claims_supported", List.of("sub", "iss", "aud", "exp", "iat", "auth_time", "acr", "nonce",
                "preferred_username", "name", "tid", "ver", "at_hash", "c_hash", "email"));
        c.put("tenant_region_scope", "WW");
        c.put("cloud_instance_name", "microsoftonline.com");
        c.put("cloud_graph_host_name", "graph.windows.net");
        c.put("msgraph_host", "graph.microsoft.com");
        return Response.json(200, c);
    }

    Response keys(String tenantSegment) {
        directory.resolve(tenantSegment);
        return Response.json(200, directory.signingKey().jwks(directory.v2Issuer()));
    }

    /** {@code GET /common/userrealm/{upn}?api-version=1.0}: Managed or Federated, as MSAL reads it. */
    Response userRealm(String upn) {
        TenantDefinition t = directory.tenant();
        int at = upn.lastIndexOf('@');
        String domain = at < 0 ? upn : upn.substring(at + 1);
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("ver", "1.0");
        boolean known = t.isNamedBy(domain);
        boolean federated = known && t.user(upn).map(TenantDefinition.User::federated).orElse(false);
        r.put("account_type", known ? (federated ? "Federated" : "Managed") : "Unknown");
        r.put("domain_name", domain);
        if (federated) {
            String sts = directory.authority() + "/adfs";
            r.put("federation_protocol", "WSTrust");
            r.put("federation_metadata_url", sts + "/services/trust/mex");
            r.put("federation_active_auth_url", sts + "/services/trust/2005/usernamemixed");
        }
        r.put("cloud_instance_name", "microsoftonline.com");
        r.put("cloud_audience_urn", "urn:federation:MicrosoftOnline");
        return Response.json(200, r);
    }
}
