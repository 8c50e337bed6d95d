package io.m365connect.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a fresh process loads before it has done its job (issues #3 and #8): a one-file {@code cert convert} and
 * the wizard's first frame each run in a JVM of their own with the class-load log on, and the log must not
 * name what they do not need.
 */
class StartupClassesTest {
    @TempDir
    Path home;

    private List<String> loadedClasses(List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        Path log = home.resolve("classes.log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=" + log, "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                "-Duser.home=" + home, "-cp", System.getProperty("java.class.path")));
        command.addAll(jvmOptions);
        command.add(Launcher.class.getName());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(home.resolve("output.txt").toFile());
        pb.environment().remove("M365CONNECT_HOME");
        pb.environment().remove("DISPLAY");
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the process ended");
        assertEquals(0, p.exitValue(), Files.readString(home.resolve("output.txt")));
        return Files.readAllLines(log).stream().map(l -> l.replaceFirst("^\\[[^]]*]\\[[^]]*]\\[[^]]*] ", ""))
                .map(l -> l.split(" ", 2)[0]).toList();
    }

    private static List<String> matching(List<String> classes, String... prefixes) {
        return classes.stream().filter(c -> List.of(prefixes).stream().anyMatch(c::startsWith)).toList();
    }

    @Test
    void convertingOneCertificateLoadsNoCatalogNorMsalNorKeychainNorJavaFxNorLogHandler() throws Exception {
        Path pfx = Path.of("src/test/resources/certs/openssl3-default.pfx").toAbsolutePath();

        List<String> classes = loadedClasses(List.of(), "cert", "convert", pfx.toString(), "--to", "pem",
                "--passin", "pass:Test1234", "--out", home.resolve("out").toString());

        assertTrue(Files.isRegularFile(home.resolve("out/openssl3-default.crt.pem")));
        assertTrue(classes.contains("org.bouncycastle.asn1.pkcs.Pfx"), "the log holds what was loaded");
        assertEquals(List.of(), matching(classes, "com.fasterxml.jackson.databind.ObjectMapper",
                "com.fasterxml.jackson.core.JsonParser", "io.m365connect.core.recipe.RecipeResolver",
                "io.m365connect.core.auth.MsalTokenService", "com.microsoft.aad", "com.sun.jna", "javafx.",
                "jakarta.mail", "java.util.logging.StreamHandler", "io.m365connect.core.common.Redactor"));
        assertFalse(Files.exists(home.resolve(".config/m365-connect/logs")), "nothing logged, no log file opened");
    }

    @Test
    void theWizardsFirstFrameLoadsNoBouncyCastleMsalKeychainOrMail() throws Exception {
        List<String> classes = loadedClasses(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                "-Dprism.order=sw", "-Djava.awt.headless=true"), "--smoke");

        assertTrue(classes.contains("io.m365connect.ui.step.target.TargetView"), "the first page was shown");
        assertFalse(Files.readString(home.resolve("output.txt")).contains("Smoke run"), "log lines stay off the terminal");
        assertTrue(Files.readString(home.resolve(".config/m365-connect/logs/m365connect.log")).contains("Smoke run: first frame"));
        assertEquals(List.of(), matching(classes, "org.bouncycastle", "com.microsoft.aad", "com.sun.jna", "jakarta.mail",
                "org.eclipse.angus", "io.m365connect.ui.step.credential.CredentialViewModel",
                "io.m365connect.ui.step.handoff.HandoffViewModel", "io.m365connect.core.cert.CertificateReader"));
    }
}
