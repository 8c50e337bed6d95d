package io.m365connect.core.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BrowserOpenerTest {

    @Test
    void urlIsAppendedWhenTheCommandHasNoPlaceholder() {
        assertEquals(List.of("firefox", "--new-window", "https://x.test/a?b=c"),
                BrowserOpener.argv("firefox --new-window", "https://x.test/a?b=c"));
    }

    @Test
    void placeholderIsReplacedByTheUrl() {
        assertEquals(List.of("w3m", "-dump", "https://x.test/"), BrowserOpener.argv("w3m -dump %s", "https://x.test/"));
    }

    @Test
    void browserVariableRunsTheNamedCommandWithTheUrl(@TempDir Path dir) throws Exception {
        Path seen = dir.resolve("seen.txt");
        Path script = dir.resolve("browser.sh");
        Files.writeString(script, "#!/bin/sh\necho \"$1\" > '" + seen + "'\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));

        BrowserOpener opener = BrowserOpener.fromBrowserVariable(
                Map.of("BROWSER", dir.resolve("missing-browser") + ":" + script)).orElseThrow();
        opener.open(URI.create("https://login.test/authorize?x=1"));

        Instant until = Instant.now().plus(Duration.ofSeconds(10));
        while (!Files.exists(seen) || Files.readString(seen).isBlank()) {
            assertTrue(Instant.now().isBefore(until), "the BROWSER command did not run");
            Thread.sleep(20);
        }
        assertEquals("https://login.test/authorize?x=1", Files.readString(seen).strip());
    }

    @Test
    void noBrowserVariableMeansThePlatformOpener() {
        assertTrue(BrowserOpener.fromBrowserVariable(Map.of()).isEmpty());
    }

    @Test
    void noStartableBrowserIsAnIoFailure(@TempDir Path dir) {
        BrowserOpener opener = BrowserOpener.fromBrowserVariable(Map.of("BROWSER", dir.resolve("nope").toString()))
                .orElseThrow();
        IOException e = assertThrows(IOException.class, () -> opener.open(URI.create("https://x.test/")));
        assertTrue(e.getMessage().startsWith("no browser could be started"));
    }
}
