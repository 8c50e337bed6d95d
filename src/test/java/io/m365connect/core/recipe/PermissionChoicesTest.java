package io.m365connect.core.recipe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.m365connect.core.common.Problem;
import io.m365connect.core.common.ProblemException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The permissions a person chooses for the generic Graph recipe: checked against the catalog, resolved to GUIDs. */
class PermissionChoicesTest {
    static final RecipeCatalog RECIPES = RecipeCatalog.loadBuiltIn();
    static final PermissionCatalog CATALOG = RECIPES.permissions();
    static final Recipe CUSTOM = RECIPES.find("custom-graph").orElseThrow();

    static ChosenPermission app(String name) {
        return ChosenPermission.graph(name, PermissionType.APPLICATION);
    }

    static ChosenPermission delegated(String name) {
        return ChosenPermission.graph(name, PermissionType.DELEGATED);
    }

    private static Problem refused(Recipe recipe, ChosenPermission c) {
        Problem p = PermissionChoices.problem(recipe, c, CATALOG).orElseThrow();
        ProblemException e = assertThrows(ProblemException.class,
                () -> PermissionChoices.apply(recipe, List.of(c), CATALOG, "global"));
        assertEquals(p, e.problem(), "apply refuses with the same problem");
        return p;
    }

    @Test
    void chosenApplicationPermissionGetsItsGuidAndItsDescription() throws Exception {
        Recipe r = RECIPES.effective("custom-graph", "global", List.of(app("User.Read.All")));
        PermissionRequirement p = r.permissions().get(0);
        assertEquals(ResourceApp.GRAPH, p.resource());
        assertEquals("df021288-bdef-4463-88db-98f22de89214", p.id());
        assertEquals(PermissionType.APPLICATION, p.type());
        assertEquals(Privilege.CHOSEN, p.privilege());
        assertTrue(p.required());
        assertEquals("Read all users' full profiles", p.why());
        assertEquals(List.of(ResourceApp.GRAPH), r.resources());
        assertTrue(r.permissionsSelectable());
    }

    @Test
    void delegatedChoiceTakesTheScopeGuid() throws Exception {
        Recipe r = PermissionChoices.apply(CUSTOM, List.of(delegated("User.Read"), delegated("Mail.Send")), CATALOG,
                "global");
        assertEquals(List.of("e1fe6dd8-ba31-4d61-89e7-88639da4683d", "e383f46e-2787-4529-855e-0e479a3ffac0"),
                r.permissions().stream().map(PermissionRequirement::id).toList());
        assertEquals("Sign in and read user profile", r.permissions().get(0).why());
    }

    @Test
    void namesAreMatchedWithoutRegardToCaseAndCountOnce() throws Exception {
        Recipe r = PermissionChoices.apply(CUSTOM, List.of(app("user.read.all"), app("User.Read.All"),
                delegated("User.Read.All")), CATALOG, "global");
        assertEquals(List.of("User.Read.All:application", "User.Read.All:delegated"), r.permissions().stream()
                .map(p -> p.name() + ":" + p.type().id()).toList());
        assertEquals(app("User.Read.All"), PermissionChoices.spelledAsCatalog(CATALOG, app("uSER.read.ALL")));
    }

    @Test
    void noChoiceLeavesTheRecipeAsItIs() throws Exception {
        assertSame(CUSTOM, PermissionChoices.apply(CUSTOM, List.of(), CATALOG, "global"));
        assertEquals(List.of(), CUSTOM.permissions());
    }

    @Test
    void unknownPermissionIsRefusedWithTheClosestName() {
        Problem p = refused(CUSTOM, app("User.Reed.All"));
        assertEquals("'User.Reed.All' is not a Microsoft Graph permission this app knows. Did you mean 'User.Read.All'?",
                p.summary());
        assertEquals("Write the name as the portal's API permissions page shows it; the wizard's Permissions page "
                + "lists every Microsoft Graph permission this app knows.", p.fix());
        assertEquals(List.of("a typing error", "a permission newer than this version of M365 Connect"),
                p.likelyCauses());
    }

    @Test
    void delegatedOnlyPermissionAsApplicationIsRefused() {
        Problem p = refused(CUSTOM, app("User.Read"));
        assertEquals("'User.Read' exists only as a delegated permission of Microsoft Graph, not as an application one.",
                p.summary());
        assertEquals("An app that runs alone (secret or certificate) cannot hold it. Choose it as delegated "
                + "(User.Read:delegated) for an app a person signs in to, or choose an application permission. "
                + "Catalog note: Delegated only.", p.fix());
    }

    @Test
    void applicationOnlyPermissionAsDelegatedIsRefused() {
        Problem p = refused(CUSTOM, delegated("Calendars.ReadBasic.All"));
        assertEquals("'Calendars.ReadBasic.All' exists only as an application permission of Microsoft Graph, not as a "
                + "delegated one.", p.summary());
        assertTrue(p.fix().startsWith("A person's sign-in cannot carry it. Choose it as application "
                + "(Calendars.ReadBasic.All:application)"), p.fix());
    }

