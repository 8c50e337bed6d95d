package io.m365connect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.m365connect.cli.Cli;
import io.m365connect.core.cert.CertificateRequirements;
import io.m365connect.core.common.Log;
import io.m365connect.core.profile.ProfileStore;
import io.m365connect.core.recipe.Recipe;
import io.m365connect.core.recipe.RecipeCatalog;
import io.m365connect.core.tenant.CloudCatalog;
import io.m365connect.ui.common.DirectUiExecutor;
import io.m365connect.ui.shell.WizardSession;
import io.m365connect.ui.step.credential.CertificateViewModel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs what the app does with a password or key through the CLI and the wizard's own classes, every recipe, with
 * values nobody else uses, then scans everything written or said for them in every encoding they travel in.
 * Key files (the private key's own files) are the only place the key may be; nothing else may hold any of them.
 */
class SecretLeakTest {
    static final String PFX_PASSWORD = "Pfx-LEAKCHECK-q7Zr!2026";
    static final String WRONG_PASSWORD = "Wrong-LEAKCHECK-x4Pm";
    static final String STDIN_PASSWORD = "Stdin-LEAKCHECK-k3Vb";
    static final String CLIENT_SECRET = "Cs~LEAKCHECK.9fK2-w3Jq_8Lr";
    static final String WRONG_SECRET = "Cs~LEAKCHECK.wrong-77Hd";
    static final String TENANT = "contoso.onmicrosoft.com";
    static final String CLIENT_ID = "11111111-2222-3333-4444-555555555555";

    @TempDir
    Path tmp;
    private Path out;
    private LeakScan scan;
    private String printedToken = "";

    @BeforeEach
    void start() throws IOException {
        out = tmp.resolve("out");
        scan = new LeakScan(tmp.resolve("home"));
    }

    @AfterEach
    void stop() {
        scan.close();
    }

    private int cli(String label, String stdin, String... args) {
        return scan.cli(label, stdin, args);
    }

    private void runCertificateCommands(List<Recipe> recipes) {
        String pass = "pass:" + PFX_PASSWORD;
        assertEquals(0, cli("generate", "", "cert", "generate", "--subject", "CN=leakcheck", "--out", out.toString(),
                "--passout", pass, "--formats", "pfx,cer,pem,base64"));
        Path pfx = onlyFile(out, ".pfx");
        cli("inspect", "", "cert", "inspect", pfx.toString(), "--passin", pass);
        cli("inspect json", "", "cert", "inspect", pfx.toString(), "--passin", pass, "--json");
        cli("inspect wrong", "", "cert", "inspect", pfx.toString(), "--passin", "pass:" + WRONG_PASSWORD);
        cli("inspect wrong debug", "", "cert", "inspect", pfx.toString(), "--passin", "pass:" + WRONG_PASSWORD,
                "--debug", "--json");
        cli("inspect stdin", STDIN_PASSWORD + "\n", "cert", "inspect", pfx.toString(), "--passin", "stdin");
        cli("convert pem", "", "cert", "convert", pfx.toString(), "--to", "pem", "--out", out.resolve("pem").toString(),
                "--passin", pass, "--passout", pass);
        cli("convert legacy", "", "cert", "convert", pfx.toString(), "--to", "pfx", "--legacy",
                "--out", out.resolve("legacy").toString(), "--passin", pass, "--passout", pass);
        cli("convert cer", "", "cert", "convert", pfx.toString(), "--to", "cer", "--out", out.resolve("cer").toString(),
                "--passin", pass);
        for (Recipe r : recipes) {
            cli("check " + r.id(), "", "cert", "check", pfx.toString(), "--passin", pass, "--recipe", r.id(), "--json");
            cli("check wrong " + r.id(), "", "cert", "check", pfx.toString(), "--passin", "pass:" + WRONG_PASSWORD,
                    "--recipe", r.id());
        }
    }

    /** The wizard's draft for each recipe, with the certificate opened (wrong password first) in its credential step. */
    private void runWizard(List<Recipe> recipes) throws Exception {
        Path pfx = onlyFile(out, ".pfx");
        CloudCatalog clouds = CloudCatalog.loadBuiltIn();
        ProfileStore store = new ProfileStore(scan.home());
        for (Recipe r : recipes) {
            WizardSession session = new WizardSession(recipes, clouds.all(), new DirectUiExecutor(), store);
            session.startAutosave();
            session.chooseRecipe(r.id());
            session.tenantProperty().set(TENANT);
            session.clientIdProperty().set(CLIENT_ID);
            CertificateViewModel cert = new CertificateViewModel(new DirectUiExecutor(), Clock.systemUTC(),
                    CertificateRequirements.privateKeyFor(r.title()));
            cert.open(pfx);
            cert.submitPassword(WRONG_PASSWORD.toCharArray());
            scan.shown("wizard " + r.id() + " wrong password", cert.problemProperty().get());
            cert.submitPassword(PFX_PASSWORD.toCharArray());
            assertEquals(CertificateViewModel.State.LOADED, cert.stateProperty().get(), r.id());
            session.certificateThumbprintProperty().set(cert.detailsProperty().get().thumbprints().sha1());
            session.saveNow();
            scan.shown("wizard " + r.id() + " save", session.saveProblemProperty().get());
            ProfileStore.write(session.snapshot(), out.resolve("profiles").resolve(r.id() + ProfileStore.EXTENSION));
        }
        Log.of(SecretLeakTest.class).info("wizard pass done");
    }

    /**
     * Every recipe's practice app gets our distinctive secret; the token command signs in with it (summary and
     * JSON, then a wrong secret) and must print neither the secret nor the token.
     */
    private void runTokens() throws Exception {
        io.m365connect.sandbox.EmulatorPracticeTenant practice = LeakScan.practiceWithSecret(tmp.resolve("practice"),
                CLIENT_SECRET);
        try {
            int received = 0;
            for (io.m365connect.core.practice.PracticeTenant.DemoCredential d : practice.demoCredentials()) {
                if (d.secret() == null || d.secret().isEmpty()) {
                    continue;
                }
                List<String> base = List.of("token", "--tenant", practice.tenantId(), "--client-id", d.clientId(),
                        "--cloud-file", practice.cloudFile().toString(), "--trust-ca", practice.caFile().toString());
                List<String> ok = new ArrayList<>(base);
                ok.addAll(List.of("--secret", "pass:" + CLIENT_SECRET));
                received += cli("token " + d.recipeId(), "", ok.toArray(String[]::new)) == 0 ? 1 : 0;
                ok.add("--json");
                cli("token json " + d.recipeId(), "", ok.toArray(String[]::new));
                List<String> stdin = new ArrayList<>(base);
                stdin.addAll(List.of("--secret", "stdin", "--debug"));
                cli("token stdin " + d.recipeId(), CLIENT_SECRET + "\n", stdin.toArray(String[]::new));
                List<String> wrong = new ArrayList<>(base);
                wrong.addAll(List.of("--secret", "pass:" + WRONG_SECRET, "--debug"));
                cli("token wrong " + d.recipeId(), "", wrong.toArray(String[]::new));
            }
            assertTrue(received >= 3, "the distinctive secret signed in for several recipes: " + received);
            // The control: with --print-token the token is there, and the scan's JWT needles would find it.
            io.m365connect.core.practice.PracticeTenant.DemoCredential any = practice.demoCredentials().stream()
                    .filter(d -> d.secret() != null && !d.secret().isEmpty()).findFirst().orElseThrow();
            StringWriter printed = new StringWriter();
            Cli.run(new String[] {"token", "--tenant", practice.tenantId(), "--client-id", any.clientId(),
                    "--cloud-file", practice.cloudFile().toString(), "--trust-ca", practice.caFile().toString(),
                    "--secret", "pass:" + CLIENT_SECRET, "--print-token"}, scan.services(), new PrintWriter(printed, true),
                    new PrintWriter(new StringWriter(), true), new ByteArrayInputStream(new byte[0]));
            printedToken = printed.toString();
        } finally {
            practice.stop();
        }
    }

    @Test
    void noPasswordOrPrivateKeyAppearsInAnythingWrittenOrSaidForAnyRecipe() throws Exception {
        List<Recipe> recipes = RecipeCatalog.loadBuiltIn(CloudCatalog.loadBuiltIn()).all();
        assertTrue(recipes.size() >= 5, "every seed recipe takes part");
        runCertificateCommands(recipes);
        runWizard(recipes);
        runTokens();

        List<String> keyLines = LeakScan.privateKeyLines(List.of(out));
        assertFalse(keyLines.isEmpty(), "a private key file was written");
        List<String> needles = LeakScan.needles(List.of(PFX_PASSWORD, WRONG_PASSWORD, STDIN_PASSWORD, CLIENT_SECRET,
                WRONG_SECRET));
        needles.addAll(keyLines);
        assertTrue(LeakScan.JWT_HEADS.stream().anyMatch(printedToken::contains), "the JWT needles match a real token");
        needles.addAll(LeakScan.JWT_HEADS);

        LeakScan.Result result = scan.scan(List.of(scan.home(), out), needles);
        assertEquals(List.of(), result.hits());
        assertTrue(result.keyFilesHoldAll(keyLines), "the needles are real: the key files hold them");
        System.out.printf("secret scan: %d files and outputs, %d values in %d forms, %d hits%n",
                result.scanned(), 5, result.needles(), result.hits().size());
        assertTrue(result.scanned() > recipes.size() * 4, "scanned " + result.scanned() + " files and outputs");
        assertTrue(Files.size(scan.logFile()) > 0, "the log was written and scanned");
        assertTrue(scan.said("inspect wrong stderr").contains("is not correct"), scan.said("inspect wrong stderr"));
    }

    private static Path onlyFile(Path dir, String suffix) {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> found = files.filter(p -> p.getFileName().toString().endsWith(suffix)).toList();
            assertFalse(found.isEmpty(), "no " + suffix + " in " + dir);
            return found.get(0);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
