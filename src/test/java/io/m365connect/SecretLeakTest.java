package io.m365connect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.m365connect.cli.Cli;
import io.m365connect.core.Services;
import io.m365connect.core.cert.CertificateRequirements;
import io.m365connect.core.common.Log;
import io.m365connect.core.common.LogFile;
import io.m365connect.core.common.Problem;
import io.m365connect.core.common.Redactor;
import io.m365connect.core.net.HttpSettings;
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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogManager;
import java.util.logging.Logger;
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
    private Path home;
    private Path out;
    private LogFile log;
    private final Map<String, String> said = new LinkedHashMap<>();
    private List<Handler> savedHandlers;
    private Path keyFile;
    private String printedToken = "";

    @BeforeEach
    void start() throws IOException {
        home = tmp.resolve("home");
        out = tmp.resolve("out");
        Logger root = LogManager.getLogManager().getLogger("");
        savedHandlers = List.of(root.getHandlers());
        Redactor.forgetAll();
        log = LogFile.install(home, true);
    }

    @AfterEach
    void stop() {
        Logger root = LogManager.getLogManager().getLogger("");
        root.removeHandler(log);
        log.close();
        savedHandlers.forEach(root::addHandler);
    }

    private Services services() {
        CloudCatalog clouds = CloudCatalog.loadBuiltIn();
        return new Services("test", home, clouds, RecipeCatalog.loadBuiltIn(clouds), HttpSettings.defaults(), () -> {
            throw new UnsupportedOperationException("not needed here");
        });
    }

    private int cli(String label, String stdin, String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Cli.run(args, services(), new PrintWriter(o, true), new PrintWriter(e, true),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        said.put(label + " stdout", o.toString());
        said.put(label + " stderr", e.toString());
        return code;
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
        ProfileStore store = new ProfileStore(home);
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
            shown("wizard " + r.id() + " wrong password", cert.problemProperty().get());
            cert.submitPassword(PFX_PASSWORD.toCharArray());
            assertEquals(CertificateViewModel.State.LOADED, cert.stateProperty().get(), r.id());
            session.certificateThumbprintProperty().set(cert.detailsProperty().get().thumbprints().sha1());
            session.saveNow();
            shown("wizard " + r.id() + " save", session.saveProblemProperty().get());
            ProfileStore.write(session.snapshot(), out.resolve("profiles").resolve(r.id() + ProfileStore.EXTENSION));
        }
        Log.of(SecretLeakTest.class).info("wizard pass done");
    }

    /**
     * Every recipe's practice app gets our distinctive secret; the token command signs in with it (summary and
     * JSON, then a wrong secret) and must print neither the secret nor the token.
     */
    private void runTokens() throws Exception {
        io.m365connect.sandbox.EmulatorPracticeTenant practice = new io.m365connect.sandbox.EmulatorPracticeTenant();
        practice.start(0, tmp.resolve("practice"));
        try {
            practice.change(t -> t.withApps(a -> a.withSecrets(a.secrets().stream()
                    .map(x -> new io.m365connect.sandbox.TenantDefinition.ClientSecret(x.keyId(), CLIENT_SECRET,
                            x.expires())).toList())));
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
                    "--secret", "pass:" + CLIENT_SECRET, "--print-token"}, services(), new PrintWriter(printed, true),
                    new PrintWriter(new StringWriter(), true), new ByteArrayInputStream(new byte[0]));
            printedToken = printed.toString();
        } finally {
            practice.stop();
        }
    }

    private void shown(String label, Problem problem) {
        said.put(label, problem == null ? "" : problem.oneLine());
    }

    @Test
    void noPasswordOrPrivateKeyAppearsInAnythingWrittenOrSaidForAnyRecipe() throws Exception {
        List<Recipe> recipes = RecipeCatalog.loadBuiltIn(CloudCatalog.loadBuiltIn()).all();
        assertTrue(recipes.size() >= 5, "every seed recipe takes part");
        runCertificateCommands(recipes);
        runWizard(recipes);
        runTokens();
        log.flush();

        String keyLine = privateKeyLine();
        List<String> needles = new ArrayList<>();
        for (String value : List.of(PFX_PASSWORD, WRONG_PASSWORD, STDIN_PASSWORD, CLIENT_SECRET, WRONG_SECRET)) {
            needles.addAll(Redactor.encodedForms(value));
        }
        needles.add(keyLine);
        List<String> jwtHeads = List.of("eyJ0eXAi", "eyJhbGci", "eyJraWQi", "eyJ4NXQi");
        assertTrue(jwtHeads.stream().anyMatch(printedToken::contains), "the JWT needles match a real token");
        needles.addAll(jwtHeads);

        List<String> hits = new ArrayList<>();
        int scanned = 0;
        for (Path root : List.of(home, out)) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    String text = Files.readString(f, StandardCharsets.ISO_8859_1);
                    if (isKeyFile(f, text)) {
                        continue;
                    }
                    scanned++;
                    for (String n : needles) {
                        if (text.contains(n)) {
                            hits.add(root.relativize(f) + " holds " + n + " (key from " + keyFile + ")");
                        }
                    }
                }
            }
        }
        for (Map.Entry<String, String> e : said.entrySet()) {
            scanned++;
            for (String n : needles) {
                if (e.getValue().contains(n)) {
                    hits.add(e.getKey() + " says " + n);
                }
            }
        }
        assertEquals(List.of(), hits);
        assertTrue(Files.readString(keyFile).contains(keyLine), "the needle is real: the key file itself holds it");
        System.out.printf("secret scan: %d files and outputs, %d values in %d forms, %d hits%n",
                scanned, 5, needles.size(), hits.size());
        assertTrue(scanned > recipes.size() * 4, "scanned " + scanned + " files and outputs");
        assertTrue(Files.size(home.resolve("logs/m365connect.log")) > 0, "the log was written and scanned");
        assertTrue(said.get("inspect wrong stderr").contains("is not correct"), said.get("inspect wrong stderr"));
    }

    /** A line of the private key's base64 past its public part; the scan would see the key if it leaked. */
    private String privateKeyLine() throws IOException {
        try (Stream<Path> files = Files.walk(out)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                List<String> lines = Files.readAllLines(f, StandardCharsets.ISO_8859_1);
                int begin = lines.indexOf("-----BEGIN ENCRYPTED PRIVATE KEY-----");
                if (begin < 0) {
                    begin = lines.indexOf("-----BEGIN PRIVATE KEY-----");
                }
                if (begin >= 0) {
                    // A middle line: the first lines of an RSA key repeat the public modulus, which the
                    // certificate rightly shows.
                    keyFile = f;
                    int end = lines.indexOf(lines.get(begin).replace("BEGIN", "END"));
                    return lines.get((begin + end) / 2 + 2);
                }
            }
        }
        throw new AssertionError("no private key file was written");
    }

    private static boolean isKeyFile(Path f, String text) {
        String name = f.getFileName().toString();
        return text.contains("PRIVATE KEY-----") || name.endsWith(".pfx") || name.endsWith(".p12");
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
