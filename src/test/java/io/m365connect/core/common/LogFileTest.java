package io.m365connect.core.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogFileTest {
    @TempDir
    Path home;
    private LogFile handler;
    private final Logger logger = Logger.getLogger("io.m365connect.test.LogFileTest");

    @AfterEach
    void close() {
        if (handler != null) {
            logger.removeHandler(handler);
            handler.close();
        }
        Redactor.forgetAll();
    }

    private LogFile attach(long limit) throws IOException {
        handler = new LogFile(home.resolve("logs"), limit, 2);
        logger.setUseParentHandlers(false);
        logger.addHandler(handler);
        return handler;
    }

    @Test
    void ourLogWritesRedactedLinesToTheFileUnderAppHome() throws IOException {
        attach(LogFile.DEFAULT_LIMIT);
        Secret secret = Secret.of("Plum-Falcon-9931-secret");
        Redactor.register(secret);
        logger.info("sending client_secret=Plum-Falcon-9931-secret now");
        logger.log(Level.WARNING, "failed", new IllegalStateException("Authorization: Bearer eyJabcdefgh.eyJxyz.sig"));
        String text = Files.readString(home.resolve("logs/m365connect.log"));
        assertTrue(text.contains("client_secret=[redacted]"), text);
        assertFalse(text.contains("Plum-Falcon-9931"), text);
        assertFalse(text.contains("eyJabcdefgh"), text);
        assertTrue(text.contains("IllegalStateException"), text);
    }

    @Test
    void logMessagesWithCausesAreRedactedBeforeAnyHandlerSeesThem() {
        java.util.List<String> seen = new java.util.ArrayList<>();
        Logger jul = Logger.getLogger(LogFileTest.class.getName());
        java.util.logging.Handler capture = new java.util.logging.Handler() {
            @Override public void publish(LogRecord r) { seen.add(r.getMessage() + (r.getThrown() == null ? "" : "THROWN")); }
            @Override public void flush() { }
            @Override public void close() { }
        };
        jul.addHandler(capture);
        try {
            Log.of(LogFileTest.class).error("password=Kestrel_Moss_551 refused",
                    new RuntimeException("client_assertion=eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJ4In0.c2ln"));
        } finally {
            jul.removeHandler(capture);
        }
        assertEquals(1, seen.size());
        assertFalse(seen.get(0).contains("Kestrel_Moss_551"), seen.get(0));
        assertFalse(seen.get(0).contains("eyJpc3MiOiJ4In0"), seen.get(0));
        assertFalse(seen.get(0).endsWith("THROWN"), "the cause travels as redacted text, not as a raw throwable");
        assertTrue(seen.get(0).contains("RuntimeException"), seen.get(0));
    }

    @Test
    void fileRotatesWhenFullAndKeepsTwoOlderFiles() throws IOException {
        attach(2_000);
        for (int i = 0; i < 200; i++) {
            logger.info("line " + i + " " + "x".repeat(80));
        }
        Path logs = home.resolve("logs");
        assertTrue(Files.size(logs.resolve("m365connect.log")) <= 2_000);
        assertTrue(Files.exists(logs.resolve("m365connect.log.1")));
        assertTrue(Files.exists(logs.resolve("m365connect.log.2")));
        assertFalse(Files.exists(logs.resolve("m365connect.log.3")));
        assertTrue(Files.readString(logs.resolve("m365connect.log")).contains("line 199"));
    }

    private String runChild(Path appHome, String what) throws IOException, InterruptedException {
        Path output = home.resolve("child-output.txt");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LogFileChild.class.getName(), appHome.toString(), what)
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the child ended");
        assertEquals(0, p.exitValue(), Files.readString(output));
        return Files.readString(output);
    }

    @Test
    void installedOnFirstUseTheFileTakesLibraryAndOwnLinesAndTheTerminalNone() throws Exception {
        Path appHome = home.resolve("app-home");

        String terminal = runChild(appHome, "both");

        assertEquals("", terminal, "java.util.logging's console output is replaced");
        String text = Files.readString(appHome.resolve("logs/m365connect.log"));
        assertTrue(text.contains("INFO org.example.library: a library line through java.util.logging"), text);
        assertTrue(text.contains("our line, client_secret=[redacted]"), text);
        assertFalse(text.contains("debug line"), text);
        assertEquals("rw-------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(appHome.resolve("logs/m365connect.log"))));
    }

    @Test
    void installedOnFirstUseAProcessThatLogsNothingOpensNoFile() throws Exception {
        Path appHome = home.resolve("app-home");

        String terminal = runChild(appHome, "nothing");

        assertEquals("", terminal);
        assertFalse(Files.exists(appHome.resolve("logs")), "no log folder without a log line");
    }

    @Test
    void aLogFileThatCannotBeOpenedCostsOneLineAndNotTheRun() throws Exception {
        Path notAFolder = Files.writeString(home.resolve("app-home"), "a file where the app home should be");

        String terminal = runChild(notAFolder, "both");

        assertTrue(terminal.contains("No log file under " + notAFolder.resolve("logs")), terminal);
        assertEquals(1, terminal.lines().count(), terminal);
        assertFalse(terminal.contains("at io.m365connect"), "no stack trace: " + terminal);
    }

    @Test
    void logFileIsOwnerOnly() throws IOException {
        attach(LogFile.DEFAULT_LIMIT);
        assertEquals("rw-------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(home.resolve("logs/m365connect.log"))));
    }
}
