package io.m365connect.core.auth;

import java.util.Optional;

/**
 * What sign-in errors mean and how to fix them. {@code core.diagnose.ErrorCatalog} implements it; the token
 * service only asks, so {@code core.auth} does not depend on the diagnosis package (which depends on tokens).
 */
public interface ErrorExplanations {

    /** The explanation of {@code AADSTS<code>}, if the catalog knows it. */
    Optional<Explanation> aadsts(int code);

    /** The explanation of a bare OAuth {@code error} value ({@code authorization_declined} …), if known. */
    Optional<Explanation> oauthError(String error);

    /** A catalog entry: short title, meaning and fix in plain words, and the layer it points at. */
    record Explanation(String code, String title, String meaning, String fix, FailureLayer layer) {
    }

    /** Knows nothing: every failure is told with the server's own message. */
    static ErrorExplanations none() {
        return new ErrorExplanations() {
            @Override
            public Optional<Explanation> aadsts(int code) {
                return Optional.empty();
            }

            @Override
            public Optional<Explanation> oauthError(String error) {
                return Optional.empty();
            }
        };
    }
}
