package io.m365connect.core.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.m365connect.core.common.Secret;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClientSecretsTest {

    @Test
    void guidLooksLikeTheSecretsId() {
        assertEquals(Optional.of(ClientSecrets.LOOKS_LIKE_ID),
                ClientSecrets.warning(Secret.of(" 3f2b8c1d-4e5f-4a6b-9c7d-8e9f0a1b2c3d\n")));
    }

    @Test
    void bracedGuidLooksLikeTheSecretsIdToo() {
        assertEquals(Optional.of(ClientSecrets.LOOKS_LIKE_ID),
                ClientSecrets.warning(Secret.of("{3F2B8C1D-4E5F-4A6B-9C7D-8E9F0A1B2C3D}")));
    }

    @Test
    void aRealLookingSecretValueGetsNoWarning() {
        assertEquals(Optional.empty(), ClientSecrets.warning(Secret.of("Xk28Q~abcDEFghiJKLmnoPQRstuVWXyz0123456-._")));
        assertEquals(Optional.empty(), ClientSecrets.warning(Secret.empty()));
    }

    @Test
    void pastedSecretLosesSurroundingWhitespaceOnly() {
        Secret trimmed = ClientSecrets.trimmed(Secret.of("\t Xk28Q~a b \r\n"));
        assertEquals("Xk28Q~a b", trimmed.reveal(s -> s));
    }
}
