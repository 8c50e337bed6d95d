package io.m365connect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class ExplainCommandTest {

    @Test
    void codeIsExplainedWithMeaningAndFix() {
        CliRun r = CliRun.run("explain", "AADSTS7000215");

        assertEquals(0, r.exitCode());
        assertTrue(r.out().startsWith("AADSTS7000215 — Wrong client secret\n"), r.out());
        assertTrue(r.out().contains("What to do:    In the app registration open Certificates & secrets"));
    }

    @Test
    void wholeMessageFromStdinIsExplained() {
        CliRun r = CliRun.run(CliRun.services(), "com.microsoft.aad.msal4j.MsalServiceException: AADSTS700016: "
                + "Application with identifier 'abc' was not found in the directory 'Contoso'.\nTrace ID: x\n",
                "explain", "-");

        assertEquals(0, r.exitCode());
        assertTrue(r.out().startsWith("AADSTS700016 — App not found in this tenant"), r.out());
    }

    @Test
    void unknownCodeGivesMicrosoftsLookupAddressAndExitOne() {
        CliRun r = CliRun.run("explain", "AADSTS12345678");

        assertEquals(1, r.exitCode());
        assertTrue(r.out().contains("https://login.microsoftonline.com/error?code=12345678"), r.out());
    }

    @Test
    void textWithoutCodeIsRefusedWithAHint() {
        CliRun r = CliRun.run("explain", "it", "does", "not", "work");

        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("No error code found in the text."), r.err());
    }

    @Test
    void jsonListsEveryCodeFound() throws Exception {
        CliRun r = CliRun.run("explain", "--json", "AADSTS50126 then AADSTS53003");

        JsonNode doc = Json.MAPPER.readTree(r.out());
        assertEquals(0, r.exitCode());
        assertEquals("AADSTS50126", doc.path("explanations").get(0).path("code").asText());
        assertEquals("AADSTS53003", doc.path("explanations").get(1).path("code").asText());
        assertEquals("user", doc.path("explanations").get(1).path("layer").asText());
    }
}
