package io.m365connect.sandbox;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A {@code scope} parameter split the way Entra reads it: OpenID Connect scopes aside, the rest must name one
 * resource ({@code https://graph.microsoft.com/User.Read}, {@code .../.default}); a bare name means Graph.
 */
record ScopeRequest(String raw, Set<String> oidc, String resource, List<String> names) {
    static final Set<String> OIDC = Set.of("openid", "profile", "offline_access", "email");
    static final String GRAPH = "https://graph.microsoft.com";

    static ScopeRequest parse(String raw) {
        String text = raw == null ? "" : raw.trim();
        Set<String> oidc = new LinkedHashSet<>();
        Set<String> resources = new LinkedHashSet<>();
        List<String> names = new ArrayList<>();
        for (String scope : text.split("\\s+")) {
            if (scope.isEmpty()) {
                continue;
            }
            if (OIDC.contains(scope.toLowerCase(Locale.ROOT))) {
                oidc.add(scope.toLowerCase(Locale.ROOT));
                continue;
            }
            int slash = scope.lastIndexOf('/');
            boolean uri = scope.contains("://") ? slash > scope.indexOf("://") + 2 : slash > 0;
            if (uri) {
                resources.add(TenantDefinition.stripSlash(scope.substring(0, slash)));
                names.add(scope.substring(slash + 1));
            } else if (scope.contains("://")) {
                // A resource URI without a permission ("https://graph.microsoft.com") is no scope at all.
                throw EntraError.invalidScope(scope);
            } else {
                resources.add(GRAPH);
                names.add(scope);
            }
        }
        if (resources.size() > 1) {
            throw EntraError.multipleResources(text);
        }
        return new ScopeRequest(text, oidc, resources.isEmpty() ? null : resources.iterator().next(), names);
    }

    boolean hasResource() {
        return resource != null;
    }

    boolean isDefault() {
        return names.size() == 1 && names.get(0).equals(".default");
    }

    boolean wantsRefreshToken() {
        return oidc.contains("offline_access");
    }

    boolean wantsIdToken() {
        return oidc.contains("openid");
    }
}
