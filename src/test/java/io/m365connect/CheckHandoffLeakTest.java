package io.m365connect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.m365connect.core.cert.CertificateBundle;
import io.m365connect.core.cert.CertificateReader;
import io.m365connect.core.common.Secret;
import io.m365connect.core.handoff.CertificatePfx;
import io.m365connect.core.handoff.CredentialFiles;
import io.m365connect.core.handoff.HandoffCredential;
import io.m365connect.core.handoff.HandoffPackage;
import io.m365connect.core.handoff.RecipeFiles;
import io.m365connect.core.practice.PracticeTenant.DemoCredential;
import io.m365connect.core.profile.ProfileStore;
import io.m365connect.core.recipe.CredentialKind;
import io.m365connect.core.recipe.Recipe;
import io.m365connect.core.recipe.RecipeCatalog;
import io.m365connect.core.tenant.CloudCatalog;
import io.m365connect.sandbox.EmulatorPracticeTenant;
import io.m365connect.sandbox.TenantDefinition;
import io.m365connect.ui.common.DirectUiExecutor;
import io.m365connect.ui.common.TextClipboard;
import io.m365connect.ui.shell.WizardSession;
import io.m365connect.ui.step.handoff.HandoffStep;
import io.m365connect.ui.step.handoff.HandoffViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check} and {@code handoff} for every recipe against the practice tenant, with a client secret, certificate
 * passwords and a user password nobody else uses (right, wrong, from stdin, with {@code --json} and {@code --debug}),
 * then the wizard's Hand-off page saving its report, profile, reminder, scripts and files for each recipe. Every
 * file written (the key and PFX files aside), the log and everything printed is scanned for those values.
 */
class CheckHandoffLeakTest {
    static final String CLIENT_SECRET = "Cs~HANDOFFLEAK.4tQ8-z2Wp_6Mn";
    static final String WRONG_SECRET = "Cs~HANDOFFLEAK.wrong-51Kc";
    static final String PFX_PASSWORD = "Pfx-HANDOFFLEAK-r8Ys!77";
    static final String PFX_OUT_PASSWORD = "PfxOut-HANDOFFLEAK-m3Dj";
    static final String USER_PASSWORD = "User-HANDOFFLEAK-v6Hq#19";
    static final String WRONG_PASSWORD = "Wrong-HANDOFFLEAK-c2Lz";
    static final List<String> VALUES = List.of(CLIENT_SECRET, WRONG_SECRET, PFX_PASSWORD, PFX_OUT_PASSWORD,
            USER_PASSWORD, WRONG_PASSWORD);

    @TempDir
    Path tmp;
    private Path out;
    private LeakScan scan;
    private EmulatorPracticeTenant practice;
    private Path pfx;
    private Path pemCert;
    private Path pemKey;

    @BeforeEach
    void start() throws Exception {
        out = tmp.resolve("out");
        scan = new LeakScan(tmp.resolve("home"));
        practice = LeakScan.practiceWithSecret(tmp.resolve("practice"), CLIENT_SECRET);
        practice.change(t -> t.withUsers(u -> new TenantDefinition.User(u.upn(), u.displayName(), u.objectId(),
                USER_PASSWORD, u.mfaRequired(), u.disabled(), u.federated(), u.directoryRoles())));
        DemoCredential demo = practice.demoCredentials().stream().filter(d -> d.certificateFile() != null)
                .findFirst().orElseThrow();
        // The practice certificate, protected with our own passwords: as a PFX and as a PEM pair.
        Path cred = out.resolve("credential");
        String demoPass = "pass:" + demo.certificatePassword();
        assertEquals(0, scan.cli("convert pfx", "", "cert", "convert", demo.certificateFile().toString(), "--to",
                "pfx", "--out", cred.resolve("pfx").toString(), "--passin", demoPass, "--passout",
                "pass:" + PFX_PASSWORD), scan.said("convert pfx stderr"));
        assertEquals(0, scan.cli("convert pem", "", "cert", "convert", demo.certificateFile().toString(), "--to",
                "pem", "--key-format", "encrypted", "--out", cred.resolve("pem").toString(), "--passin", demoPass,
                "--passout", "pass:" + PFX_PASSWORD), scan.said("convert pem stderr"));
        pfx = only(cred.resolve("pfx"), ".pfx");
        pemKey = only(cred.resolve("pem"), "key.pem");
        try (Stream<Path> pem = Files.list(cred.resolve("pem"))) {
            pemCert = pem.filter(p -> !p.equals(pemKey)).findFirst().orElseThrow();
        }
    }

    @AfterEach
    void stop() {
        practice.stop();
        scan.close();
    }

