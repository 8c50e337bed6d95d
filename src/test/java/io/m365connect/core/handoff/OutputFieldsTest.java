package io.m365connect.core.handoff;

import static io.m365connect.core.handoff.HandoffFixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import io.m365connect.core.recipe.CredentialKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OutputFieldsTest {

    private static Map<String, ResolvedField> byLabel(HandoffSession s) {
        Map<String, ResolvedField> m = new LinkedHashMap<>();
        OutputFields.resolve(s).forEach(f -> m.put(f.label(), f));
        return m;
    }

    @Test
    void blinkExchangeOnlineGetsAppIdOrganizationAndThePemPair() throws Exception {
        Map<String, ResolvedField> f = byLabel(session("blink-exchange-online", "global", certificate()));
        assertEquals(List.of("App ID", "Organization", "Public key", "Private key"), List.copyOf(f.keySet()));
        assertEquals(CLIENT, f.get("App ID").shown());
        assertEquals(DOMAIN, f.get("Organization").shown());
        String pub = f.get("Public key").shown();
        assertTrue(pub.startsWith("-----BEGIN CERTIFICATE-----\n") && pub.endsWith("-----END CERTIFICATE-----\n"));
        assertTrue(f.get("Private key").hidden());
        assertEquals(ResolvedField.MASK, f.get("Private key").shown());
        String key = f.get("Private key").reveal().orElseThrow();
        assertTrue(key.startsWith("-----BEGIN PRIVATE KEY-----\n"), "PKCS#8, not PKCS#1: " + key.lines().findFirst());
    }

    @ParameterizedTest
    @CsvSource({"global,https://manage.office.com", "gcc,https://manage-gcc.office.com",
            "gcc-high,https://manage.office365.us", "dod,https://manage.protection.apps.mil"})
    void managementApiAddressIsTheCloudsManagementRoot(String cloud, String address) {
        Map<String, ResolvedField> f = byLabel(session("blink-o365-management-activity", cloud, secret()));
        assertEquals(List.of("API Address", "Client ID", "Client Secret", "Tenant ID"), List.copyOf(f.keySet()));
        assertEquals(address, f.get("API Address").shown());
        assertEquals(TENANT, f.get("Tenant ID").shown());
        assertEquals(SECRET, f.get("Client Secret").reveal().orElseThrow());
        assertFalse(f.get("Client Secret").toString().contains(SECRET));
    }

    @Test
    void chinaHasNoManagementApiAndTheFieldSaysSo() {
        ResolvedField api = byLabel(session("blink-o365-management-activity", "china", secret())).get("API Address");
        assertTrue(api.missing());
        assertEquals("China (operated by 21Vianet) has no Office 365 Management Activity API, so there is no "
                + "address to give.", api.shown());
        assertEquals(Optional.empty(), api.reveal());
    }

    @Test
    void iamCloudGetsItsEightAttributesWithThePfxAsAFile() throws Exception {
        Map<String, ResolvedField> f = byLabel(session("iamcloud-exchange-online", "global", certificate()));
        assertEquals(List.of("ShellDisplay", "ShellDescription", "ConnectAppID", "ConnectPFX", "ConnectPFXPassword",
                "TenantDisplay", "TenantID", "OrganizationDisplayName"), List.copyOf(f.keySet()));
        assertEquals("Exchange Online", f.get("ShellDisplay").shown());
        assertEquals("connector.pfx", f.get("ConnectPFX").shown());
        assertEquals(PFX_PASSWORD, f.get("ConnectPFXPassword").reveal().orElseThrow());
        assertEquals(ResolvedField.MASK, f.get("ConnectPFXPassword").shown());
        assertEquals(TENANT, f.get("TenantID").shown());
        assertEquals(DOMAIN, f.get("TenantDisplay").shown());
        assertEquals(DOMAIN, f.get("OrganizationDisplayName").shown());
    }

    @Test
    void emailRopcGetsLowercaseFieldNamesAndTheTokenScopes() {
        HandoffSession s = session("email-ropc", "global", secret());
        Map<String, ResolvedField> f = byLabel(new HandoffSession(s.recipe(), s.cloud(), s.tenantId(), s.clientId(),
                s.inputs(), CredentialKind.ROPC, s.credential(), s.tokenScopes()));
        assertEquals(List.of("client_id", "tenant_id", "client_secret", "username", "scopes"), List.copyOf(f.keySet()));
        assertEquals("mailer@" + DOMAIN, f.get("username").shown());
        assertEquals("https://outlook.office.com/IMAP.AccessAsUser.All offline_access", f.get("scopes").shown());
    }

    @Test
    void tenantGivenAsDomainIsNotPassedOffAsTheTenantId() {
        HandoffSession s = session("blink-microsoft-graph", "global", secret());
        HandoffSession byDomain = new HandoffSession(s.recipe(), s.cloud(), DOMAIN, s.clientId(), s.inputs(), null,
                s.credential(), List.of());
        ResolvedField tenant = byLabel(byDomain).get("Tenant ID");
        assertTrue(tenant.missing());
        assertEquals("The Directory (tenant) ID is not known yet.", tenant.shown());
    }

    @Test
    void missingInputAndMissingSecretSayWhatToDo() throws Exception {
        HandoffSession s = session("blink-exchange-online", "global", certificate());
        HandoffSession noOrg = new HandoffSession(s.recipe(), s.cloud(), s.tenantId(), s.clientId(), Map.of(), null,
                s.credential(), List.of());
        assertEquals("Organization was not entered.", byLabel(noOrg).get("Organization").shown());
        ResolvedField secret = byLabel(session("blink-microsoft-graph", "global", new HandoffCredential.None()))
                .get("Client Secret");
        assertEquals("No client secret was given.", secret.shown());
    }

    @Test
    void customGraphCredentialIsTheSecretOrTheKeyFiles() throws Exception {
        assertEquals(SECRET, byLabel(session("custom-graph", "global", secret())).get("Credential").reveal().orElseThrow());
        assertEquals("app.crt.pem, app.key.pem",
                byLabel(session("custom-graph", "global", certificate())).get("Credential").shown());
        assertEquals("https://login.microsoftonline.us",
                byLabel(session("custom-graph", "gcc-high", secret())).get("Authority").shown());
    }
}
