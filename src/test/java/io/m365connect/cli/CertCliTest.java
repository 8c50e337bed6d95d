package io.m365connect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.m365connect.core.Services;
import io.m365connect.core.net.HttpSettings;
import io.m365connect.core.recipe.RecipeCatalog;
import io.m365connect.core.tenant.CloudCatalog;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cert commands end to end through the picocli tree, as a terminal user runs them. */
class CertCliTest {
    private static final Path CERTS = Path.of("src/test/resources/certs");
    private static final CloudCatalog CLOUDS = CloudCatalog.loadBuiltIn();
    private static final Services SERVICES = new Services("test", Path.of("target/test-home"), CLOUDS,
            RecipeCatalog.loadBuiltIn(CLOUDS), HttpSettings.defaults(), () -> {
                throw new UnsupportedOperationException("no practice tenant in this test");
            });

    @TempDir
    Path out;

    record Run(int code, String out, String err) {
    }

    private static Run runWithInput(String stdin, String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        Services services = SERVICES;
        int code = Cli.run(args, services, new PrintWriter(o, true), new PrintWriter(e, true),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        return new Run(code, o.toString(), e.toString());
    }

    private static Run run(String... args) {
        return runWithInput("", args);
    }

    private static String cert(String name) {
        return CERTS.resolve(name).toString();
    }

    @Test
    void inspectShowsTheEntraThumbprint() {
        Run r = run("cert", "inspect", cert("openssl3-default.pfx"), "--passin", "pass:Test1234");
        assertEquals(0, r.code(), r.err());
        String sha1 = io.m365connect.core.cert.Thumbprints.of(readCert("app.crt")).sha1();
        assertTrue(r.out().contains("Thumbprint:    " + sha1 + "  (SHA-1, as Entra ID and Windows show it)"), r.out());
        assertTrue(r.out().contains("Private key:   present, belongs to the certificate"), r.out());
    }

    @Test
    void inspectJsonIsOneDocumentAlsoWhenAFileFails() throws Exception {
        Run r = run("cert", "inspect", cert("app.crt"), cert("picture.pfx"), "--json");
        assertEquals(2, r.code());
        JsonNode doc = Json.MAPPER.readTree(r.out());
        assertFalse(doc.get("ok").asBoolean());
        assertEquals("RSA", doc.at("/files/0/certificate/keyAlgorithm").asText());
        assertEquals(40, doc.at("/files/0/certificate/thumbprint").asText().length());
        assertEquals("NOT_A_CERTIFICATE", doc.at("/files/1/error/kind").asText());
        assertEquals(1, r.err().lines().count(), "one line on stderr per error");
        assertTrue(r.err().startsWith("m365-connect: " + cert("picture.pfx") + ": picture.pfx is a PNG image"));
    }

    @Test
    void missingPasswordWithoutTerminalSaysHowToGiveIt() {
        Run r = run("cert", "inspect", cert("openssl3-default.pfx"));
        assertEquals(2, r.code());
        assertTrue(r.err().contains("openssl3-default.pfx is protected by a password. What to do: Give it with --passin"),
                r.err());
        assertFalse(r.err().contains("Exception"));
    }

    @Test
    void checkExitCodesAre0AcceptedAnd1RefusedAnd2Unreadable() {
        assertEquals(0, run("cert", "check", cert("openssl3-default.pfx"), "--passin", "pass:Test1234",
                "--needs-private-key").code());
        Run refused = run("cert", "check", cert("rsa1024.crt"));
        assertEquals(1, refused.code());
        assertTrue(refused.err().contains("refused: 1024-bit RSA key"), refused.err());
        assertEquals(1, run("cert", "check", cert("app.crt"), "--needs-private-key").code());
        assertEquals(2, run("cert", "check", cert("truncated.pfx"), "--passin", "pass:Test1234").code());
        assertEquals(2, run("cert", "check").code());
    }

    @Test
    void checkWithARecipeThatSignsWithTheKeyNeedsThePrivateKey() {
        Run certOnly = run("cert", "check", cert("app-der.cer"), "--recipe", "blink-exchange-online");
        assertEquals(1, certOnly.code());
        assertTrue(certOnly.out().contains("✖ No private key in this file, but Blink needs it."), certOnly.out());
        assertEquals(0, run("cert", "check", cert("openssl3-default.pfx"), "--passin", "pass:Test1234",
                "--recipe", "blink-exchange-online").code());
    }

    @Test
    void checkWithARecipeWithoutCertificatesOrAnUnknownOneIsAUsageError() {
        Run noCert = run("cert", "check", cert("app.crt"), "--recipe", "email-ropc");
        assertEquals(2, noCert.code());
        assertTrue(noCert.err().contains("does not sign in with a certificate"), noCert.err());
        Run unknown = run("cert", "check", cert("app.crt"), "--recipe", "blink-exchange");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("blink-exchange"), unknown.err());
    }

