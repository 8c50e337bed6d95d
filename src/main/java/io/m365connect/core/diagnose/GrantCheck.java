package io.m365connect.core.diagnose;

import io.m365connect.core.probe.TokenClaims;
import io.m365connect.core.recipe.PermissionRequirement;
import io.m365connect.core.recipe.PermissionType;
import io.m365connect.core.recipe.Privilege;
import io.m365connect.core.recipe.Recipe;
import io.m365connect.core.recipe.ResourceApp;
import io.m365connect.core.recipe.RoleHolder;
import io.m365connect.core.recipe.RoleRequirement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Compares the claims of the tokens actually issued with what the recipe asks for: {@code roles} for
 * application permissions, {@code scp} for delegated ones, {@code wids} for directory roles the app holds.
 * What a credential cannot show is reported as a manual check, never as missing.
 */
public final class GrantCheck {
    /** OpenID Connect scopes: requested at sign-in, never listed in a resource token's scp. */
    static final Set<String> SIGN_IN_SCOPES = Set.of("openid", "profile", "email", "offline_access");

    /** Permissions of retired APIs: nothing left to call, so the token is the only proof. */
    static final Set<String> RETIRED_API = Set.of("ServiceHealth.Read");

    private GrantCheck() {
    }

    /** {@code tokens}: the claims of each resource's token; a resource without a token is "not checked". */
    public static GrantReport check(Recipe recipe, Map<ResourceApp, TokenClaims> tokens) {
        List<GrantLine> lines = new ArrayList<>();
        for (PermissionRequirement p : recipe.permissions()) {
            lines.add(permission(recipe, p, tokens.get(p.resource())));
        }
        for (RoleRequirement r : recipe.roles()) {
            lines.add(role(r, tokens));
        }
        tokens.forEach((resource, claims) -> lines.addAll(extras(recipe, resource, claims)));
        return new GrantReport(lines);
    }

    private static GrantLine permission(Recipe recipe, PermissionRequirement p, TokenClaims claims) {
        if (claims == null) {
            return GrantLine.of(p, GrantStatus.NOT_CHECKED, "no token for " + p.resource().displayName());
        }
        if (p.type() == PermissionType.DELEGATED && SIGN_IN_SCOPES.contains(p.name())) {
            return GrantLine.of(p, GrantStatus.MANUAL, "a sign-in scope; it never shows in an access token");
        }
        boolean appOnly = claims.appOnly();
        if (p.type() == PermissionType.DELEGATED && appOnly) {
            return GrantLine.of(p, GrantStatus.MANUAL,
                    "delegated permissions do not show in an app-only token; check the API permissions page");
        }
        if (p.type() == PermissionType.APPLICATION && !appOnly) {
            return GrantLine.of(p, GrantStatus.MANUAL,
                    "application permissions do not show in a signed-in user's token; check the API permissions page");
        }
        Set<String> granted = appOnly ? claims.roles() : claims.scopes();
        if (!granted.contains(p.name())) {
            return GrantLine.of(p, GrantStatus.MISSING, granted.isEmpty()
                    ? "the token carries no " + (appOnly ? "application" : "delegated") + " permission at all"
                    : "not in the token's " + (appOnly ? "roles" : "scp"));
        }
        if (p.privilege() == Privilege.HIGHER && !p.required()) {
            return GrantLine.of(p, GrantStatus.MORE_THAN_NEEDED, "higher privilege, only needed for "
                    + (p.why().isBlank() ? "optional features" : p.why()) + leastChoice(recipe, p.resource(), p.type()));
        }
        return GrantLine.of(p, GrantStatus.GRANTED, RETIRED_API.contains(p.name())
                ? "checked from the token only: the Service Communications API it was for is retired (service health "
                        + "is read through Microsoft Graph now)" : "");
    }

    private static GrantLine role(RoleRequirement r, Map<ResourceApp, TokenClaims> tokens) {
        if (r.holder() != RoleHolder.APP) {
            return GrantLine.of(r, GrantStatus.MANUAL, "held by " + (r.holder() == RoleHolder.GROUP ? "a group of users"
                    : "a user") + ", not by the app: check its assignments (including PIM-eligible ones) in the "
                    + "Entra admin center, Roles and administrators, " + r.name());
        }
        List<TokenClaims> appTokens = tokens.values().stream().filter(TokenClaims::appOnly).toList();
        if (appTokens.isEmpty()) {
            return GrantLine.of(r, GrantStatus.MANUAL, "an app's directory roles show only in an app-only token");
        }
        boolean seen = appTokens.stream().anyMatch(c -> c.directoryRoleIds().contains(r.templateId()));
        return seen ? GrantLine.of(r, GrantStatus.GRANTED, "in the token's wids")
                : GrantLine.of(r, GrantStatus.NOT_SEEN, "not in the token's wids; the connection check decides");
    }

    private static List<GrantLine> extras(Recipe recipe, ResourceApp resource, TokenClaims claims) {
        PermissionType type = claims.appOnly() ? PermissionType.APPLICATION : PermissionType.DELEGATED;
        Set<String> asked = recipe.permissions().stream()
                .filter(p -> p.resource() == resource && p.type() == type)
                .map(PermissionRequirement::name).collect(Collectors.toSet());
        Set<String> granted = new TreeSet<>(claims.appOnly() ? claims.roles() : claims.scopes());
        granted.removeAll(asked);
        granted.removeAll(SIGN_IN_SCOPES);
        List<GrantLine> out = new ArrayList<>();
        for (String name : granted) {
            out.add(GrantLine.extra(name, resource.displayName(),
                    "granted but not needed by this recipe; remove it" + leastChoice(recipe, resource, type)));
        }
        return out;
    }

    private static String leastChoice(Recipe recipe, ResourceApp resource, PermissionType type) {
        List<String> least = recipe.permissions().stream()
                .filter(p -> p.resource() == resource && p.type() == type && p.privilege() == Privilege.LEAST)
                .map(PermissionRequirement::name).toList();
        return least.isEmpty() ? "" : " (least-privileged choice: " + String.join(", ", least) + ")";
    }
}
