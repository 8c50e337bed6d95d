package io.m365connect.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.m365connect.core.common.Cancellation;
import io.m365connect.core.diagnose.CheckReport;
import io.m365connect.core.diagnose.CheckRow;
import io.m365connect.core.diagnose.ConnectionCheck;
import io.m365connect.core.diagnose.Finding;
import io.m365connect.core.diagnose.GrantLine;
import io.m365connect.core.diagnose.GrantStatus;
import io.m365connect.core.diagnose.PortalFixLinks;
import io.m365connect.core.net.HttpSettings;
import io.m365connect.core.practice.PracticeTenant.LoggedRequest;
import io.m365connect.core.practice.PracticeTenant.PracticeFault;
import io.m365connect.core.probe.Layer;
import io.m365connect.core.probe.ProbeResult;
import io.m365connect.core.probe.ProbeTarget;
import io.m365connect.core.recipe.ChosenPermission;
import io.m365connect.core.recipe.PermissionType;
import io.m365connect.core.recipe.Recipe;
import io.m365connect.core.recipe.RecipeCatalog;
import io.m365connect.core.tenant.Cloud;
import io.m365connect.core.tenant.MailEndpoint;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The connection checks of the Blink Management Activity, Blink Exchange Online, IAM.cloud Exchange and Blink
 * Graph recipes, and of the custom Graph app with permissions a person chose, against the practice tenant: each
 * passes end to end, and each provoked fault is diagnosed at its layer with its fix. (The mail recipe runs with
 * GreenMail in {@link MailRecipeEndToEndTest}.)
 */
class ConnectionChecksEndToEndTest {
    static final RecipeCatalog RECIPES = RecipeCatalog.loadBuiltIn();
    static final String DOMAIN = "contosopractice.onmicrosoft.com";
    static PracticeHarness h;
    static PracticeTokens tokens;

    @BeforeAll
    static void start() throws Exception {
        h = new PracticeHarness();
        tokens = new PracticeTokens(h);
    }

    @AfterAll
    static void stop() {
        h.close();
    }

    @AfterEach
    void reset() {
        h.tenant.reset();
        h.tenant.clearRequestLog();
    }

    static String clientOf(String recipe) {
        return h.tenant.demoCredentials().stream().filter(d -> d.recipeId().equals(recipe)).findFirst().orElseThrow()
                .clientId();
    }

    static HttpSettings http() {
        return HttpSettings.defaults().withTrustedCas(List.of(h.tenant.caCertificate()));
    }

    /** The practice cloud as a custom cloud file would name it, with the Entra admin center for fix links. */
    static Cloud cloud(MailEndpoint imap, MailEndpoint pop3, MailEndpoint smtp) {
        Cloud c = h.tenant.cloud();
        return new Cloud(c.id(), c.displayName(), c.authority(), c.graph(), c.management(), c.exchange(), imap, pop3,
                smtp, "https://portal.azure.com", "https://entra.microsoft.com");
    }

    static CheckReport run(String recipeId, String probeTenant, ConnectionCheck.TokenSource source) {
        return run(RECIPES.find(recipeId).orElseThrow(), probeTenant, source);
    }

    static CheckReport run(Recipe recipe, String probeTenant, ConnectionCheck.TokenSource source) {
        Cloud cloud = cloud(null, null, null);
        ProbeTarget target = new ProbeTarget(cloud, probeTenant, clientOf(recipe.id()), Optional.of(DOMAIN),
                Optional.empty(), http());
        return new ConnectionCheck(recipe, target, new PortalFixLinks(cloud, probeTenant, clientOf(recipe.id())))
                .run(source, r -> { }, Cancellation.none());
    }

    void fault(String id) {
        h.tenant.apply(h.tenant.faults().stream().filter(f -> f.id().equals(id)).findFirst()
                .orElse(new PracticeFault(id, id)));
    }

    static Finding first(CheckReport r) {
        return r.diagnosis().first().orElseThrow(() -> new AssertionError("nothing diagnosed: " + r.rows()));
    }

    static ProbeResult result(CheckReport r, String title) {
        return r.rows().stream().filter(x -> x.title().equals(title)).findFirst().flatMap(CheckRow::result)
                .orElseThrow();
    }

    static GrantLine grant(CheckReport r, String name) {
        return r.grants().lines().stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow();
    }

