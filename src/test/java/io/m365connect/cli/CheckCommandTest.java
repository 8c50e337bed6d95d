package io.m365connect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.m365connect.core.practice.PracticeTenant.DemoCredential;
import io.m365connect.core.practice.PracticeTenant.LoggedRequest;
import io.m365connect.core.practice.PracticeTenant.PracticeFault;
import io.m365connect.sandbox.EmulatorPracticeTenant;
import io.m365connect.sandbox.StartedPracticeTenant;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code check} end to end: the CLI, MSAL4J tokens, the probes and the practice tenant. */
class CheckCommandTest {
    @RegisterExtension
    static final StartedPracticeTenant started = new StartedPracticeTenant("check-cli");
    private static final EmulatorPracticeTenant practice = started.tenant;

    @AfterEach
    void reset() {
        practice.reset();
        practice.clearRequestLog();
    }

    private static DemoCredential demo(String recipe) {
        return practice.demoCredentials().stream().filter(d -> recipe.equals(d.recipeId())).findFirst().orElseThrow();
    }

    private static CliRun check(String recipe, String... more) {
        List<String> args = new ArrayList<>(List.of("check", "--recipe", recipe, "--tenant", practice.tenantId(),
                "--cloud-file", practice.cloudFile().toString(), "--trust-ca", practice.caFile().toString()));
        args.addAll(List.of(more));
        return CliRun.run(args.toArray(String[]::new));
    }

    private static CliRun management(String... more) {
        DemoCredential d = demo("blink-o365-management-activity");
        List<String> args = new ArrayList<>(List.of("--client-id", d.clientId(), "--secret", "pass:" + d.secret()));
        args.addAll(List.of(more));
        return check("blink-o365-management-activity", args.toArray(String[]::new));
    }

    @Test
    void aPassingManagementCheckIsOneTokenAndOneGet() {
        CliRun r = management();
        assertEquals(0, r.exitCode(), r.err() + r.out());
        assertTrue(r.out().contains("Office 365 Management Activity API"), r.out());
        assertTrue(r.out().contains("All checks passed"), r.out());
        List<LoggedRequest> log = practice.requestLog();
        assertEquals(2, log.size(), log.toString());
        assertEquals("POST", log.get(0).method());
        assertEquals("GET", log.get(1).method());
    }

    @Test
    void aFailedCheckExitsOneAndNamesTheFirstLayerToFix() {
        practice.apply(new PracticeFault("no-subscription", ""));
        CliRun r = management();
        assertEquals(1, r.exitCode());
        assertTrue(r.out().contains("FAILED (subscription)"), r.out());
        assertTrue(r.out().contains("First thing to fix (Audit log and activity subscription)"), r.out());
    }

    @Test
    void jsonIsOneDocumentWithTheLayerAndTheFix() throws Exception {
        practice.apply(new PracticeFault("activity-feed-removed", ""));
        CliRun r = management("--json");
        assertEquals(1, r.exitCode());
        JsonNode doc = Json.MAPPER.readTree(r.out());
        assertFalse(doc.get("ok").asBoolean());
        assertEquals("permission", doc.get("findings").get(0).get("layer").asText());
        assertTrue(doc.get("findings").get(0).get("summary").asText().contains("ActivityFeed.Read"));
        JsonNode probe = doc.get("checks").get(2);
        assertEquals("failed", probe.get("result").asText());
        assertTrue(probe.get("reply").asText().contains("AF10001"));
        assertFalse(r.out().contains(demo("blink-o365-management-activity").secret()));
    }

    @Test
    void exchangeWithTheCertificateChecksTheAdminApi() {
        DemoCredential d = demo("blink-exchange-online");
        CliRun r = check("blink-exchange-online", "--client-id", d.clientId(), "--cert",
                practice.demoCertificateFile().toString(), "--key", practice.demoKeyFile().toString(),
                "--organization", practice.demoCredentials().get(0).tenantDomain());
        assertEquals(0, r.exitCode(), r.err() + r.out());
        assertTrue(r.out().contains("Exchange Online admin API"));
    }

    @Test
    void anUnknownRecipeIsAUsageErrorWithASuggestion() {
        CliRun r = check("blink-exchange-onlin", "--client-id", demo("blink-exchange-online").clientId(),
                "--secret", "pass:x");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("blink-exchange-online"), r.err());
    }

    @Test
    void withoutACredentialTheCheckSaysHowToSignIn() {
        CliRun r = check("blink-o365-management-activity", "--client-id",
                demo("blink-o365-management-activity").clientId());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("Choose how to sign in."), r.err());
    }

    @Test
    void explainKnowsTheManagementApisCodes() {
        CliRun r = CliRun.run("explain", "AF10001");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("AF10001"), r.out());
        assertTrue(r.out().contains("ActivityFeed.Read"), r.out());
    }

    @Test
    void aProfileGivesRecipeCloudTenantAndAppAndOptionsWinOverIt() throws Exception {
        DemoCredential d = demo("blink-o365-management-activity");
        io.m365connect.core.profile.SetupProfile profile = new io.m365connect.core.profile.SetupProfile(
                io.m365connect.core.profile.SetupProfile.FORMAT, io.m365connect.core.profile.SetupProfile.CURRENT_VERSION,
                "blink-o365-management-activity", practice.cloud().id(), practice.cloud(), practice.tenantId(),
                "00000000-0000-0000-0000-000000000001", java.util.Map.of(), null, null, null);
        Path file = Files.createTempDirectory("check-profile").resolve("mgmt.m365connect");
        io.m365connect.core.profile.ProfileStore.write(profile, file);
        CliRun r = CliRun.run("check", "--profile", file.toString(), "--client-id", d.clientId(), "--secret",
                "pass:" + d.secret(), "--trust-ca", practice.caFile().toString());
        assertEquals(0, r.exitCode(), r.err() + r.out());
        assertTrue(r.out().contains("All checks passed"), r.out());
    }
}
