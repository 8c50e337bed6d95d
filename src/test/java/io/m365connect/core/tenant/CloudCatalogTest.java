package io.m365connect.core.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.m365connect.core.common.CatalogLoadException;
import io.m365connect.core.common.ProblemException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CloudCatalogTest {

    @Test
    void builtInHasTheFiveCloudsWithUniqueIds() {
        CloudCatalog catalog = CloudCatalog.loadBuiltIn();
        assertEquals(List.of("global", "gcc", "gcc-high", "dod", "china"), catalog.ids());
        assertEquals(CloudCatalog.BUILT_IN_IDS, catalog.ids());
    }

    @Test
    void builtInCloudsCarryTheReferenceEndpoints() {
        CloudCatalog catalog = CloudCatalog.loadBuiltIn();
        Cloud gcc = catalog.find("gcc").orElseThrow();
        assertEquals("https://login.microsoftonline.com", gcc.authority());
        assertEquals("https://manage-gcc.office.com", gcc.management().resource());
        Cloud high = catalog.find("gcc-high").orElseThrow();
        assertEquals("https://login.microsoftonline.us", high.authority());
        assertEquals("https://graph.microsoft.us", high.graph().url());
        assertEquals("https://manage.office365.us", high.management().url());
        assertEquals("outlook.office365.us", high.imap().host());
        assertEquals("https://entra.microsoft.us", high.entraAdminCenter());
        Cloud dod = catalog.find("dod").orElseThrow();
        assertEquals("https://dod-graph.microsoft.us", dod.graph().url());
        assertEquals("https://manage.protection.apps.mil", dod.management().url());
        assertEquals("https://outlook-dod.office365.us", dod.exchange().url());
        Cloud china = catalog.find("china").orElseThrow();
        assertEquals("https://login.partner.microsoftonline.cn", china.authority());
        assertEquals("https://microsoftgraph.chinacloudapi.cn", china.graph().url());
        assertTrue(china.managementService().isEmpty(), "no Management Activity API is offered by 21Vianet");
        assertEquals("https://portal.azure.cn", china.azurePortal());
    }

    @Test
    void theExampleFromTheCustomCloudFormatParses() throws Exception {
        Cloud lab = CloudCatalog.readCustom(file("lab.json"));
        assertEquals("lab", lab.id());
        assertEquals("https://login.lab.example:8443", lab.authority());
        assertEquals("https://graph.lab.example", lab.graph().url());
        assertEquals("https://graph.microsoft.com/.default", lab.graph().defaultScope());
        assertEquals("https://outlook.office365.com/IMAP.AccessAsUser.All", lab.exchange().scope("IMAP.AccessAsUser.All"));
        assertEquals(TlsMode.STARTTLS, lab.smtp().tls());
        assertEquals(587, lab.smtp().port());
        assertEquals("https://login.lab.example:8443/contoso.onmicrosoft.com/oauth2/v2.0/token",
                lab.tokenEndpoint("contoso.onmicrosoft.com"));
    }

    @Test
    void unknownKeyIsRefusedWithFilePathAndLine() {
        CatalogLoadException e = assertThrows(CatalogLoadException.class, () -> CloudCatalog.readCustom(file("unknown-key.json")));
        assertEquals("$.graph.scope", e.jsonPath());
        assertEquals(5, e.line().orElseThrow());
        assertTrue(e.problem().summary().contains("unknown-key.json at $.graph.scope (line 5): unknown key 'scope'"),
                e.problem().summary());
    }

    @Test
    void missingAuthorityIsRefused() {
        CatalogLoadException e = assertThrows(CatalogLoadException.class, () -> CloudCatalog.readCustom(file("no-authority.json")));
        assertTrue(e.problem().summary().contains("missing required key 'authority'"), e.problem().summary());
    }

    @Test
    void absentServicesAreAllowed() throws Exception {
        Cloud c = CloudCatalog.readCustom(file("graph-only.json"));
        assertTrue(c.graphService().isPresent());
        assertFalse(c.exchangeService().isPresent());
        assertNull(c.imap());
        assertNull(c.entraAdminCenter());
    }

    @Test
    void authorityMustBeHttps() {
        CatalogLoadException e = assertThrows(CatalogLoadException.class, () -> CloudCatalog.readCustom(file("http-authority.json")));
        assertEquals("$.authority", e.jsonPath());
        assertEquals(4, e.line().orElseThrow());
    }

    @Test
    void portOutOfRangeIsRefused() {
        CatalogLoadException e = assertThrows(CatalogLoadException.class, () -> CloudCatalog.readCustom(file("bad-port.json")));
        assertTrue(e.problem().summary().contains("port out of range: 99999"), e.problem().summary());
    }

    @Test
    void duplicateCloudIdsAreRefused() throws Exception {
        byte[] json = java.nio.file.Files.readAllBytes(file("duplicate-ids.json"));
        CatalogLoadException e = assertThrows(CatalogLoadException.class, () -> CloudCatalog.load("clouds.json", json));
        assertEquals("$[1].id", e.jsonPath());
        assertEquals(3, e.line().orElseThrow());
    }

    @Test
    void missingFileIsAProblemNamingIt() {
        ProblemException e = assertThrows(ProblemException.class, () -> CloudCatalog.readCustom(Path.of("/nonexistent/lab.json")));
        assertEquals("The cloud file /nonexistent/lab.json does not exist.", e.problem().summary());
        assertEquals(List.of("the file was moved or renamed", "a typing error in the path"), e.problem().likelyCauses());
    }

    @Test
    void customCloudRoundTripsThroughJson() throws Exception {
        Cloud lab = CloudCatalog.readCustom(file("lab.json"));
        assertEquals(lab, CloudCatalog.parseCustom("x", CloudCatalog.toJson(lab).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private static Path file(String name) throws URISyntaxException {
        return Path.of(CloudCatalogTest.class.getResource("/clouds/" + name).toURI());
    }
}
