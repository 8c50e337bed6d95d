package io.m365connect.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** A user's password sign-in, refused in Entra's order: unknown account, federated, password, disabled, MFA. */
final class UserSignIn {
    private UserSignIn() {
    }

    static TenantDefinition.User check(TenantDefinition tenant, String upn, String password,
                                       TenantDefinition.Resource resource) {
        TenantDefinition.User user = known(tenant, upn);
        if (user.federated()) {
            throw EntraError.federatedPassword();
        }
        if (!MessageDigest.isEqual(user.password().getBytes(StandardCharsets.UTF_8),
                password.getBytes(StandardCharsets.UTF_8)) || user.password().isEmpty()) {
            throw EntraError.wrongPassword();
        }
        return allowed(user, resource);
    }

    static TenantDefinition.User known(TenantDefinition tenant, String upn) {
        return tenant.user(upn).orElseThrow(() -> EntraError.userNotFound(tenant.displayName()));
    }

    /** What is checked for every way a user gets a token: disabled account, then MFA (a password is one factor). */
    static TenantDefinition.User allowed(TenantDefinition.User user, TenantDefinition.Resource resource) {
        if (user.disabled()) {
            throw EntraError.userDisabled();
        }
        if (user.mfaRequired()) {
            throw EntraError.mfaRequired(resource.appId());
        }
        return user;
    }

    /** The tenant of a user signing in through /common or /organizations: the one that owns the UPN's domain. */
    static boolean ownsDomainOf(TenantDefinition tenant, String upn) {
        int at = upn.lastIndexOf('@');
        return at > 0 && tenant.isNamedBy(upn.substring(at + 1));
    }
}
