package io.m365connect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.m365connect.core.Services;
import io.m365connect.core.net.HttpSettings;
import io.m365connect.core.recipe.RecipeCatalog;
import io.m365connect.core.tenant.CloudCatalog;
import io.m365connect.sandbox.EmulatorPracticeTenant;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PracticeCommandTest {
    @TempDir
    Path home;

    private record Run(int code, String out, String err) { }

    private Run run(String input, String... args) {
        CloudCatalog clouds = CloudCatalog.loadBuiltIn();
        Services services = new Services("test", home, clouds, RecipeCatalog.loadBuiltIn(clouds),
                HttpSettings.defaults(), EmulatorPracticeTenant::new);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, services, new PrintWriter(out), new PrintWriter(err),
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void printsAuthorityCloudFileCaAndDemoCredentialsThenStopsOnQuit() throws Exception {
        Run r = run("secret-expired\nreset\nquit\n", "practice");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Authority:   https://127.0.0.1:"), r.out());
        assertTrue(r.out().contains("client secret  Pr4ctice~Mgmt.Secret_0001-DoNotUseElsewhere"), r.out());
        assertTrue(r.out().contains("demo-app.pfx (password: practice)"), r.out());
        assertTrue(r.err().contains("Provoked: Make the client secrets expire"), r.err());
        assertTrue(r.err().contains("All faults undone."), r.err());
        assertTrue(Files.readString(home.resolve("practice/practice.cloud.json")).contains("\"resource\" : "
                + "\"https://graph.microsoft.com\""));
        assertTrue(Files.readString(home.resolve("practice/practice-ca.pem")).startsWith("-----BEGIN CERTIFICATE-----"));
    }

    @Test
    void jsonPrintsExactlyOneDocument() throws Exception {
        Run r = run("quit\n", "practice", "--json", "--work-dir", home.resolve("w").toString());
        assertEquals(0, r.code(), r.err());
        JsonNode doc = Json.MAPPER.readTree(r.out());
        assertTrue(doc.get("ok").asBoolean());
        assertEquals(home.resolve("w/practice.cloud.json").toString(), doc.get("cloudFile").asText());
        assertEquals(6, doc.get("demoCredentials").size());
    }

    @Test
    void unknownWordIsAnsweredWithTheWayOut() {
        Run r = run("make-it-rain\nquit\n", "practice");
        assertTrue(r.err().contains("Unknown command 'make-it-rain'. Type 'faults' for the list, 'reset' or 'quit'."),
                r.err());
    }

    @Test
    void portOutOfRangeIsAUsageError() {
        Run r = run("", "practice", "--port", "70000");
        assertEquals(ExitCodes.USAGE, r.code());
        assertTrue(r.err().contains("The port 70000 is not a port number."), r.err());
    }
}