    // --- Blink: Office 365 Management Activity (client secret) ---

    private static final String MGMT = "blink-o365-management-activity";

    private CheckReport mgmt(String probeTenant) {
        return run(MGMT, probeTenant, tokens.secret(DOMAIN, clientOf(MGMT), h.secretOf(MGMT)));
    }

    @Test
    void managementPassesWithExactlyTwoRequests() {
        CheckReport r = mgmt(h.tenant.tenantId());
        assertTrue(r.passed(), () -> r.diagnosis().findings().toString());
        List<LoggedRequest> log = h.tenant.requestLog();
        assertEquals(2, log.size(), log.toString());
        assertEquals("client_credentials", log.get(0).grantType());
        assertEquals("/api/v1.0/" + h.tenant.tenantId() + "/activity/feed/subscriptions/list", log.get(1).path());
        assertEquals(GrantStatus.MORE_THAN_NEEDED, grant(r, "ActivityFeed.ReadDlp").status());
    }

    @Test
    void managementWithoutActivityFeedReadIsAMissingPermission() {
        fault("activity-feed-removed");
        CheckReport r = mgmt(h.tenant.tenantId());
        Finding f = first(r);
        assertEquals(Layer.PERMISSION, f.layer());
        assertTrue(f.problem().summary().contains("ActivityFeed.Read"), f.problem().summary());
        assertTrue(f.links().stream().anyMatch(l -> l.url().contains("/v2.0/adminconsent?client_id=")));
        ProbeResult.Failed probe = (ProbeResult.Failed) result(r, "Office 365 Management Activity API");
        assertEquals(Layer.PERMISSION, probe.layer());
        assertTrue(probe.reply().contains("AF10001"));
    }

    @Test
    void managementWithAnotherTenantGuidInTheFormIsTheTenantLayer() {
        String typed = "0f6e1b4e-1111-4222-8333-944455556666";
        CheckReport r = mgmt(typed);
        Finding f = first(r);
        assertEquals(Layer.TENANT, f.layer());
        assertTrue(f.problem().fix().contains(h.tenant.tenantId()), f.problem().fix());
    }

    @Test
    void managementWithoutASubscriptionOffersTheStartRequest() {
        fault("no-subscription");
        CheckReport r = mgmt(h.tenant.tenantId());
        Finding f = first(r);
        assertEquals(Layer.SUBSCRIPTION, f.layer());
        assertTrue(f.problem().fix().contains("/activity/feed/subscriptions/start?contentType=Audit.General"));
        assertFalse(h.tenant.requestLog().stream().anyMatch(l -> l.path().endsWith("/subscriptions/start")));
    }

    @Test
    void managementWithAReplacedSecretIsTheCredentialLayer() {
        fault("secret-replaced");
        Finding f = first(mgmt(h.tenant.tenantId()));
        assertEquals(Layer.CREDENTIAL, f.layer());
        assertTrue(f.links().get(0).url().contains("/Credentials/"), f.links().toString());
    }

    // --- Blink: Exchange Online (certificate) ---

    private static final String EXO = "blink-exchange-online";

    private CheckReport exchange() {
        return run(EXO, DOMAIN, tokens.certificate(DOMAIN, clientOf(EXO)));
    }

    @Test
    void exchangePassesAndProvesTheRoleByTheCall() {
        CheckReport r = exchange();
        assertTrue(r.passed(), () -> r.diagnosis().findings().toString());
        ProbeResult.Passed p = (ProbeResult.Passed) result(r, "Exchange Online admin API");
        assertTrue(p.detail().contains(DOMAIN + " (default)"), p.detail());
        assertEquals(GrantStatus.GRANTED, grant(r, "Exchange Administrator").status());
        assertEquals(GrantStatus.MANUAL, grant(r, "Compliance Administrator").status());
        assertEquals(2, h.tenant.requestLog().size(), "one token, one cmdlet");
    }

    @Test
    void exchangeWithTheCertificateNotUploadedIsTheCertificateLayer() {
        fault("certificate-unregistered");
        Finding f = first(exchange());
        assertEquals(Layer.CERTIFICATE, f.layer());
        assertTrue(f.links().get(0).url().contains("/Credentials/"));
    }