    @Test
    void aRecipeWithItsOwnListAcceptsNoChoice() {
        Recipe fixed = RECIPES.find("blink-microsoft-graph").orElseThrow();
        Problem p = refused(fixed, app("User.Read.All"));
        assertEquals("The permissions of " + fixed.title() + " come from its guide; they cannot be chosen "
                + "(User.Read.All:application was).", p.summary());
    }

    @Test
    void narrowerPermissionsFollowGraphNaming() {
        PermissionCatalog.Entry mail = CATALOG.entry(ResourceApp.GRAPH, "Mail.ReadWrite").orElseThrow();
        assertEquals(List.of("Mail.Read", "Mail.ReadBasic"),
                PermissionChoices.narrower(CATALOG, mail, PermissionType.APPLICATION));
        PermissionCatalog.Entry users = CATALOG.entry(ResourceApp.GRAPH, "User.ReadWrite.All").orElseThrow();
        assertEquals(List.of("User.Read.All", "User.ReadBasic.All"),
                PermissionChoices.narrower(CATALOG, users, PermissionType.APPLICATION));
        PermissionCatalog.Entry selected = CATALOG.entry(ResourceApp.GRAPH, "Sites.Selected").orElseThrow();
        assertEquals(List.of(), PermissionChoices.narrower(CATALOG, selected, PermissionType.APPLICATION));
    }

    private static List<String> search(String query, PermissionType type) {
        return PermissionChoices.search(CATALOG, ResourceApp.GRAPH, query, type).stream()
                .map(PermissionCatalog.Entry::name).toList();
    }

    @Test
    void searchMatchesEveryWordInNameOrDescription() {
        List<String> found = search("read ALL users", PermissionType.APPLICATION);
        assertTrue(found.containsAll(List.of("User.Read.All", "User.ReadBasic.All")), found.toString());
        assertTrue(!found.contains("Mail.Send"), found.toString());
        assertEquals(List.of("Mail.Send", "Mail.Send.Shared"), search("mail.send", PermissionType.APPLICATION));
        assertEquals(77, search("  ", PermissionType.DELEGATED).size());
        assertEquals(77, CATALOG.entries(ResourceApp.GRAPH).size());
    }

    @Test
    void searchReadsTheDescriptionOfTheKindBeingChosen() {
        assertTrue(search("read user mail", PermissionType.DELEGATED).contains("Mail.Read"), "\"Read user mail\"");
        assertTrue(!search("read user mail", PermissionType.APPLICATION).contains("Mail.Read"),
                "as application it reads \"Read mail in all mailboxes\"");
        assertTrue(search("mail in all mailboxes", PermissionType.APPLICATION).contains("Mail.Read"));
        assertTrue(search("sign in and read user profile", PermissionType.APPLICATION).contains("User.Read"),
                "a delegated-only permission is found by its own words");
    }

    @Test
    void everyGraphPermissionHasADescriptionForEachTypeItExistsAs() {
        for (PermissionCatalog.Entry e : CATALOG.entries(ResourceApp.GRAPH)) {
            for (PermissionType t : PermissionType.values()) {
                assertEquals(e.offers(t), !e.description(t).isEmpty(), e.name() + " as " + t.id());
            }
        }
    }

    @Test
    void commandLineSpellingReadsNameAndType() throws Exception {
        assertEquals(app("User.Read.All"), ChosenPermission.parse(" User.Read.All ", PermissionType.APPLICATION));
        assertEquals(delegated("User.Read.All"), ChosenPermission.parse("User.Read.All", PermissionType.DELEGATED));
        assertEquals(delegated("Mail.Send"), ChosenPermission.parse("Mail.Send:Delegated", PermissionType.APPLICATION));
        assertEquals("Mail.Send:application", app("Mail.Send").spelled());
    }

    @Test
    void commandLineSpellingWithAWrongTypeSaysWhatFits() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> ChosenPermission.parse("Mail.Send:app", PermissionType.APPLICATION));
        assertEquals("'Mail.Send:app': after the ':' comes application or delegated, not 'app'.", e.problem().summary());
        assertEquals("Write Mail.Send:application for an app that runs alone (secret or certificate), or "
                + "Mail.Send:delegated for an app a person signs in to.", e.problem().fix());
        ProblemException empty = assertThrows(ProblemException.class,
                () -> ChosenPermission.parse(":application", PermissionType.APPLICATION));
        assertEquals("':application' names no permission.", empty.problem().summary());
    }

    @Test
    void theCredentialDecidesTheDefaultType() {
        assertEquals(PermissionType.APPLICATION, PermissionType.forCredential(CredentialKind.SECRET));
        assertEquals(PermissionType.APPLICATION, PermissionType.forCredential(CredentialKind.CERTIFICATE));
        assertEquals(PermissionType.DELEGATED, PermissionType.forCredential(CredentialKind.INTERACTIVE));
        assertEquals(PermissionType.DELEGATED, PermissionType.forCredential(CredentialKind.DEVICE_CODE));
        assertEquals(PermissionType.DELEGATED, PermissionType.forCredential(CredentialKind.ROPC));
    }
}