    private static Path only(Path dir, String suffix) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(suffix)).findFirst()
                    .orElseThrow(() -> new AssertionError("no " + suffix + " in " + dir));
        }
    }

    /** How one recipe's app signs in here, right or wrong; a value to read from stdin goes in {@code stdin}. */
    private record SignIn(List<String> args, String stdin) {
    }

    private SignIn signIn(Recipe recipe, DemoCredential d, boolean right, boolean fromStdin) {
        String value;
        List<String> args = new ArrayList<>();
        if (d.username() != null && recipe.accepts(CredentialKind.ROPC)) {
            value = right ? USER_PASSWORD : WRONG_PASSWORD;
            args.addAll(List.of("--username", d.username(), "--password", fromStdin ? "stdin" : "pass:" + value));
            if (d.secret() != null) {
                args.addAll(List.of("--secret", "pass:" + CLIENT_SECRET));
            }
        } else if (d.secret() != null && recipe.accepts(CredentialKind.SECRET)) {
            value = right ? CLIENT_SECRET : WRONG_SECRET;
            args.addAll(List.of("--secret", fromStdin ? "stdin" : "pass:" + value));
        } else {
            value = right ? PFX_PASSWORD : WRONG_PASSWORD;
            boolean asPfx = RecipeFiles.asksForPfx(recipe);
            args.addAll(List.of("--cert", (asPfx ? pfx : pemCert).toString()));
            if (!asPfx) {
                args.addAll(List.of("--key", pemKey.toString()));
            }
            args.addAll(List.of("--passin", fromStdin ? "stdin" : "pass:" + value));
            if (asPfx) {
                args.addAll(List.of("--passout", "pass:" + PFX_OUT_PASSWORD));
            }
        }
        return new SignIn(args, fromStdin ? value + "\n" : "");
    }

    private List<String> base(String command, Recipe recipe, DemoCredential d) {
        List<String> args = new ArrayList<>(List.of(command, "--recipe", recipe.id(), "--tenant", practice.tenantId(),
                "--client-id", d.clientId(), "--cloud-file", practice.cloudFile().toString(), "--trust-ca",
                practice.caFile().toString()));
        if (recipe.inputs().stream().anyMatch(i -> i.id().equals("organization"))) {
            args.addAll(List.of("--organization", d.tenantDomain()));
        }
        return args;
    }

    private int run(String label, String command, Recipe recipe, DemoCredential d, SignIn signIn, String... more) {
        List<String> args = base(command, recipe, d);
        List<String> credential = new ArrayList<>(signIn.args());
        if (command.equals("check")) {
            int passout = credential.indexOf("--passout");
            if (passout >= 0) {
                credential.subList(passout, passout + 2).clear();
            }
        }
        args.addAll(credential);
        args.addAll(List.of(more));
        return scan.cli(label, signIn.stdin(), args);
    }

    /** Each recipe through check (plain, JSON, stdin with --debug, wrong with --debug) and handoff (plain, JSON). */
    private int runCommands(List<Recipe> recipes) {
        int passed = 0;
        for (Recipe r : recipes) {
            DemoCredential d = demo(r);
            String id = r.id();
            passed += run("check " + id, "check", r, d, signIn(r, d, true, false)) == 0 ? 1 : 0;
            run("check json " + id, "check", r, d, signIn(r, d, true, false), "--json");
            run("check stdin " + id, "check", r, d, signIn(r, d, true, true), "--debug");
            int handoff = run("handoff " + id, "handoff", r, d, signIn(r, d, true, false), "--out",
                    out.resolve("handoff").resolve(id).toString());
            assertTrue(handoff == 0 || handoff == 1, id + ": " + scan.said("handoff " + id + " stderr"));
            assertTrue(Files.exists(out.resolve("handoff").resolve(id).resolve(HandoffPackage.FIELDS)), id);
            run("handoff json " + id, "handoff", r, d, signIn(r, d, true, false), "--json", "--out",
                    out.resolve("handoff-json").resolve(id).toString());
            run("check wrong " + id, "check", r, d, signIn(r, d, false, false), "--debug", "--json");
            run("handoff wrong " + id, "handoff", r, d, signIn(r, d, false, false), "--debug", "--out",
                    out.resolve("handoff-wrong").resolve(id).toString());
        }
        return passed;
    }

    private DemoCredential demo(Recipe recipe) {
        return practice.demoCredentials().stream().filter(d -> d.recipeId().equals(recipe.id())).findFirst()
                .orElseThrow(() -> new AssertionError("no practice app for " + recipe.id()));
    }

    /** The wizard's Hand-off page with the credential in memory: report, profile, reminder, scripts and files. */
    private void runHandoffPage(List<Recipe> recipes) throws Exception {
        CloudCatalog clouds = CloudCatalog.loadBuiltIn();
        RecipeCatalog catalog = RecipeCatalog.loadBuiltIn(clouds);
        CertificateBundle bundle = new CertificateReader().read(pfx, Optional.of(Secret.of(PFX_PASSWORD)));
        for (Recipe r : recipes) {
            WizardSession session = new WizardSession(catalog::all, clouds.all(), new DirectUiExecutor(),
                    new ProfileStore(scan.home()));
            session.startAutosave();
            session.chooseRecipe(r.id());
            session.tenantProperty().set(practice.tenantId());
            session.clientIdProperty().set(demo(r).clientId());
            session.inputs().put("organization", demo(r).tenantDomain());
            session.credentialMaterialProperty().set(r.accepts(CredentialKind.SECRET) || r.accepts(CredentialKind.ROPC)
                    ? new HandoffCredential.ClientSecret(Secret.of(CLIENT_SECRET),
                            Optional.of(Instant.now().plus(180, ChronoUnit.DAYS)))
                    : new HandoffCredential.Certificate(bundle.certificate(), bundle.issuers(),
                            bundle.privateKey().orElseThrow(), Secret.of(PFX_OUT_PASSWORD)));
            HandoffStep step = new HandoffStep(session, catalog.permissions(), new DirectUiExecutor(), new Clipboard(),
                    new CredentialFiles(CertificatePfx.encoder()), "leak-test", url -> { });
            step.entered();
            HandoffViewModel page = step.model();
            page.fields().forEach(page::copy);
            Path dir = out.resolve("page").resolve(r.id());
            page.saveReport(dir.resolve("report.html"));
            page.saveProfile(dir.resolve("helpdesk"));
            if (page.canAddToCalendar()) {
                page.addToCalendar(dir.resolve("renew.ics"));
            }
            for (HandoffPackage.Script s : page.scripts()) {
                page.saveScript(s, dir.resolve(s.fileName()));
            }
            if (page.hasFilesProperty().get()) {
                page.saveFiles(dir.resolve("files"));
            }
            scan.shown("hand-off page " + r.id(), page.problemProperty().get());
            assertNull(page.problemProperty().get(), r.id());
            session.notesProperty().set("changed, so the draft is written");
            session.saveNow();
        }
    }

    /** The person's clipboard: the one place a copied secret belongs; not scanned. */
    private static final class Clipboard implements TextClipboard {
        @Override
        public void put(String text) {
        }

        @Override
        public Optional<String> text() {
            return Optional.empty();
        }

        @Override
        public void clear() {
        }
    }

    @Test
    void checkAndHandoffForEveryRecipeSayAndWriteNoSecretPasswordOrKey() throws Exception {
        List<Recipe> recipes = RecipeCatalog.loadBuiltIn(CloudCatalog.loadBuiltIn()).all().stream()
                .filter(r -> practice.demoCredentials().stream().anyMatch(d -> d.recipeId().equals(r.id()))).toList();
        assertTrue(recipes.size() >= 5, "every recipe with a practice app takes part: " + recipes);
        int passed = runCommands(recipes);
        assertTrue(passed >= 3, "the distinctive values signed in and the checks passed for several recipes: " + passed);
        runHandoffPage(recipes);

        List<Path> roots = List.of(scan.home(), out);
        List<String> keyLines = LeakScan.privateKeyLines(roots);
        List<String> needles = LeakScan.needles(VALUES);
        needles.addAll(keyLines);
        needles.addAll(LeakScan.JWT_HEADS);
        LeakScan.Result result = scan.scan(roots, needles);
        assertEquals(List.of(), result.hits());
        assertTrue(result.keyFilesHoldAll(keyLines) && keyLines.size() >= 3, "the key needles are real: " + keyLines);
        assertTrue(result.keyFiles().stream().anyMatch(p -> p.getFileName().toString().equals(RecipeFiles.PFX)),
                "the hand-off's own PFX was written and left out as a key file");
        System.out.printf("secret scan (check, handoff, hand-off page): %d files and outputs, %d values in %d forms, "
                + "%d key files left out, %d hits%n", result.scanned(), VALUES.size(), result.needles(),
                result.keyFiles().size(), result.hits().size());
        String log = scan.logText();
        assertTrue(log.contains("Probe graph: passed") && log.contains("Probe management-activity: passed")
                && log.contains("Probe exchange-admin: passed") && log.contains("Wrote 6 files to "),
                () -> "probes and hand-off wrote to the log: " + log.lines()
                        .filter(l -> l.contains("Probe ") || l.contains("Wrote ")).toList());
        assertTrue(scan.said("check wrong blink-microsoft-graph stdout").contains("\"ok\""), "the wrong run was JSON");
        assertFalse(scan.said("check blink-microsoft-graph stdout").isBlank());
    }
}
