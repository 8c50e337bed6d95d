package io.m365connect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.m365connect.core.practice.PracticeTenant.DemoCredential;
import io.m365connect.core.profile.ProfileStore;
import io.m365connect.core.profile.SetupProfile;
import io.m365connect.core.recipe.ChosenPermission;
import io.m365connect.core.recipe.PermissionType;
import io.m365connect.sandbox.EmulatorPracticeTenant;
import io.m365connect.sandbox.StartedPracticeTenant;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code check} and {@code handoff} with {@code --permission} for the custom Graph app, against the practice tenant. */
class PermissionOptionTest {
    @RegisterExtension
    static final StartedPracticeTenant started = new StartedPracticeTenant("permission-cli");
    private static final EmulatorPracticeTenant practice = started.tenant;
    private static DemoCredential demo;

    @TempDir
    Path dir;

    @BeforeAll
    static void setUp() {
        demo = practice.demoCredentials().stream().filter(d -> "custom-graph".equals(d.recipeId())).findFirst()
                .orElseThrow();
    }

    @AfterEach
    void reset() {
        practice.reset();
        practice.clearRequestLog();
    }

    private static List<String> args(String command, String recipe, String... more) {
        List<String> args = new ArrayList<>(List.of(command, "--recipe", recipe, "--tenant", practice.tenantId(),
                "--cloud-file", practice.cloudFile().toString(), "--trust-ca", practice.caFile().toString(),
                "--client-id", demo.clientId(), "--secret", "pass:" + demo.secret()));
        args.addAll(List.of(more));
        return args;
    }

    private static CliRun check(String... more) {
        return CliRun.run(args("check", "custom-graph", more).toArray(String[]::new));
    }

    @Test
    void aChosenPermissionTheAppHoldsPasses() throws Exception {
        CliRun r = check("--permission", "User.Read.All", "--json");
        assertEquals(0, r.exitCode(), r.err() + r.out());
        JsonNode grant = Json.MAPPER.readTree(r.out()).get("grants").get(0);
        assertEquals("User.Read.All", grant.get("name").asText());
        assertEquals("granted", grant.get("status").asText());
        assertFalse(r.err().contains("no permissions chosen"), r.err());
    }

    @Test
    void aChosenPermissionTheAppLacksFailsAtThePermissionLayer() throws Exception {
        CliRun r = check("--permission", "User.Read.All:application", "--permission", "Mail.Send", "--json");
        assertEquals(1, r.exitCode(), r.err() + r.out());
        JsonNode finding = Json.MAPPER.readTree(r.out()).get("findings").get(0);
        assertEquals("permission", finding.get("layer").asText());
        assertEquals("Permission missing for Microsoft Graph: Mail.Send.", finding.get("summary").asText());
    }

    @Test
    void withoutConsentTheChosenPermissionIsTheConsentLayer() {
        practice.change(t -> t.withApp(demo.clientId(), a -> a.withConsent(false)));
        CliRun r = check("--permission", "User.Read.All");
        assertEquals(1, r.exitCode(), r.err() + r.out());
        assertTrue(r.out().contains("First thing to fix (Admin consent)"), r.out());
    }

    @Test
    void anUnknownPermissionIsAUsageErrorWithTheClosestName() {
        CliRun r = check("--permission", "User.Reed.All");
        assertEquals(2, r.exitCode(), r.err() + r.out());
        assertTrue(r.err().contains("'User.Reed.All' is not a Microsoft Graph permission this app knows. Did you mean "
                + "'User.Read.All'?"), r.err());
        assertTrue(practice.requestLog().isEmpty(), "nothing goes on the network with bad input");
    }

    @Test
    void aDelegatedOnlyPermissionForAnAppRunningAloneIsAUsageError() {
        CliRun r = check("--permission", "User.Read");
        assertEquals(2, r.exitCode(), r.err() + r.out());
        assertTrue(r.err().contains("'User.Read' exists only as a delegated permission of Microsoft Graph, not as an "
                + "application one."), r.err());
        assertTrue(r.err().contains("User.Read:delegated"), r.err());
    }

