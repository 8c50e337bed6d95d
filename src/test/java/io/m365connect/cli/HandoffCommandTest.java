package io.m365connect.cli;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import io.m365connect.core.cert.Openssl;
import io.m365connect.core.practice.PracticeTenant.DemoCredential;
import io.m365connect.core.practice.PracticeTenant.PracticeFault;
import io.m365connect.sandbox.EmulatorPracticeTenant;
import io.m365connect.sandbox.StartedPracticeTenant;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code handoff} end to end against the practice tenant: check, then the folder the target is given. */
class HandoffCommandTest {
    @RegisterExtension
    static final StartedPracticeTenant started = new StartedPracticeTenant("handoff-cli");
    private static final EmulatorPracticeTenant practice = started.tenant;

    @TempDir
    Path dir;

    @AfterEach
    void reset() {
        practice.reset();
    }

    private static DemoCredential demo(String recipe) {
        return practice.demoCredentials().stream().filter(d -> recipe.equals(d.recipeId())).findFirst().orElseThrow();
    }

    private CliRun handoff(String recipe, Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("handoff", "--recipe", recipe, "--tenant", practice.tenantId(),
                "--client-id", demo(recipe).clientId(), "--cloud-file", practice.cloudFile().toString(),
                "--trust-ca", practice.caFile().toString(), "--out", out.toString()));
        args.addAll(List.of(more));
        return CliRun.run(args.toArray(String[]::new));
    }

    private CliRun graph(Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("--secret", "pass:" + demo("blink-microsoft-graph").secret()));
        args.addAll(List.of(more));
        return handoff("blink-microsoft-graph", out, args.toArray(String[]::new));
    }

    private static List<String> names(Path out) throws Exception {
        try (Stream<Path> s = Files.list(out)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aPassingCheckWritesTheFolderAndExitsZeroWithoutTheSecretAnywhere() throws Exception {
        Path out = dir.resolve("graph");
        CliRun r = graph(out);
        assertEquals(0, r.exitCode(), r.err() + r.out());
        assertEquals(List.of("fields.json", "links.txt", "manifest-requiredResourceAccess.json", "report.html",
                "report.json", "add-permissions.az.sh").stream().sorted().toList(), names(out));
        JsonNode fields = Json.MAPPER.readTree(Files.readString(out.resolve("fields.json")));
        assertEquals(demo("blink-microsoft-graph").clientId(), fields.at("/fields/Client ID").asText());
        assertEquals(practice.tenantId(), fields.at("/fields/Tenant ID").asText());
        assertEquals("Client Secret", fields.at("/withheld/0").asText());
        JsonNode report = Json.MAPPER.readTree(Files.readString(out.resolve("report.json")));
        assertTrue(report.get("allPassed").asBoolean(), report.toString());
        assertTrue(report.get("checks").size() >= 2);
        String secret = demo("blink-microsoft-graph").secret();
        for (String text : List.of(r.out(), r.err(), Files.readString(out.resolve("report.html")),
                report.toString(), Files.readString(out.resolve("fields.json")))) {
            assertFalse(text.contains(secret) || text.contains(Base64.getEncoder().encodeToString(secret.getBytes())));
        }
    }

    @Test
    void aFailedCheckStillWritesAndExitsOne() throws Exception {
        practice.apply(new PracticeFault("consent-removed", ""));
        Path out = dir.resolve("failed");
        CliRun r = graph(out);
        assertEquals(1, r.exitCode(), r.err() + r.out());
        JsonNode report = Json.MAPPER.readTree(Files.readString(out.resolve("report.json")));
        assertFalse(report.get("allPassed").asBoolean());
        assertFalse(report.get("fixes").isEmpty(), report.toString());
    }

    @Test
    void includeSecretsPutsTheSecretIntoAnOwnerOnlyFieldsFile() throws Exception {
        Path out = dir.resolve("with-secrets");
        assertEquals(0, graph(out, "--include-secrets").exitCode());
        assertEquals(demo("blink-microsoft-graph").secret(),
                Json.MAPPER.readTree(Files.readString(out.resolve("fields.json"))).at("/fields/Client Secret").asText());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve("fields.json"))));
    }

    @Test
    void iamCloudGetsAPfxWhosePasswordIsShownOnceAndNowhereElse() throws Exception {
        DemoCredential d = demo("iamcloud-exchange-online");
        Path out = dir.resolve("iam");
        CliRun r = handoff("iamcloud-exchange-online", out, "--cert", d.certificateFile().toString(), "--passin",
                "pass:" + d.certificatePassword(), "--organization", d.tenantDomain());
        assertTrue(r.exitCode() == 0 || r.exitCode() == 1, r.err() + r.out());
        String line = r.err().lines().filter(l -> l.startsWith("The PFX password")).findFirst().orElseThrow();
        String password = line.substring(line.lastIndexOf(' ') + 1);
        assertTrue(Openssl.ok("pkcs12", "-in", out.resolve("connector.pfx").toString(), "-passin", "pass:" + password,
                "-nodes").contains("BEGIN PRIVATE KEY"));
        assertTrue(names(out).containsAll(List.of("connector.pfx", "app.cer", "assign-roles.ps1")), names(out).toString());
        JsonNode fields = Json.MAPPER.readTree(Files.readString(out.resolve("fields.json")));
        assertEquals("connector.pfx", fields.at("/fields/ConnectPFX").asText());
        assertEquals(d.tenantDomain(), fields.at("/fields/TenantDisplay").asText());
        for (String file : List.of("fields.json", "report.html", "report.json", "links.txt")) {
            assertFalse(Files.readString(out.resolve(file)).contains(password), file);
        }
        assertFalse(r.out().contains(password));
    }

    @Test
    void passoutSetsThePfxPassword() throws Exception {
        DemoCredential d = demo("iamcloud-exchange-online");
        Path out = dir.resolve("iam-passout");
        CliRun r = handoff("iamcloud-exchange-online", out, "--cert", d.certificateFile().toString(), "--passin",
                "pass:" + d.certificatePassword(), "--passout", "pass:Chosen-Pfx-Pass-1");
        assertFalse(r.err().contains("The PFX password"), r.err());
        Openssl.ok("pkcs12", "-in", out.resolve("connector.pfx").toString(), "-passin", "pass:Chosen-Pfx-Pass-1",
                "-noout");
    }

    @Test
    void badInputWritesNothingAndExitsTwo() {
        Path out = dir.resolve("bad");
        CliRun r = CliRun.run("handoff", "--recipe", "blink-graph", "--tenant", practice.tenantId(), "--client-id",
                demo("blink-microsoft-graph").clientId(), "--secret", "pass:x", "--out", out.toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("There is no recipe 'blink-graph'."), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void existingFilesAreKeptWithoutForceAndReplacedWithIt() throws Exception {
        Path out = Files.createDirectories(dir.resolve("exists"));
        Files.writeString(out.resolve("report.html"), "OLD");
        CliRun r = graph(out);
        assertEquals(3, r.exitCode(), r.err());
        assertTrue(r.err().contains("These files exist in " + out + ": report.html. Nothing was written."), r.err());
        assertEquals(List.of("report.html"), names(out));
        assertEquals(0, graph(out, "--force").exitCode());
        assertTrue(Files.readString(out.resolve("report.html")).startsWith("<!DOCTYPE html>"));
    }

    @Test
    void anUnwritableFolderExitsThreeWithNothingPartial() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        CliRun r = graph(file.resolve("sub"));
        assertEquals(3, r.exitCode(), r.err());
        assertEquals("x", Files.readString(file));
    }

    @Test
    void aProfileGivesRecipeTenantAndApp() throws Exception {
        DemoCredential d = demo("blink-microsoft-graph");
        Path profile = Files.writeString(dir.resolve("acme.m365connect"), "{\"format\":\"m365connect-profile\","
                + "\"version\":1,\"recipe\":\"blink-microsoft-graph\",\"tenant\":\"" + d.tenantId() + "\",\"clientId\":\""
                + d.clientId() + "\"}");
        Path out = dir.resolve("from-profile");
        CliRun r = CliRun.run("handoff", "--profile", profile.toString(), "--cloud-file", practice.cloudFile().toString(),
                "--trust-ca", practice.caFile().toString(), "--secret", "pass:" + d.secret(), "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(Files.exists(out.resolve("fields.json")));
    }

    @Test
    void aBadProfileIsRefusedWithItsReason() throws Exception {
        Path profile = Files.writeString(dir.resolve("bad.m365connect"), "{\"format\":\"m365connect-profile\","
                + "\"version\":1,\"recipe\":\"blink-microsoft-graph\",\"clientId\":\"not-a-guid\"}");
        CliRun r = CliRun.run("check", "--profile", profile.toString(), "--secret", "pass:x");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("its client ID 'not-a-guid' is not a GUID"), r.err());
    }
}
