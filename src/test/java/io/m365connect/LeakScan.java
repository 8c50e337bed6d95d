package io.m365connect;

import io.m365connect.cli.Cli;
import io.m365connect.core.Services;
import io.m365connect.core.common.LogFile;
import io.m365connect.core.common.Problem;
import io.m365connect.core.common.Redactor;
import io.m365connect.core.common.WholeLogFile;
import io.m365connect.core.net.HttpSettings;
import io.m365connect.core.recipe.RecipeCatalog;
import io.m365connect.core.tenant.CloudCatalog;
import io.m365connect.sandbox.EmulatorPracticeTenant;
import io.m365connect.sandbox.TenantDefinition;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The secret-leak tests' shared part: the app's log file under a test home, the CLI run in-process with what it
 * said kept, and the scan of every file written and everything said for secret values in each form they travel
 * in (plain, base64, base64url, URL-encoded), lines of private keys and JWT headers. Key files are the one place
 * key material may be; they are left out of the scan (and reported as such).
 */
final class LeakScan implements AutoCloseable {
    /** The first characters of a JWT header in the shapes our tokens and assertions take. */
    static final List<String> JWT_HEADS = List.of("eyJ0eXAi", "eyJhbGci", "eyJraWQi", "eyJ4NXQi");

    /** What the scan found: how many files and outputs were read, which ones held what, which were key files. */
    record Result(int scanned, int needles, List<String> hits, List<Path> keyFiles) {
        /** The control: the key lines searched for are really in the key files, so the scan would see them. */
        boolean keyFilesHoldAll(List<String> keyLines) {
            String keys = String.join("\n", keyFiles.stream().map(LeakScan::read).toList());
            return keyLines.stream().allMatch(keys::contains);
        }
    }

    private final Path home;
    private final LogFile log;
    private final LogFile wholeLog;
    private final List<Handler> savedHandlers;
    private final Map<String, String> said = new LinkedHashMap<>();

    /** Installs the app's log file under {@code home}, as the app does at start, in place of the test's handlers. */
    LeakScan(Path home) throws IOException {
        this.home = home;
        Logger root = LogManager.getLogManager().getLogger("");
        savedHandlers = List.of(root.getHandlers());
        Redactor.forgetAll();
        log = LogFile.install(home, true);
        wholeLog = WholeLogFile.attach(home.resolve("whole-log"));
    }

    Path home() {
        return home;
    }

    Path logFile() {
        return home.resolve("logs/m365connect.log");
    }

    /**
     * Everything the log was told during the run, as the log file writes it: the app's own file rotates at 512 KB
     * and keeps two older parts, so a long run with --debug would push its start out of reach; a copy that is never
     * rotated (scanned with the rest of the home folder) keeps it all.
     */
    String logText() {
        wholeLog.flush();
        return read(wholeLog.file());
    }

    /** Services as the CLI gets them, with this home. */
    Services services() {
        CloudCatalog clouds = CloudCatalog.loadBuiltIn();
        return new Services("test", home, clouds, RecipeCatalog.loadBuiltIn(clouds), HttpSettings.defaults(), () -> {
            throw new UnsupportedOperationException("not needed here");
        });
    }

    /** Runs the CLI in-process; its stdout and stderr are kept under {@code label} for the scan. */
    int cli(String label, String stdin, String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Cli.run(args, services(), new PrintWriter(o, true), new PrintWriter(e, true),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        said.put(label + " stdout", o.toString());
        said.put(label + " stderr", e.toString());
        return code;
    }

    int cli(String label, String stdin, List<String> args) {
        return cli(label, stdin, args.toArray(String[]::new));
    }

    /** A problem shown to the person, kept for the scan. */
    void shown(String label, Problem problem) {
        said.put(label, problem == null ? "" : problem.oneLine());
    }

    String said(String label) {
        return said.getOrDefault(label, "");
    }

    /** Each value in every form it travels in. */
    static List<String> needles(List<String> values) {
        List<String> out = new ArrayList<>();
        values.forEach(v -> out.addAll(Redactor.encodedForms(v)));
        return out;
    }

    /**
     * A middle line of each PEM private key under {@code roots}: the first lines of an RSA key repeat the public
     * modulus, which a certificate rightly shows; a middle line is private.
     */
    static List<String> privateKeyLines(List<Path> roots) throws IOException {
        List<String> out = new ArrayList<>();
        for (Path f : files(roots)) {
            List<String> lines = Files.readAllLines(f, StandardCharsets.ISO_8859_1);
            for (String begin : List.of("-----BEGIN ENCRYPTED PRIVATE KEY-----", "-----BEGIN PRIVATE KEY-----",
                    "-----BEGIN RSA PRIVATE KEY-----")) {
                int at = lines.indexOf(begin);
                if (at >= 0) {
                    int end = lines.indexOf(begin.replace("BEGIN", "END"));
                    out.add(lines.get((at + end) / 2 + 2));
                }
            }
        }
        return out;
    }

    /** Flushes the log, then reads every file under {@code roots} (key files aside) and everything said. */
    Result scan(List<Path> roots, List<String> needles) throws IOException {
        log.flush();
        wholeLog.flush();
        List<String> hits = new ArrayList<>();
        List<Path> keyFiles = new ArrayList<>();
        int scanned = 0;
        for (Path f : files(roots)) {
            if (isKeyFile(f)) {
                keyFiles.add(f);
                continue;
            }
            String text = read(f);
            scanned++;
            needles.stream().filter(text::contains).forEach(n -> hits.add(f + " holds " + n));
            if (text.contains("PRIVATE KEY-----")) {
                hits.add(f + " holds a private-key block");
            }
        }
        for (Map.Entry<String, String> e : said.entrySet()) {
            scanned++;
            needles.stream().filter(e.getValue()::contains).forEach(n -> hits.add(e.getKey() + " says " + n));
        }
        return new Result(scanned, needles.size(), hits, keyFiles);
    }

    /**
     * The practice tenant with every app's client secret replaced by {@code clientSecret}, so the CLI signs in with
     * a value nobody else uses.
     */
    static EmulatorPracticeTenant practiceWithSecret(Path dir, String clientSecret) throws Exception {
        EmulatorPracticeTenant practice = new EmulatorPracticeTenant();
        practice.start(0, dir);
        practice.change(t -> t.withApps(a -> a.withSecrets(a.secrets().stream()
                .map(x -> new TenantDefinition.ClientSecret(x.keyId(), clientSecret, x.expires())).toList())));
        return practice;
    }

    static String read(Path f) {
        try {
            return Files.readString(f, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The files whose job is to hold a private key, known by name: {@code *.pfx}, {@code *.p12} and {@code *key.pem}.
     * Any other file holding a private-key block is a leak.
     */
    static boolean isKeyFile(Path f) {
        String name = f.getFileName().toString();
        return name.endsWith(".pfx") || name.endsWith(".p12") || name.endsWith("key.pem");
    }

    private static List<Path> files(List<Path> roots) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path root : roots) {
            if (Files.exists(root)) {
                try (Stream<Path> files = Files.walk(root)) {
                    files.filter(Files::isRegularFile).sorted().forEach(out::add);
                }
            }
        }
        return out;
    }

    @Override
    public void close() {
        Logger root = LogManager.getLogManager().getLogger("");
        root.removeHandler(log);
        log.close();
        WholeLogFile.remove(wholeLog);
        savedHandlers.forEach(root::addHandler);
    }
}
