package io.m365connect.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.m365connect.core.common.ProblemException;
import io.m365connect.core.practice.PracticeTenant.DemoCredential;
import io.m365connect.core.practice.PracticeTenant.PracticeFault;
import io.m365connect.core.tenant.Cloud;
import io.m365connect.core.tenant.CloudCatalog;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The practice tenant as the wizard and the CLI see it: its files, demo credentials and faults. */
class EmulatorPracticeTenantTest {
    private static final String MGMT = "blink-o365-management-activity";
    private static final String MAILBOX = "mailbox@contosopractice.onmicrosoft.com";
    private static PracticeHarness h;

    @BeforeAll
    static void start() throws Exception {
        h = new PracticeHarness();
    }

    @AfterAll
    static void stop() {
        h.close();
    }

    @AfterEach
    void undoFaults() {
        h.tenant.reset();
    }

    private static PracticeFault fault(String id) {
        return h.tenant.faults().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
    }

    private static DemoCredential demo(String recipe) {
        return h.tenant.demoCredentials().stream().filter(d -> d.recipeId().equals(recipe)).findFirst().orElseThrow();
    }

    private static HttpResponse<String> secretToken(String recipe, String scope) throws Exception {
        DemoCredential d = demo(recipe);
        return h.postForm(h.tokenUrl(), Map.of("grant_type", "client_credentials", "client_id", d.clientId(),
                "client_secret", d.secret(), "scope", scope));
    }

    private static HttpResponse<String> ropc(String clientId, String upn, String password) throws Exception {
        return h.postForm(h.tokenUrl(), Map.of("grant_type", "password", "client_id", clientId,
                "scope", "User.Read", "username", upn, "password", password));
    }

    private static int code(HttpResponse<String> r) throws Exception {
        JsonNode codes = Jwt.JSON.readTree(r.body()).get("error_codes");
        return codes == null ? 0 : codes.get(0).asInt();
    }

    @Test
    void cloudFileNamesThisPortAndTheRealResources() throws Exception {
        Cloud cloud = CloudCatalog.readCustom(h.tenant.cloudFile());
        assertEquals(h.base(), cloud.authority());
        assertEquals(h.base(), cloud.graph().url());
        assertEquals("https://graph.microsoft.com", cloud.graph().resource());
        assertEquals("https://manage.office.com", cloud.management().resource());
        assertEquals("https://outlook.office365.com", cloud.exchange().resource());
        assertTrue(cloud.imapService().isEmpty(), "no mail server is emulated");
        assertTrue(h.base().startsWith("https://127.0.0.1:"));
    }

    @Test
    void caFileHoldsTheCaThatSignedTheServerCertificate() throws Exception {
        assertEquals(h.tenant.caCertificate(), PracticeDirectory.parsePem(Files.readString(h.tenant.caFile())));
        assertEquals(0, h.tenant.caCertificate().getBasicConstraints());
    }