    @Test
    void exchangeWithoutManageAsAppIsTheMissingPermission() {
        fault("exchange-permission-removed");
        CheckReport r = exchange();
        Finding f = first(r);
        assertEquals(Layer.PERMISSION, f.layer());
        assertTrue(f.problem().summary().contains("Exchange.ManageAsApp"), f.problem().summary());
        ProbeResult.Failed probe = (ProbeResult.Failed) result(r, "Exchange Online admin API");
        assertTrue(probe.problem().summary().contains("permission Exchange.ManageAsApp missing"));
    }

    @Test
    void exchangeWithoutTheAdministratorRoleIsTheDirectoryRoleWithTheLinesToAssignIt() {
        fault("exchange-role-removed");
        CheckReport r = exchange();
        Finding f = first(r);
        assertEquals(Layer.DIRECTORY_ROLE, f.layer());
        assertEquals(GrantStatus.MISSING, grant(r, "Exchange Administrator").status());
        assertTrue(f.linesToRun().stream().anyMatch(l -> l.contains("29232cdf-9323-42fd-ade2-1d097af3e4de")));
        assertEquals(GrantStatus.MANUAL, grant(r, "Compliance Administrator").status());
    }

    // --- IAM.cloud: Exchange Online (certificate; Graph and Exchange tokens) ---

    private static final String IAM = "iamcloud-exchange-online";

    private CheckReport iam() {
        return run(IAM, DOMAIN, tokens.certificate(DOMAIN, clientOf(IAM)));
    }

    @Test
    void iamCloudPassesWithATokenForGraphAndOneForExchange() {
        CheckReport r = iam();
        assertTrue(r.passed(), () -> r.diagnosis().findings().toString());
        assertEquals(List.of("client_credentials", "client_credentials"), h.tenant.requestLog().stream()
                .map(LoggedRequest::grantType).filter(g -> g != null && !g.isEmpty()).toList());
        assertEquals(GrantStatus.MANUAL, grant(r, "User.Read").status());
        assertEquals(GrantStatus.GRANTED, grant(r, "Exchange.ManageAsApp").status());
        assertEquals(3, h.tenant.requestLog().size(), "two tokens, one cmdlet");
    }

    @Test
    void iamCloudWithoutAdminConsentIsTheConsentLayerForBothResources() {
        fault("consent-removed");
        CheckReport r = iam();
        assertEquals(Layer.CONSENT, first(r).layer());
        assertEquals(2, r.diagnosis().findings().stream().filter(f -> f.layer() == Layer.CONSENT).count());
    }

    @Test
    void iamCloudWithTheAppDeletedIsTheAppLayer() {
        fault("app-deleted");
        Finding f = first(iam());
        assertEquals(Layer.APP, f.layer());
        assertTrue(f.links().get(0).url().contains("entra.microsoft.com"), f.links().toString());
    }

    @Test
    void iamCloudWithoutTheExchangeRoleIsTheDirectoryRole() {
        fault("exchange-role-removed");
        assertEquals(Layer.DIRECTORY_ROLE, first(iam()).layer());
    }

    // --- Blink: Microsoft Graph (client secret) ---

    private static final String GRAPH = "blink-microsoft-graph";

    private CheckReport graph(String tenant) {
        return run(GRAPH, tenant, tokens.secret(tenant, clientOf(GRAPH), h.secretOf(GRAPH)));
    }

    @Test
    void graphPassesWithOneGetChosenFromTheGrantedPermissions() {
        CheckReport r = graph(DOMAIN);
        assertTrue(r.passed(), () -> r.diagnosis().findings().toString());
        assertEquals(2, h.tenant.requestLog().size());
        assertTrue(h.tenant.requestLog().get(1).path().startsWith("/v1.0/"), h.tenant.requestLog().toString());
    }

    @Test
    void graphWithAnExpiredSecretIsTheCredentialLayer() {
        fault("secret-expired");
        CheckReport r = graph(DOMAIN);
        assertEquals(Layer.CREDENTIAL, first(r).layer());
        assertTrue(result(r, "Microsoft Graph") instanceof ProbeResult.Skipped);
    }

    @Test
    void graphWithoutAdminConsentIsTheConsentLayer() {
        fault("consent-removed");
        CheckReport r = graph(DOMAIN);
        assertEquals(Layer.CONSENT, first(r).layer());
        assertEquals(Layer.CONSENT, ((ProbeResult.Failed) result(r, "Microsoft Graph")).layer());
    }