    @Test
    void convertBatchWritesFilesNamedAfterInputsAndListsThem() throws Exception {
        Run r = runWithInput("Test1234\n", "cert", "convert", cert("openssl3-default.pfx"), cert("tripledes.pfx"),
                "--to", "pem", "--passin", "stdin", "--out", out.resolve("pem").toString());
        assertEquals(0, r.code(), r.err());
        List<String> listed = r.out().lines().toList();
        assertEquals(List.of("openssl3-default.crt.pem", "openssl3-default.key.pem", "tripledes.crt.pem", "tripledes.key.pem"),
                listed.stream().map(s -> Path.of(s).getFileName().toString()).toList());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(Path.of(listed.get(1)))));
    }

    @Test
    void convertBatchReportsEachFileInTheOrderGivenWhileTheyAreConvertedTogether() throws Exception {
        Run r = run("cert", "convert", cert("app.crt"), cert("picture.pfx"), cert("leaf.crt"), cert("empty.pfx"),
                cert("int.crt"), "--to", "cer", "--out", out.toString());
        assertEquals(2, r.code(), r.err());
        assertEquals(List.of("app.cer", "leaf.cer", "int.cer"),
                r.out().lines().map(s -> Path.of(s).getFileName().toString()).toList());
        List<String> errors = r.err().lines().toList();
        assertEquals(2, errors.size(), r.err());
        assertTrue(errors.get(0).contains("picture.pfx"), r.err());
        assertTrue(errors.get(1).contains("empty.pfx"), r.err());
    }

    @Test
    void convertBatchWithThePasswordGivenConvertsTogetherAndStillReportsInTheOrderGiven() throws Exception {
        Run r = run("cert", "convert", cert("openssl3-default.pfx"), cert("picture.pfx"), cert("tripledes.pfx"),
                cert("truncated.pfx"), cert("openssl-legacy.pfx"), cert("keytool.p12"), "--to", "pem",
                "--passin", "pass:Test1234", "--out", out.toString());
        assertEquals(2, r.code(), r.err());
        assertEquals(List.of("openssl3-default.crt.pem", "openssl3-default.key.pem", "tripledes.crt.pem",
                        "tripledes.key.pem", "openssl-legacy.crt.pem", "openssl-legacy.key.pem", "keytool.crt.pem",
                        "keytool.key.pem"),
                r.out().lines().map(s -> Path.of(s).getFileName().toString()).toList());
        List<String> errors = r.err().lines().toList();
        assertEquals(2, errors.size(), r.err());
        assertTrue(errors.get(0).contains("picture.pfx") && errors.get(0).contains("is a PNG image, not a certificate"), r.err());
        assertTrue(errors.get(1).contains("truncated.pfx"), r.err());
        String key = io.m365connect.core.cert.Openssl.ok("pkey", "-check", "-noout", "-in",
                out.resolve("keytool.key.pem").toString());
        assertTrue(key.contains("Key is valid"), key);
    }

    @Test
    void convertBatchOfInputsWithTheSameNameWritesTheFirstAndRefusesTheSecondEveryTime() throws Exception {
        for (String folder : List.of("a", "b")) {
            Files.createDirectories(out.resolve(folder));
            Files.copy(CERTS.resolve("openssl3-default.pfx"), out.resolve(folder).resolve("app.pfx"));
        }
        Run r = run("cert", "convert", out.resolve("a/app.pfx").toString(), out.resolve("b/app.pfx").toString(),
                "--to", "cer", "--passin", "pass:Test1234", "--out", out.resolve("cer").toString());
        assertEquals(3, r.code(), r.err());
        assertEquals(List.of(out.resolve("cer/app.cer").toString()), r.out().lines().toList());
        assertTrue(r.err().startsWith("m365-connect: " + out.resolve("b/app.pfx") + ": "), r.err());
        assertTrue(r.err().contains("app.cer already exists"), r.err());
    }

    @Test
    void convertRefusesToOverwriteWithExit3AndForceReplaces() throws Exception {
        String[] args = {"cert", "convert", cert("app.crt"), "--to", "cer", "--out", out.toString()};
        assertEquals(0, run(args).code());
        Run again = run(args);
        assertEquals(3, again.code());
        assertTrue(again.err().contains("app.cer already exists; it was left as it is."), again.err());
        String[] forced = java.util.Arrays.copyOf(args, args.length + 1);
        forced[args.length] = "--force";
        assertEquals(0, run(forced).code());
    }

    @Test
    void convertPairsAKeyFileAndWritesALegacyPfx() throws Exception {
        Run r = run("cert", "convert", cert("app.crt"), "--key", cert("app.key"), "--to", "pfx", "--legacy",
                "--passout", "env:PATH", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        String info = io.m365connect.core.cert.Openssl.ok("pkcs12", "-info", "-noout", "-in", out.resolve("app.pfx").toString(),
                "-passin", "env:PATH");
        assertTrue(info.contains("MAC: sha1"), info);
    }

    @Test
    void convertToPemWithAPasswordWritesAnEncryptedKeyAsOpensslDoes() throws Exception {
        Run r = run("cert", "convert", cert("app.crt"), "--key", cert("app.key"), "--to", "pem",
                "--passout", "env:PATH", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        String key = Files.readString(out.resolve("app.key.pem"));
        assertTrue(key.startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"), key.lines().findFirst().orElse(""));
        String checked = io.m365connect.core.cert.Openssl.ok("pkey", "-check", "-noout", "-in",
                out.resolve("app.key.pem").toString(), "-passin", "env:PATH");
        assertTrue(checked.contains("Key is valid"), checked);
    }

    @Test
    void convertRefusesAPasswordBesideAKeyFormatWrittenInTheClear() {
        Run r = run("cert", "convert", cert("app.crt"), "--key", cert("app.key"), "--to", "pem",
                "--key-format", "pkcs1", "--passout", "pass:pw", "--out", out.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--passout was given, but --key-format pkcs1 writes the private key without a "
                + "password."), r.err());
        assertFalse(Files.exists(out.resolve("app.key.pem")));
    }

    @Test
    void convertKeyWithSeveralInputsIsAUsageError() {
        Run r = run("cert", "convert", cert("app.crt"), cert("leaf.crt"), "--key", cert("app.key"), "--to", "pem");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--key pairs a key with one certificate, but 2 inputs were given."), r.err());
    }

    @Test
    void passwordSpecThatIsNotOneDoesNotEchoTheValue() {
        Run r = run("cert", "inspect", cert("openssl3-default.pfx"), "--passin", "Test1234");
        assertEquals(2, r.code());
        assertFalse(r.err().contains("Test1234"), r.err());
        assertTrue(r.err().contains("The value given to --passin is not a password source."), r.err());
    }

    @Test
    void generateWritesPfxCerAndPemAndTheyPassTheCheck() {
        Run r = run("cert", "generate", "--subject", "CN=contoso-blink", "--dns", "blink.contoso.com",
                "--out", out.toString(), "--passout", "pass:pw", "--key-size", "3072");
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("contoso-blink.pfx", "contoso-blink.cer", "contoso-blink.crt.pem", "contoso-blink.key.pem"),
                r.out().lines().map(s -> Path.of(s).getFileName().toString()).toList());
        assertEquals(0, run("cert", "check", out.resolve("contoso-blink.pfx").toString(), "--passin", "pass:pw",
                "--needs-private-key").code());
    }

    @Test
    void generateWithoutPfxPasswordIsAUsageError() {
        Run r = run("cert", "generate", "--subject", "CN=a", "--out", out.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("The .pfx needs a password."), r.err());
    }

    @Test
    void helpShowsTheBlinkOpensslPipelinesAndTheirEquivalent() {
        Run r = run("cert", "convert", "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("openssl pkcs12 -in app.pfx -nokeys"));
        assertTrue(r.out().contains("openssl pkcs12 -in app.pfx -nodes -nocerts | openssl rsa"));
        assertTrue(r.out().contains("m365-connect cert convert app.pfx --to pem --passin env:PW --out blink/"));
    }

    private static java.security.cert.X509Certificate readCert(String name) {
        try {
            return new io.m365connect.core.cert.CertificateReader().read(CERTS.resolve(name), java.util.Optional.empty())
                    .certificate();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
