package io.m365connect.core.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClientIdTest {
    static final String APP = "0ee3ad5e-3d6c-4e2a-9b1a-8f1f3c4d5e6f";

    private static String rejection(String raw) {
        InputResult<ClientId> r = ClientId.parse(raw);
        assertFalse(r.isAccepted(), () -> "accepted " + raw);
        return r.rejection().orElseThrow().summary();
    }

    @ParameterizedTest
    @ValueSource(strings = {APP, " {0EE3AD5E-3D6C-4E2A-9B1A-8F1F3C4D5E6F} ", "'0ee3ad5e-3d6c-4e2a-9b1a-8f1f3c4d5e6f'",
            "https://entra.microsoft.com/#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Overview/appId/0ee3ad5e-3d6c-4e2a-9b1a-8f1f3c4d5e6f/isMSAApp~/false",
            "https://login.microsoftonline.com/contoso.com/oauth2/v2.0/authorize?client_id=0ee3ad5e-3d6c-4e2a-9b1a-8f1f3c4d5e6f&response_type=code",
            "https://portal.azure.com/#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/Overview/objectId/x/appId/0ee3ad5e-3d6c-4e2a-9b1a-8f1f3c4d5e6f"})
    void pastedClientIdIsCleaned(String raw) {
        assertEquals(APP, ClientId.parse(raw).acceptedValue().orElseThrow().value());
    }

    @Test
    void emptyClientIdAsksForIt() {
        assertEquals("Enter the application (client) ID.", rejection(" "));
    }

    @Test
    void malformedClientIdIsRefused() {
        assertEquals("The application (client) ID \"0ee3ad5e-3d6c-4e2a-9b1a\" is not a valid GUID: "
                + "it has 20 hex digits, a GUID has 32.", rejection("0ee3ad5e-3d6c-4e2a-9b1a"));
    }

    @Test
    void domainInsteadOfClientIdIsRefused() {
        assertEquals("The application (client) ID is a GUID, not a domain or a name.", rejection("contoso.onmicrosoft.com"));
    }

    @Test
    void linkWithoutAppIdIsRefused() {
        assertEquals("This link does not contain an application (client) ID.",
                rejection("https://entra.microsoft.com/#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade"));
    }

    @Test
    void controlCharacterIsRefused() {
        assertEquals("The application (client) ID contains an invisible control character (U+0009) at position 9.",
                rejection("0ee3ad5e\t-3d6c-4e2a-9b1a-8f1f3c4d5e6f"));
    }

    @Test
    void clientIdEqualToTenantIdIsRefused() {
        TenantRef tenant = TenantRef.parse(APP.toUpperCase()).acceptedValue().orElseThrow();
        InputResult<ClientId> r = ClientId.parse(APP, Optional.of(tenant));
        assertEquals("The application (client) ID is the same as the tenant ID.", r.rejection().orElseThrow().summary());
    }

    @Test
    void clientIdDifferentFromTenantIsAccepted() {
        TenantRef tenant = TenantRef.parse(TenantRefTest.TENANT).acceptedValue().orElseThrow();
        assertEquals(APP, ClientId.parse(APP, Optional.of(tenant)).acceptedValue().orElseThrow().value());
    }
}