    @Test
    void graphWithAnUnknownTenantIsTheTenantLayer() {
        assertEquals(Layer.TENANT, first(graph("contoso-typo.onmicrosoft.com")).layer());
    }

    // --- Custom Graph app: the permissions the person chose (client secret, or a user's sign-in) ---

    private static final String CUSTOM = "custom-graph";

    private static CheckReport custom(ConnectionCheck.TokenSource source, String... chosen) {
        try {
            List<ChosenPermission> choice = new java.util.ArrayList<>();
            for (String c : chosen) {
                choice.add(ChosenPermission.parse(c, PermissionType.APPLICATION));
            }
            return run(RECIPES.effective(CUSTOM, h.tenant.cloud().id(), choice), DOMAIN, source);
        } catch (io.m365connect.core.common.ProblemException e) {
            throw new AssertionError(e.problem().oneLine(), e);
        }
    }

    private static CheckReport customApp(String... chosen) {
        return custom(tokens.secret(DOMAIN, clientOf(CUSTOM), h.secretOf(CUSTOM)), chosen);
    }

    @Test
    void customGraphWithChosenUserReadAllPassesAndItsGetUsesTheChoice() {
        CheckReport r = customApp("User.Read.All", "User.Read:delegated");
        assertTrue(r.passed(), () -> r.diagnosis().findings().toString());
        assertEquals(GrantStatus.GRANTED, grant(r, "User.Read.All").status());
        assertEquals(GrantStatus.MANUAL, grant(r, "User.Read").status(), "a delegated choice is not in an app token");
        assertEquals("/v1.0/users", h.tenant.requestLog().get(1).path(), "the GET the chosen permission allows");
        assertEquals(GrantStatus.MORE_THAN_NEEDED, grant(r, "Organization.Read.All").status(), "granted, not chosen");
    }

    @Test
    void aChosenPermissionTheAppDoesNotHoldIsThePermissionLayerByName() {
        CheckReport r = customApp("User.Read.All", "Mail.Send");
        assertFalse(r.passed());
        Finding f = first(r);
        assertEquals(Layer.PERMISSION, f.layer());
        assertEquals("Permission missing for Microsoft Graph: Mail.Send.", f.problem().summary());
        assertEquals(GrantStatus.MISSING, grant(r, "Mail.Send").status());
        assertEquals(GrantStatus.GRANTED, grant(r, "User.Read.All").status());
    }

    @Test
    void aChosenPermissionWhoseGrantWasTakenAwayIsDiagnosed() {
        h.tenant.change(t -> t.withApp(clientOf(CUSTOM), a -> a.withoutApplicationRoles(Set.of("User.Read.All"))));
        CheckReport r = customApp("User.Read.All");
        assertEquals(Layer.PERMISSION, first(r).layer());
        assertEquals("Permission missing for Microsoft Graph: User.Read.All.", first(r).problem().summary());
    }

    @Test
    void withoutAdminConsentTheChosenPermissionsAreTheConsentLayer() {
        h.tenant.change(t -> t.withApp(clientOf(CUSTOM), a -> a.withConsent(false)));
        CheckReport r = customApp("User.Read.All");
        Finding f = first(r);
        assertEquals(Layer.CONSENT, f.layer());
        assertEquals("Admin consent is missing: the Microsoft Graph token carries no permission.",
                f.problem().summary());
        assertTrue(f.links().get(0).url().contains("/v2.0/adminconsent?client_id=" + clientOf(CUSTOM)),
                f.links().toString());
    }

    @Test
    void aChosenDelegatedPermissionNotConsentedForTheUserIsTheConsentLayer() {
        CheckReport r = custom(tokens.password(DOMAIN, clientOf(CUSTOM), PracticeHarness.ADMIN,
                PracticeHarness.ADMIN_PASSWORD), "User.Read:delegated", "Mail.Send:delegated");
        Finding f = first(r);
        assertEquals(Layer.CONSENT, f.layer());
        assertEquals("Not consented for Microsoft Graph: Mail.Send.", f.problem().summary());
        assertEquals(GrantStatus.GRANTED, grant(r, "User.Read").status());
    }
}
