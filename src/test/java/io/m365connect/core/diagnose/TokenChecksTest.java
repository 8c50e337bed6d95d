package io.m365connect.core.diagnose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.m365connect.core.auth.AuthFailure;
import io.m365connect.core.auth.FailureLayer;
import io.m365connect.core.common.Problem;
import io.m365connect.core.probe.Layer;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class TokenChecksTest {
    private static AuthFailure failure(FailureLayer layer, int aadsts) {
        return new AuthFailure(layer, OptionalInt.of(aadsts), "invalid_client", "", Problem.of("x", "y"),
                Optional.empty(), Optional.empty(), Optional.empty(), OptionalInt.of(401));
    }

    @Test
    void aCertificateTheAppDoesNotKnowIsTheCertificateLayer() {
        assertEquals(Layer.CERTIFICATE, TokenChecks.layer(failure(FailureLayer.CREDENTIAL, 700027)));
    }

    @Test
    void aWrongPasswordIsTheCredentialAndMfaIsTheSignInPolicy() {
        assertEquals(Layer.CREDENTIAL, TokenChecks.layer(failure(FailureLayer.USER, 50126)));
        assertEquals(Layer.SIGN_IN, TokenChecks.layer(failure(FailureLayer.USER, 50076)));
    }

    @Test
    void signInLayersMapOneToOne() {
        assertEquals(Layer.TENANT, TokenChecks.layer(failure(FailureLayer.TENANT, 90002)));
        assertEquals(Layer.APP, TokenChecks.layer(failure(FailureLayer.APP, 700016)));
        assertEquals(Layer.CONSENT, TokenChecks.layer(failure(FailureLayer.CONSENT, 65001)));
        assertEquals(Layer.NETWORK, TokenChecks.layer(failure(FailureLayer.PROXY, 0)));
        assertEquals(Layer.LICENCE, TokenChecks.layer(failure(FailureLayer.REQUEST, 500011)));
    }
}
