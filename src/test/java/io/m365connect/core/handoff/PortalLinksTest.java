package io.m365connect.core.handoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.m365connect.core.tenant.Cloud;
import io.m365connect.core.tenant.CloudCatalog;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PortalLinksTest {
    private static final CloudCatalog CLOUDS = CloudCatalog.loadBuiltIn();
    private static final String APP = "11111111-2222-3333-4444-555555555555";
    private static final String SP = "99999999-8888-7777-6666-555555555555";
    private static final String EXCHANGE_ADMIN = "29232cdf-9323-42fd-ade2-1d097af3e4de";

    @ParameterizedTest
    @CsvSource({
        "global,   https://entra.microsoft.com",
        "gcc,      https://entra.microsoft.com",
        "gcc-high, https://entra.microsoft.us",
        "dod,      https://entra.microsoft.us",
        "china,    https://entra.microsoftonline.cn"})
    void appPagesOpenInTheCloudsAdminCenter(String cloud, String host) {
        PortalLinks links = PortalLinks.of(CLOUDS.find(cloud).orElseThrow(), Optional.empty()).orElseThrow();
        String app = host + "/#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/";
        assertEquals(app + "Overview/appId/" + APP, links.appOverview(APP).toString());
        assertEquals(app + "CallAnAPI/appId/" + APP, links.apiPermissions(APP).toString());
        assertEquals(app + "Credentials/appId/" + APP, links.certificatesAndSecrets(APP).toString());
        assertEquals(app + "Authentication/appId/" + APP, links.authentication(APP).toString());
        assertEquals(host + "/#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/Overview/objectId/" + SP + "/appId/" + APP,
                links.enterpriseApp(APP, SP).toString());
        assertEquals(host + "/#view/Microsoft_AAD_IAM/StartboardApplicationsMenuBlade/~/AppAppsPreview",
                links.enterpriseApps().toString());
        assertEquals(host + "/#view/Microsoft_AAD_IAM/RoleMenuBlade/~/RoleMembers/objectId/" + EXCHANGE_ADMIN
                + "/roleTemplateId/" + EXCHANGE_ADMIN, links.roleMembers(EXCHANGE_ADMIN).toString());
        assertEquals(host + "/#view/Microsoft_AAD_IAM/RolesManagementMenuBlade/~/AllRoles", links.rolesAndAdmins().toString());
        assertEquals(host + "/#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade", links.appRegistrations().toString());
        assertEquals(host + "/#view/Microsoft_AAD_RegisteredApps/CreateApplicationBlade/quickStartType~/null/isMSAApp~/false",
                links.newRegistration().toString());
    }

    @Test
    void tenantSegmentOpensThePageInThatTenant() {
        PortalLinks links = PortalLinks.of(CLOUDS.find("global").orElseThrow(), Optional.of("Contoso.onmicrosoft.com"))
                .orElseThrow();
        assertEquals("https://entra.microsoft.com/contoso.onmicrosoft.com/#view/Microsoft_AAD_RegisteredApps/"
                + "ApplicationMenuBlade/~/Overview/appId/" + APP, links.appOverview(APP).toString());
    }

    @Test
    void cloudWithOnlyAnAzurePortalUsesIt() throws Exception {
        Cloud c = CloudCatalog.parseCustom("x", ("{\"id\":\"x\",\"displayName\":\"X\",\"authority\":\"https://login.x.example\","
                + "\"azurePortal\":\"https://portal.x.example/\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(PortalLinks.of(c, Optional.empty()).orElseThrow().rolesAndAdmins().toString()
                .startsWith("https://portal.x.example/#view/"));
    }

    @Test
    void cloudWithoutPortalsHasNoLinks() throws Exception {
        Cloud c = CloudCatalog.parseCustom("x", "{\"id\":\"x\",\"displayName\":\"X\",\"authority\":\"https://login.x.example\"}"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(PortalLinks.of(c, Optional.empty()).isEmpty());
    }

    @Test
    void appIdMustBeAGuid() {
        PortalLinks links = PortalLinks.of(CLOUDS.find("global").orElseThrow(), Optional.empty()).orElseThrow();
        assertThrows(IllegalArgumentException.class, () -> links.appOverview("../../evil"));
    }
}
