package io.m365connect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.m365connect.core.practice.PracticeTenant.DemoCredential;
import io.m365connect.sandbox.EmulatorPracticeTenant;
import io.m365connect.sandbox.StartedPracticeTenant;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code token} end to end: the CLI, MSAL4J and the practice tenant over loopback HTTPS. */
class TokenCommandTest {
    @RegisterExtension
    static final StartedPracticeTenant started = new StartedPracticeTenant("token-cli");
    private static final EmulatorPracticeTenant practice = started.tenant;
    private static final Path dir = started.dir;

    private static DemoCredential demo(String recipe) {
        return practice.demoCredentials().stream().filter(d -> recipe.equals(d.recipeId())).findFirst().orElseThrow();
    }

    private static Path secretFile(String value) throws Exception {
        Path f = Files.createTempFile(dir, "secret", ".txt");
        Files.writeString(f, value + "\n");
        return f;
    }

    private static CliRun token(String... extra) {
        List<String> args = new ArrayList<>(List.of("token", "--tenant", practice.tenantId(),
                "--cloud-file", practice.cloudFile().toString(), "--trust-ca", practice.caFile().toString()));
        args.addAll(List.of(extra));
        return CliRun.run(args.toArray(String[]::new));
    }

    @Test
    void secretFromAFileGivesASummaryWithoutTheToken() throws Exception {
        DemoCredential d = demo("blink-microsoft-graph");

        CliRun r = token("--client-id", d.clientId(), "--secret", "file:" + secretFile(d.secret()));

        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("Token received (secret).\n"), r.out());
        assertTrue(r.out().contains("Who:"), r.out());
        assertTrue(r.out().contains("the app itself (no user)"), r.out());
        assertTrue(r.out().contains("Proved with:"), r.out());
        assertTrue(r.out().contains("client secret"), r.out());
        assertFalse(r.out().contains("eyJ"), "the token must not be printed without --print-token");
    }

    @Test
    void printTokenAddsTheRawToken() throws Exception {
        DemoCredential d = demo("blink-microsoft-graph");

        CliRun r = token("--client-id", d.clientId(), "--secret", "file:" + secretFile(d.secret()), "--print-token");

        String[] lines = r.out().strip().split("\n");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(3, lines[lines.length - 1].split("\\.").length, "a JWT has three parts");
    }

    @Test
    void jsonHoldsTheClaimsAndNoTokenUnlessAsked() throws Exception {
        DemoCredential d = demo("blink-o365-management-activity");

        CliRun r = token("--client-id", d.clientId(), "--secret", "file:" + secretFile(d.secret()),
                "--scope", "management", "--json");

        JsonNode doc = Json.MAPPER.readTree(r.out());
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("https://manage.office.com", doc.path("claims").path("audience").asText());
        assertEquals(d.clientId(), doc.path("claims").path("appId").asText());
        assertTrue(doc.path("claims").path("roles").toString().contains("ActivityFeed.Read"));
        assertTrue(doc.path("accessToken").isMissingNode());
    }

    @Test
    void secretFromStdinWorks() throws Exception {
        DemoCredential d = demo("blink-microsoft-graph");
        List<String> args = List.of("token", "--tenant", practice.tenantId(), "--cloud-file",
                practice.cloudFile().toString(), "--trust-ca", practice.caFile().toString(), "--client-id",
                d.clientId(), "--secret", "stdin");

        CliRun r = CliRun.run(CliRun.services(), d.secret() + "\n", args.toArray(String[]::new));

        assertEquals(0, r.exitCode(), r.err());
    }

    @Test
    void refusalExitsOneWithTheExplanationAndTicketIds() throws Exception {
        DemoCredential d = demo("blink-microsoft-graph");

        CliRun r = token("--client-id", d.clientId(), "--secret", "pass:Xk28Q~not-the-secret");

        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("AADSTS7000215 — Wrong client secret."), r.err());
        assertTrue(r.err().contains("What to do: In the app registration open Certificates & secrets"), r.err());
        assertTrue(r.err().contains("Correlation ID: "), r.err());
        assertFalse(r.err().contains("Exception"), "no stack trace: " + r.err());
    }

    @Test
    void guidSecretIsWarnedAboutBeforeSending() throws Exception {
        DemoCredential d = demo("blink-microsoft-graph");

        CliRun r = token("--client-id", d.clientId(), "--secret", "pass:c42a8f18-5ec0-4e1d-9a7b-000000000001");

        assertEquals(1, r.exitCode());
        assertTrue(r.err().startsWith("m365-connect: warning: This looks like the secret's ID, not its value."), r.err());
    }

    @Test
    void refusalWithJsonIsOneDocumentWithTheAadstsCode() throws Exception {
        DemoCredential d = demo("blink-microsoft-graph");

        CliRun r = token("--client-id", d.clientId(), "--secret", "pass:Xk28Q~not-the-secret", "--json");

        JsonNode doc = Json.MAPPER.readTree(r.out());
        assertEquals(1, r.exitCode());
        assertFalse(doc.path("ok").asBoolean());
        assertEquals("AADSTS7000215", doc.path("error").path("aadsts").asText());
        assertEquals("credential", doc.path("error").path("layer").asText());
        assertFalse(doc.path("error").path("correlationId").asText().isEmpty());
    }

    @Test
    void confidentialRopcLikeTheMailConnector() throws Exception {
        DemoCredential d = demo("email-ropc");

        CliRun r = token("--client-id", d.clientId(), "--username", d.username(), "--password",
                "file:" + secretFile(d.password()), "--secret", "file:" + secretFile(d.secret()),
                "--scope", "exchange/IMAP.AccessAsUser.All");

        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains(d.username() + " (signed-in user)"), r.out());
        assertTrue(r.out().contains("IMAP.AccessAsUser.All"), r.out());
    }

    @Test
    void deviceCodeTellsWhereToEnterTheCodeAndWaitsForTheSignIn() throws Exception {
        DemoCredential d = demo("custom-graph");
        practice.deviceCodeInterval(1);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] args = {"token", "--tenant", practice.tenantId(), "--cloud-file", practice.cloudFile().toString(),
                "--trust-ca", practice.caFile().toString(), "--client-id", d.clientId(), "--device-code",
                "--scope", "graph/User.Read"};
        CompletableFuture<Integer> run = CompletableFuture.supplyAsync(() ->
                Cli.run(args, CliRun.services(), new PrintWriter(out), new PrintWriter(err),
                        new ByteArrayInputStream(new byte[0])));
        Pattern code = Pattern.compile("enter the code (\\S+) ");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        Matcher m;
        while (!(m = code.matcher(err.toString())).find() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        practice.approveDeviceCode(m.group(1), d.username());

        assertEquals(0, run.get(20, TimeUnit.SECONDS), err.toString());
        assertTrue(err.toString().startsWith("To sign in, open https://127.0.0.1:"), err.toString());
        assertTrue(out.toString().contains(d.username() + " (signed-in user)"), out.toString());
    }

    @Test
    void certificateFromThePfxWithItsPassword() throws Exception {
        DemoCredential d = demo("blink-exchange-online");

        CliRun r = token("--client-id", d.clientId(), "--cert", d.certificateFile().toString(),
                "--passin", "pass:" + d.certificatePassword(), "--scope", "exchange", "--json");

        JsonNode doc = Json.MAPPER.readTree(r.out());
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("certificate", doc.path("claims").path("clientAuth").asText());
        assertEquals("https://outlook.office365.com", doc.path("claims").path("audience").asText());
    }

    @Test
    void certificateFromPemWithTheKeyFile() throws Exception {
        DemoCredential d = demo("blink-exchange-online");

        CliRun r = token("--client-id", d.clientId(), "--cert", practice.demoCertificateFile().toString(),
                "--key", practice.demoKeyFile().toString(), "--scope", "exchange");

        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("certificate"), r.out());
    }

    @Test
    void certificateWithoutItsKeyIsBadInput() throws Exception {
        DemoCredential d = demo("blink-exchange-online");

        CliRun r = token("--client-id", d.clientId(), "--cert", practice.demoCertificateFile().toString());

        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("holds the certificate but not its private key."), r.err());
    }

    @Test
    void wrongPfxPasswordIsBadInputWithoutASignInAttempt() throws Exception {
        DemoCredential d = demo("blink-exchange-online");
        practice.clearRequestLog();

        CliRun r = token("--client-id", d.clientId(), "--cert", d.certificateFile().toString(), "--passin", "pass:wrong");

        assertEquals(2, r.exitCode(), r.err());
        assertEquals(0, practice.requestLog().size());
    }

    @Test
    void untrustedPracticeTenantWithoutTrustCaIsExplained() throws Exception {
        DemoCredential d = demo("blink-microsoft-graph");

        CliRun r = CliRun.run("token", "--tenant", practice.tenantId(), "--cloud-file", practice.cloudFile().toString(),
                "--client-id", d.clientId(), "--secret", "file:" + secretFile(d.secret()));

        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("is not trusted."), r.err());
        assertTrue(r.err().contains("Add your company's CA with --trust-ca if a proxy inspects TLS."), r.err());
    }
}