    @Test
    void aTypeThatIsNeitherApplicationNorDelegatedIsAUsageError() throws Exception {
        CliRun r = check("--permission", "User.Read.All:app", "--json");
        assertEquals(2, r.exitCode(), r.err() + r.out());
        assertTrue(Json.MAPPER.readTree(r.out()).toString().contains("after the ':' comes application or delegated"),
                r.out());
    }

    @Test
    void aRecipeWithItsOwnListRefusesChosenPermissions() {
        CliRun r = CliRun.run(args("check", "blink-microsoft-graph", "--permission", "User.Read.All")
                .toArray(String[]::new));
        assertEquals(2, r.exitCode(), r.err() + r.out());
        assertTrue(r.err().contains("come from its guide; they cannot be chosen"), r.err());
    }

    @Test
    void withoutAChoiceTheCheckSaysNoneAreChecked() {
        CliRun r = check();
        assertTrue(r.err().contains("Note: no permissions chosen for Custom Microsoft Graph app, so none are checked; "
                + "name them with --permission NAME[:application|delegated]."), r.err());
    }

    @Test
    void aProfileCarriesTheChoiceAndPermissionOptionsWinOverIt() throws Exception {
        SetupProfile profile = new SetupProfile(SetupProfile.FORMAT, SetupProfile.CURRENT_VERSION, "custom-graph",
                practice.cloud().id(), practice.cloud(), practice.tenantId(), demo.clientId(), Map.of(),
                null, null, null, List.of(ChosenPermission.graph("Mail.Send", PermissionType.APPLICATION)));
        Path file = dir.resolve("custom.m365connect");
        ProfileStore.write(profile, file);
        List<String> base = List.of("check", "--profile", file.toString(), "--secret", "pass:" + demo.secret(),
                "--trust-ca", practice.caFile().toString());
        CliRun fromProfile = CliRun.run(base.toArray(String[]::new));
        assertEquals(1, fromProfile.exitCode(), fromProfile.err() + fromProfile.out());
        assertTrue(fromProfile.out().contains("Permission missing for Microsoft Graph: Mail.Send."), fromProfile.out());
        List<String> overridden = new ArrayList<>(base);
        overridden.addAll(List.of("--permission", "User.Read.All"));
        CliRun withOption = CliRun.run(overridden.toArray(String[]::new));
        assertEquals(0, withOption.exitCode(), withOption.err() + withOption.out());
    }

    @Test
    void recipesShowSaysThePersonChoosesAndHow() {
        CliRun r = CliRun.run("recipes", "show", "custom-graph");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().replace("\r\n", "\n").contains("Permissions (0):\n  You choose them for your system: on the wizard's Permissions "
                + "page, or with --permission NAME[:application|delegated] for check and handoff."), r.out());
    }

    @Test
    void handoffListsTheChosenPermissionsInFieldsAndReport() throws Exception {
        Path out = dir.resolve("out");
        CliRun r = CliRun.run(args("handoff", "custom-graph", "--permission", "User.Read.All", "--out", out.toString())
                .toArray(String[]::new));
        assertEquals(0, r.exitCode(), r.err() + r.out());
        JsonNode fields = Json.MAPPER.readTree(Files.readString(out.resolve("fields.json")));
        assertEquals("User.Read.All (application)", fields.at("/fields/Permissions").asText());
        JsonNode report = Json.MAPPER.readTree(Files.readString(out.resolve("report.json")));
        assertEquals("User.Read.All", report.at("/checklist/0/name").asText());
        assertEquals("granted", report.at("/checklist/0/status").asText());
        assertTrue(Files.readString(out.resolve("report.html")).contains("User.Read.All"));
        assertTrue(Files.readString(out.resolve("manifest-requiredResourceAccess.json"))
                .contains("df021288-bdef-4463-88db-98f22de89214"), "the manifest asks for the chosen permission");
    }
}
