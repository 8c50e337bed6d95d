package io.m365connect.core.auth;

import io.m365connect.core.common.Cancellation;

/**
 * Gets an access token. Never throws for a refused or failed request: that is an {@link AuthFailure} with the
 * reason in plain words. Throws {@link java.util.concurrent.CancellationException} when cancelled.
 */
public interface TokenService {
    TokenResult acquire(TokenRequest request, Cancellation cancellation);
}
