package io.m365connect.core.handoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.m365connect.core.recipe.RecipeCatalog;
import io.m365connect.core.recipe.ResourceApp;
import io.m365connect.core.tenant.Cloud;
import io.m365connect.core.tenant.CloudCatalog;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConsentLinksTest {
    private static final CloudCatalog CLOUDS = CloudCatalog.loadBuiltIn();
    private static final RecipeCatalog RECIPES = RecipeCatalog.loadBuiltIn();
    private static final String TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    private static final String CLIENT = "11111111-2222-3333-4444-555555555555";

    @ParameterizedTest
    @CsvSource({
        "global,   https://login.microsoftonline.com",
        "gcc,      https://login.microsoftonline.com",
        "gcc-high, https://login.microsoftonline.us",
        "dod,      https://login.microsoftonline.us",
        "china,    https://login.partner.microsoftonline.cn"})
    void v1LinkUsesTheCloudsAuthority(String cloud, String authority) {
        assertEquals(authority + "/" + TENANT + "/adminconsent?client_id=" + CLIENT,
                ConsentLinks.adminConsent(cloud(cloud), TENANT, CLIENT).toString());
    }

    @ParameterizedTest
    @CsvSource({
        "global,   https://login.microsoftonline.com, https%3A%2F%2Fmanage.office.com%2F.default",
        "gcc,      https://login.microsoftonline.com, https%3A%2F%2Fmanage-gcc.office.com%2F.default",
        "gcc-high, https://login.microsoftonline.us,  https%3A%2F%2Fmanage.office365.us%2F.default",
        "dod,      https://login.microsoftonline.us,  https%3A%2F%2Fmanage.protection.apps.mil%2F.default"})
    void v2LinkPerResourceUsesTheCloudsTokenResource(String cloud, String authority, String scope) {
        var links = ConsentLinks.forRecipe(RECIPES.find("blink-o365-management-activity", cloud).orElseThrow(),
                cloud(cloud), "contoso.onmicrosoft.com", CLIENT);
        assertEquals(2, links.size());
        assertEquals(Optional.of(ResourceApp.MANAGEMENT), links.get(1).resource());
        assertEquals(authority + "/contoso.onmicrosoft.com/v2.0/adminconsent?client_id=" + CLIENT + "&scope=" + scope,
                links.get(1).uri().toString());
    }

    @Test
    void recipeWithTwoResourcesGetsTwoV2Links() {
        var links = ConsentLinks.forRecipe(RECIPES.find("iamcloud-exchange-online").orElseThrow(), cloud("global"),
                TENANT, CLIENT);
        assertEquals(List.of(Optional.empty(), Optional.of(ResourceApp.GRAPH), Optional.of(ResourceApp.EXCHANGE)),
                links.stream().map(ConsentLinks.ConsentLink::resource).toList());
        assertEquals("https://login.microsoftonline.com/" + TENANT + "/v2.0/adminconsent?client_id=" + CLIENT
                + "&scope=https%3A%2F%2Foutlook.office365.com%2F.default", links.get(2).uri().toString());
    }

    @Test
    void managementLinkIsLeftOutWhereTheCloudHasNoManagementApi() {
        var links = ConsentLinks.forRecipe(RECIPES.find("blink-o365-management-activity", "china").orElseThrow(),
                cloud("china"), TENANT, CLIENT);
        assertEquals(1, links.size(), "only the v1 link");
    }

    @Test
    void exchangeOnlineProtectionIsCoveredByTheV1LinkOnlyInGccHigh() {
        var links = ConsentLinks.forRecipe(RECIPES.find("blink-exchange-online", "gcc-high").orElseThrow(),
                cloud("gcc-high"), TENANT, CLIENT);
        assertEquals(List.of(Optional.empty(), Optional.of(ResourceApp.EXCHANGE)),
                links.stream().map(ConsentLinks.ConsentLink::resource).toList());
        assertEquals("https://login.microsoftonline.us/" + TENANT + "/v2.0/adminconsent?client_id=" + CLIENT
                + "&scope=https%3A%2F%2Foutlook.office365.us%2F.default", links.get(1).uri().toString());
    }

    @Test
    void customCloudLinksGoToItsAuthority() throws Exception {
        Cloud lab = CloudCatalog.parseCustom("lab", "{\"id\":\"lab\",\"displayName\":\"Lab\",\"authority\":\"https://login.lab.example:8443/\"}"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals("https://login.lab.example:8443/" + TENANT + "/adminconsent?client_id=" + CLIENT,
                ConsentLinks.adminConsent(lab, TENANT, CLIENT).toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"common", "organizations", "consumers", "", "contoso onmicrosoft.com"})
    void tenantMustBeOneTenant(String tenant) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ConsentLinks.adminConsent(cloud("global"), tenant, CLIENT));
        assertEquals("the tenant must be its ID (a GUID) or one of its domains, not '" + tenant + "'", e.getMessage());
    }

    @Test
    void clientIdMustBeAGuid() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ConsentLinks.adminConsent(cloud("global"), TENANT, "my-app"));
        assertEquals("the application (client) ID must be a GUID, not 'my-app'", e.getMessage());
    }

    private static Cloud cloud(String id) {
        return CLOUDS.find(id).orElseThrow();
    }
}
