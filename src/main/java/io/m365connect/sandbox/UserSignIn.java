package io.m365connect.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** A user's password sign-in, refused in Entra's order: unknown account, federated, password, disabled, MFA. */
final class UserSignIn {
    private UserSignIn() {
    }

    /** ROPC: nobody is there to answer an MFA prompt, so a user who must use MFA is refused (AADSTS50076). */
    static TenantDefinition.User password(TenantDefinition tenant, String upn, String password,
                                          TenantDefinition.Resource resource) {
        TenantDefinition.User user = browser(tenant, upn, password);
        if (user.mfaRequired()) {
            throw EntraError.mfaRequired(resource.appId());
        }
        return user;
    }

    /**
     * A sign-in on the practice tenant's own pages (authorize, device code): the person is there, so MFA
     * counts as done, as it would be after the real prompt; an unknown, federated or disabled account and a wrong
     * password are refused.
     */
    static TenantDefinition.User browser(TenantDefinition tenant, String upn, String password) {
        TenantDefinition.User user = known(tenant, upn);
        if (user.federated()) {
            throw EntraError.federatedPassword();
        }
        if (user.password().isEmpty() || !MessageDigest.isEqual(user.password().getBytes(StandardCharsets.UTF_8),
                password.getBytes(StandardCharsets.UTF_8))) {
            throw EntraError.wrongPassword();
        }
        return notDisabled(user);
    }

    static TenantDefinition.User known(TenantDefinition tenant, String upn) {
        return tenant.user(upn).orElseThrow(() -> EntraError.userNotFound(tenant.displayName()));
    }

    /** Checked again whenever a code or refresh token is redeemed: an account disabled since then stops. */
    static TenantDefinition.User notDisabled(TenantDefinition.User user) {
        if (user.disabled()) {
            throw EntraError.userDisabled();
        }
        return user;
    }

    /** The tenant of a user signing in through /common or /organizations: the one that owns the UPN's domain. */
    static boolean ownsDomainOf(TenantDefinition tenant, String upn) {
        int at = upn.lastIndexOf('@');
        return at > 0 && tenant.isNamedBy(upn.substring(at + 1));
    }
}
