package io.m365connect.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.m365connect.core.profile.ProfileStore;
import io.m365connect.core.recipe.RecipeCatalog;
import io.m365connect.core.tenant.CloudCatalog;
import io.m365connect.ui.TestRecipes;
import io.m365connect.ui.common.Link;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The links against the real recipe and cloud catalogs. */
class PortalPagesTest {
    private static final CloudCatalog CLOUDS = CloudCatalog.loadBuiltIn();
    private static final RecipeCatalog RECIPES = RecipeCatalog.loadBuiltIn(CLOUDS);
    @TempDir
    Path home;
    WizardSession session;

    @BeforeEach
    void setUp() {
        session = new WizardSession(RECIPES::all, CLOUDS.all(), new QueuedExecutor(), new ProfileStore(home));
    }

    private static List<String> labels(List<Link> links) {
        return links.stream().map(Link::label).toList();
    }

    @Test
    void registrationLinksBeforeAnythingIsEntered() {
        assertEquals(List.of(
                new Link("App registrations", "https://entra.microsoft.com/#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade"),
                new Link("Register a new app", "https://entra.microsoft.com/#view/Microsoft_AAD_RegisteredApps/"
                        + "CreateApplicationBlade/quickStartType~/null/isMSAApp~/false")),
                PortalPages.registration().linksFor(session));
    }

    @Test
    void registrationLinksOpenInTheTenantAndForTheApp() {
        session.tenantProperty().set("{" + TestRecipes.TENANT + "}");
        session.clientIdProperty().set(TestRecipes.APP);
        List<Link> links = PortalPages.registration().linksFor(session);
        assertEquals(List.of("App registrations", "Register a new app", "This app: Overview",
                "This app: Certificates & secrets", "This app: Authentication"), labels(links));
        assertEquals("https://entra.microsoft.com/" + TestRecipes.TENANT + "/#view/Microsoft_AAD_RegisteredApps/"
                + "ApplicationMenuBlade/~/Overview/appId/" + TestRecipes.APP, links.get(2).url());
    }

    @Test
    void consentLinksNeedRecipeTenantAndApp() {
        session.chooseRecipe("blink-o365-management-activity");
        session.tenantProperty().set("contoso.onmicrosoft.com");
        assertEquals(List.of(), PortalPages.consent().linksFor(session));
        session.clientIdProperty().set(TestRecipes.APP);
        List<Link> links = PortalPages.consent().linksFor(session);
        assertEquals("Grant admin consent (all permissions, v1)", links.get(0).label());
        assertEquals("https://login.microsoftonline.com/contoso.onmicrosoft.com/adminconsent?client_id=" + TestRecipes.APP,
                links.get(0).url());
        assertTrue(labels(links).contains("Grant admin consent: Office 365 Management APIs (v2)"), labels(links).toString());
    }

    @Test
    void noConsentLinksWhenClientIdIsTheTenantId() {
        session.chooseRecipe("blink-microsoft-graph");
        session.tenantProperty().set(TestRecipes.TENANT);
        session.clientIdProperty().set(TestRecipes.TENANT);
        assertEquals(List.of(), PortalPages.consent().linksFor(session));
    }

    @Test
    void permissionLinksNameEachRoleAndFollowTheCloud() {
        session.cloudProperty().set(CLOUDS.find("gcc-high").orElseThrow());
        session.chooseRecipe("blink-exchange-online");
        session.clientIdProperty().set(TestRecipes.APP);
        List<Link> links = PortalPages.permissions().linksFor(session);
        assertTrue(labels(links).containsAll(List.of("This app: API permissions", "Enterprise applications",
                "Who holds Exchange Administrator", "Who holds Compliance Administrator", "Roles and administrators")),
                labels(links).toString());
        assertTrue(links.stream().allMatch(l -> l.url().startsWith("https://entra.microsoft.us/#view/")));
    }

    @Test
    void changingTheCloudResolvesTheSameRecipeForThatCloud() {
        session.chooseRecipe("blink-exchange-online");
        session.cloudProperty().set(CLOUDS.find("gcc-high").orElseThrow());
        assertEquals(RECIPES.find("blink-exchange-online", "gcc-high"), session.recipe());
    }
}
