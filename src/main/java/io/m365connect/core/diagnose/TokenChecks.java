package io.m365connect.core.diagnose;

import io.m365connect.core.auth.AccessToken;
import io.m365connect.core.auth.AuthFailure;
import io.m365connect.core.auth.Credential;
import io.m365connect.core.auth.TokenRequest;
import io.m365connect.core.auth.TokenResult;
import io.m365connect.core.auth.TokenService;
import io.m365connect.core.common.Cancellation;
import io.m365connect.core.common.Problem;
import io.m365connect.core.net.HttpSettings;
import io.m365connect.core.probe.Layer;
import io.m365connect.core.probe.ProbeToken;
import io.m365connect.core.recipe.CloudService;
import io.m365connect.core.recipe.ResourceApp;
import io.m365connect.core.tenant.Cloud;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Tokens for a connection check: one per resource, always fresh (an app-only token carries the roles held when
 * it was issued, and the admin has usually just changed something), and each refusal placed at its layer.
 */
public final class TokenChecks {
    /** AADSTS codes that mean the password (not the sign-in policy) is wrong. */
    private static final Set<Integer> WRONG_PASSWORD = Set.of(50126, 50034, 50053, 50055);
    private static final Set<Integer> CERTIFICATE = Set.of(700027, 700021);

    private TokenChecks() {
    }

    /** A token source for {@link ConnectionCheck}: a fresh token per resource, {@code /.default} of its API. */
    public static ConnectionCheck.TokenSource source(TokenService tokens, Cloud cloud, String tenant, String clientId,
                                                      Credential credential, HttpSettings http) {
        return (resource, cancellation) -> fetch(tokens, cloud, tenant, clientId, credential, http, resource,
                cancellation);
    }

    /**
     * Hands out {@code earlier} (the credential step's token) once for the resource it was issued for, then
     * fetches; the wizard's first Verify run uses it, "Run again" never does.
     */
    public static ConnectionCheck.TokenSource reusingOnce(ConnectionCheck.TokenSource fresh,
                                                          Optional<AccessToken> earlier, Cloud cloud) {
        java.util.concurrent.atomic.AtomicBoolean used = new java.util.concurrent.atomic.AtomicBoolean();
        return (resource, cancellation) -> {
            Optional<String> audience = CloudService.endpointResource(cloud, resource);
            if (earlier.isPresent() && audience.isPresent() && !used.get() && earlier.get().claims()
                    .map(c -> strip(c.audience()).equalsIgnoreCase(strip(audience.get()))).orElse(false)) {
                used.set(true);
                return new TokenOutcome.Issued(resource, ProbeToken.of(earlier.get()), 0);
            }
            return fresh.fetch(resource, cancellation);
        };
    }

    private static String strip(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    static TokenOutcome fetch(TokenService tokens, Cloud cloud, String tenant, String clientId, Credential credential,
                              HttpSettings http, ResourceApp resource, Cancellation cancellation) {
        Optional<String> audience = CloudService.endpointResource(cloud, resource);
        if (audience.isEmpty()) {
            return new TokenOutcome.Refused(resource, Layer.TENANT, Problem.of("The cloud " + cloud.id()
                    + " offers no " + resource.displayName() + ".", "Choose the tenant's cloud."), "", 0);
        }
        long start = System.nanoTime();
        TokenResult result = tokens.acquire(new TokenRequest(cloud, tenant, clientId, credential,
                List.of(audience.get() + "/.default"), http, true), cancellation);
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (result instanceof AccessToken token) {
            return new TokenOutcome.Issued(resource, ProbeToken.of(token), millis);
        }
        AuthFailure f = (AuthFailure) result;
        return new TokenOutcome.Refused(resource, layer(f), f.problem(), f.aadstsCode().orElse(f.oauthError()), millis);
    }

    /** The sign-in service's layer in the terms of the diagnosis. */
    static Layer layer(AuthFailure f) {
        int code = f.aadsts().orElse(0);
        if (CERTIFICATE.contains(code)) {
            return Layer.CERTIFICATE;
        }
        if (code == 650052 || code == 500011) {
            return Layer.LICENCE;
        }
        return switch (f.layer()) {
            case TENANT -> Layer.TENANT;
            case APP, REQUEST -> Layer.APP;
            case CREDENTIAL -> Layer.CREDENTIAL;
            case CONSENT -> Layer.CONSENT;
            case USER -> WRONG_PASSWORD.contains(code) ? Layer.CREDENTIAL : Layer.SIGN_IN;
            case NETWORK, TLS, PROXY, TIMEOUT -> Layer.NETWORK;
            case SERVICE -> Layer.SERVICE;
        };
    }
}
