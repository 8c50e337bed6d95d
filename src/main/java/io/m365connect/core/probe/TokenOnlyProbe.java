package io.m365connect.core.probe;

import io.m365connect.core.common.Cancellation;
import io.m365connect.core.common.Problem;
import io.m365connect.core.recipe.ResourceApp;

/**
 * ServiceHealth.Read belongs to the retired Service Communications API of the Management APIs: there is no
 * endpoint left to call, so the permission is proved from the token's claims alone.
 */
public final class TokenOnlyProbe implements ConnectionProbe {
    private final String permission;

    public TokenOnlyProbe(String permission) {
        this.permission = permission;
    }

    public static TokenOnlyProbe serviceHealth() {
        return new TokenOnlyProbe("ServiceHealth.Read");
    }

    @Override
    public ProbeKind kind() {
        return ProbeKind.SERVICE_HEALTH;
    }

    @Override
    public ResourceApp resource() {
        return ResourceApp.MANAGEMENT;
    }

    @Override
    public ProbeResult run(ProbeTarget target, ProbeToken token, Cancellation cancellation) {
        cancellation.throwIfCancelled();
        if (token.claims().grants(permission)) {
            return new ProbeResult.Passed(permission + " is in the token (the Service Communications API itself "
                    + "is retired; service health is read through Microsoft Graph)", 0);
        }
        return new ProbeResult.Failed(Layer.PERMISSION, Problem.of(
                "The Management API token does not carry " + permission + ".",
                "Add the application permission " + permission + " of Office 365 Management APIs and grant admin "
                        + "consent. A new grant can take a few minutes to reach new tokens."),
                "(no request: checked from the token)", "roles: " + String.join(" ", token.claims().roles()), 0);
    }
}