    @Test
    void demoCredentialsCoverEveryRecipeAndTheirFilesOpen() throws Exception {
        Set<String> recipes;
        try (var files = Files.list(Path.of("src/main/resources/io/m365connect/recipes"))) {
            recipes = files.map(p -> p.getFileName().toString().replace(".json", "")).collect(Collectors.toSet());
        }
        assertEquals(recipes, h.tenant.demoCredentials().stream().map(DemoCredential::recipeId)
                .collect(Collectors.toSet()));
        DemoCredential exchange = demo("blink-exchange-online");
        KeyStore pfx = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(exchange.certificateFile())) {
            pfx.load(in, exchange.certificatePassword().toCharArray());
        }
        assertTrue(pfx.isKeyEntry("demo-app"));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(exchange.certificateFile())));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(h.tenant.demoKeyFile())));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(h.tenant.cloudFile())));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(h.tenant.caFile())));
        assertNull(demo(MGMT).certificateFile());
        assertEquals(PracticeHarness.ADMIN, demo("email-ropc").username());
    }

    @Test
    void secretExpiredFaultGives7000222AndResetUndoesIt() throws Exception {
        h.tenant.apply(fault("secret-expired"));
        assertEquals(7000222, code(secretToken(MGMT, "https://manage.office.com/.default")));
        h.tenant.reset();
        assertEquals(200, secretToken(MGMT, "https://manage.office.com/.default").statusCode());
    }

    @Test
    void secretReplacedFaultGives7000215() throws Exception {
        h.tenant.apply(fault("secret-replaced"));
        assertEquals(7000215, code(secretToken(MGMT, "https://manage.office.com/.default")));
    }

    @Test
    void consentRemovedFaultLeavesAppTokensWithoutRoles() throws Exception {
        h.tenant.apply(fault("consent-removed"));
        HttpResponse<String> r = secretToken(MGMT, "https://manage.office.com/.default");
        String token = Jwt.JSON.readTree(r.body()).get("access_token").asText();
        assertFalse(Jwt.parse(token).orElseThrow().claims().containsKey("roles"));
    }

    @Test
    void mfaFaultGives50076AndDisabledFaultGives50057ForPasswordSignIn() throws Exception {
        String clientId = demo("custom-graph").clientId();
        h.tenant.apply(fault("mfa-required"));
        assertEquals(50076, code(ropc(clientId, MAILBOX, "Practice-Mailbox-2026!")));
        h.tenant.reset();
        h.tenant.apply(fault("user-disabled"));
        assertEquals(50057, code(ropc(clientId, MAILBOX, "Practice-Mailbox-2026!")));
    }

    @Test
    void publicClientOffFaultGives7000218AndAppDeletedGives700016() throws Exception {
        String clientId = demo("custom-graph").clientId();
        h.tenant.apply(fault("public-client-off"));
        assertEquals(7000218, code(ropc(clientId, MAILBOX, "Practice-Mailbox-2026!")));
        h.tenant.apply(fault("app-deleted"));
        assertEquals(700016, code(ropc(clientId, MAILBOX, "Practice-Mailbox-2026!")));
    }

    @Test
    void everyFaultHasAnIdAndAPlainDescription() {
        assertEquals(List.of("secret-expired", "secret-replaced", "certificate-unregistered", "consent-removed",
                "exchange-role-removed", "mfa-required", "user-disabled", "public-client-off", "app-deleted"),
                h.tenant.faults().stream().map(PracticeFault::id).toList());
        assertThrows(IllegalArgumentException.class, () -> h.tenant.apply(new PracticeFault("nope", "nope")));
    }

    @Test
    void requestLogRecordsMethodPathGrantAndStatus() throws Exception {
        h.tenant.clearRequestLog();
        secretToken(MGMT, "https://manage.office.com/.default");
        h.get(h.base() + "/nowhere", null);
        assertEquals(List.of(
                new io.m365connect.core.practice.PracticeTenant.LoggedRequest("POST",
                        "/" + h.tenant.tenantId() + "/oauth2/v2.0/token", "client_credentials", 200),
                new io.m365connect.core.practice.PracticeTenant.LoggedRequest("GET", "/nowhere", null, 404)),
                h.tenant.requestLog());
    }

    @Test
    void tenantFileWithAnUnknownResourceGrantIsRefusedNamingTheApp(@TempDir Path dir) throws Exception {
        String json = new String(EmulatorPracticeTenantTest.class.getResourceAsStream(TenantLoader.DEMO).readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8).replaceFirst("\"resource\": \"00000002-0000-0ff1-ce00-000000000000\"",
                "\"resource\": \"https://api.example.org\"");
        Path file = dir.resolve("tenant.json");
        Files.writeString(file, json);
        ProblemException e = assertThrows(ProblemException.class, () -> EmulatorPracticeTenant.fromFile(file));
        assertTrue(e.getMessage().contains("has a grant on unknown resource https://api.example.org"), e.getMessage());
    }

    @Test
    void stoppedTenantStartsAgainOnAFreshPort(@TempDir Path dir) throws Exception {
        EmulatorPracticeTenant own = new EmulatorPracticeTenant();
        try {
            own.start(0, dir);
            own.stop();
            assertFalse(own.isRunning());
            own.start(0, dir);
            assertTrue(own.isRunning());
            assertEquals(own.cloud().authority(), CloudCatalog.readCustom(own.cloudFile()).authority());
        } finally {
            own.stop();
        }
    }

    @Test
    void tenantFileThatIsNotJsonIsRefusedWithTheFileNamed(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("tenant.json");
        Files.writeString(file, "{ not json");
        ProblemException e = assertThrows(ProblemException.class, () -> EmulatorPracticeTenant.fromFile(file));
        assertTrue(e.getMessage().startsWith("The tenant file " + file + " could not be read"), e.getMessage());
    }
}
