package io.m365connect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** Bad input to {@code token} is refused before anything goes on the network, with exit code 2. */
class TokenCommandUsageTest {
    private static final String TENANT = "8a4d2c1e-5b7f-4e39-9c61-2f0d3b7a9e15";
    private static final String CLIENT = "3f1c9a52-7d4e-4b8a-9e21-5c6d7a8b9c03";

    @Test
    void noSignInMethodIsAUsageError() {
        CliRun r = CliRun.run("token", "--tenant", TENANT, "--client-id", CLIENT);
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("Choose how to sign in."), r.err());
    }

    @Test
    void twoSignInMethodsAreAUsageError() {
        CliRun r = CliRun.run("token", "--tenant", TENANT, "--client-id", CLIENT, "--secret", "pass:x", "--device-code");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("Choose only one way to sign in."), r.err());
    }

    @Test
    void clientIdMustBeAGuid() {
        CliRun r = CliRun.run("token", "--tenant", TENANT, "--client-id", "Blink app", "--secret", "pass:x");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("The application (client) ID \"Blink app\" is not a valid GUID"), r.err());
    }

    @Test
    void tenantIdPastedAsClientIdIsCalledOut() {
        CliRun r = CliRun.run("token", "--tenant", TENANT, "--client-id", TENANT, "--secret", "pass:x");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("The application (client) ID is the same as the tenant ID."), r.err());
    }

    @Test
    void commonIsNotATenant() {
        CliRun r = CliRun.run("token", "--tenant", "common", "--client-id", CLIENT, "--secret", "pass:x");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("\"common\" does not name one tenant."), r.err());
    }

    @Test
    void secretSpecWithoutSourceIsExplained() {
        CliRun r = CliRun.run("token", "--tenant", TENANT, "--client-id", CLIENT, "--secret", "hunter2");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("The value given to --secret is not a password source."), r.err());
        assertTrue(!r.err().contains("hunter2"), "a secret must never be echoed");
    }

    @Test
    void missingEnvironmentVariableIsNamed() {
        CliRun r = CliRun.run("token", "--tenant", TENANT, "--client-id", CLIENT, "--secret",
                "env:M365CONNECT_TEST_UNSET_VARIABLE");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("The environment variable M365CONNECT_TEST_UNSET_VARIABLE named by --secret is not set."),
                r.err());
    }

    @Test
    void passwordWithoutUsernameIsAUsageError() {
        CliRun r = CliRun.run("token", "--tenant", TENANT, "--client-id", CLIENT, "--device-code", "--password", "pass:x");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("--password needs --username."), r.err());
    }

    @Test
    void unknownCloudIsAUsageError() {
        CliRun r = CliRun.run("token", "--tenant", TENANT, "--client-id", CLIENT, "--secret", "pass:x",
                "--cloud", "moon");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("Unknown cloud 'moon'."), r.err());
    }

    @Test
    void unreadableCaFileIsAUsageError() {
        CliRun r = CliRun.run("token", "--tenant", TENANT, "--client-id", CLIENT, "--secret", "pass:x",
                "--trust-ca", "target/does-not-exist.pem");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("The CA file target/does-not-exist.pem could not be read."), r.err());
    }

    @Test
    void socksProxyIsRefused() {
        CliRun r = CliRun.run("token", "--tenant", TENANT, "--client-id", CLIENT, "--secret", "pass:x",
                "--proxy", "socks5://p:1080");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("is not an HTTP proxy address"), r.err());
    }

    @Test
    void usageErrorWithJsonIsOneJsonDocument() throws Exception {
        CliRun r = CliRun.run("token", "--json", "--tenant", TENANT, "--client-id", CLIENT);
        JsonNode doc = Json.MAPPER.readTree(r.out());
        assertEquals(2, r.exitCode());
        assertEquals(false, doc.path("ok").asBoolean());
        assertEquals("Choose how to sign in.", doc.path("error").path("summary").asText());
    }
}
