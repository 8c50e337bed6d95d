package io.m365connect.core.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.m365connect.core.profile.SecretStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Against a real Secret Service: gnome-keyring in a private D-Bus session this test starts, with HOME in a
 * temporary folder so the person's own keyring is never touched. The store runs in a child JVM because libsecret
 * finds the bus through the process environment.
 */
class KeychainSecretStoreTest {
    private static final String VALUE = "Zephyr~Quartz.4412-remembered";

    @TempDir
    Path tmp;

    private static boolean installed(String command) {
        return Stream.of(System.getenv("PATH").split(":")).anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }

    private Map<String, String> runChild(boolean withKeyring) throws IOException, InterruptedException {
        Path home = tmp.resolve("home");
        Path appHome = tmp.resolve("app");
        Files.createDirectories(home);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String child = "exec '" + java + "' -cp '" + System.getProperty("java.class.path") + "' "
                + KeychainChild.class.getName() + " '" + appHome + "' '" + VALUE + "'";
        List<String> command = new ArrayList<>();
        if (withKeyring) {
            command.addAll(List.of("dbus-run-session", "--", "sh", "-c",
                    "printf %s unlock-pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; " + child));
        } else {
            command.addAll(List.of("sh", "-c", child));
        }
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("DBUS_") || k.equals("DISPLAY") || k.startsWith("XDG_")
                || k.equals("GNOME_KEYRING_CONTROL"));
        env.put("HOME", home.toString());
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "child did not finish");
        Map<String, String> facts = new HashMap<>();
        for (String line : output.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0 && !line.startsWith(" ")) {
                facts.putIfAbsent(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        facts.put("output", output);
        assertNoSecretInFiles(appHome);
        return facts;
    }

    private static void assertNoSecretInFiles(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        List<String> forms = List.of(VALUE, Base64.getEncoder().encodeToString(VALUE.getBytes(StandardCharsets.UTF_8)));
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(f, StandardCharsets.ISO_8859_1);
                for (String form : forms) {
                    assertFalse(text.contains(form), f + " holds the secret");
                }
            }
        }
    }

    @Test
    void rememberedSecretGoesToTheSecretServiceAndComesBackAndIsForgotten() throws Exception {
        assumeTrue(System.getProperty("os.name").toLowerCase().contains("linux"), "Secret Service is Linux only");
        assumeTrue(installed("dbus-run-session") && installed("gnome-keyring-daemon") && installed("secret-tool"),
                "needs dbus-daemon, gnome-keyring and libsecret-tools (.ci/run installs them)");
        Map<String, String> facts = runChild(true);
        assertEquals("true", facts.get("available"), facts.get("output"));
        assertEquals("stored", facts.get("remember"), facts.get("output"));
        assertEquals("true", facts.get("recall"), facts.get("output"));
        assertEquals("present", facts.get("keyring-item"), "the value is an item of the keyring itself");
        assertEquals("true", facts.get("keyring-item-decodes"), facts.get("output"));
        assertEquals("false", facts.get("after-forget"), facts.get("output"));
    }

    @Test
    void withoutASecretServiceRememberingIsRefusedWithAReasonAndNothingIsWritten() throws Exception {
        assumeTrue(System.getProperty("os.name").toLowerCase().contains("linux"), "the headless case is Linux's");
        Map<String, String> facts = runChild(false);
        assertEquals("false", facts.get("available"), facts.get("output"));
        assertTrue(facts.get("availability").contains("No Secret Service"), facts.get("availability"));
        assertTrue(facts.get("remember").startsWith("refused The secret cannot be remembered on this computer."),
                facts.get("remember"));
        assertTrue(facts.get("remember").contains("it is not written to a file instead"), facts.get("remember"));
    }

    @Test
    void unavailableStoreRecallsNothingAndSaysWhy() throws Exception {
        SecretStore store = SecretStore.unavailable("no keychain in this test");
        assertFalse(store.isAvailable());
        assertEquals(new SecretStore.Unavailable("no keychain in this test"), store.availability());
        assertTrue(store.recall(SecretStore.Key.certificatePassword("contoso.onmicrosoft.com",
                "11111111-2222-3333-4444-555555555555")).isEmpty());
    }

    @Test
    void aKeychainWaitingForAPromptIsReportedAfterTheWaitAndAnsweredLater() throws Exception {
        java.util.concurrent.CountDownLatch unlocked = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicInteger probes = new java.util.concurrent.atomic.AtomicInteger();
        KeychainSecretStore store = new KeychainSecretStore(tmp, () -> {
            probes.incrementAndGet();
            try {
                unlocked.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new SecretStore.Available("the test keyring");
        }, java.time.Duration.ofMillis(200));
        SecretStore.Availability first = store.availability();
        SecretStore.Unavailable waiting = org.junit.jupiter.api.Assertions.assertInstanceOf(
                SecretStore.Unavailable.class, first);
        assertTrue(waiting.reason().startsWith("The system keychain did not answer within 0 s; it may be waiting for "
                + "you to unlock it"), waiting.reason());
        assertFalse(store.isAvailable(), "still waiting");
        unlocked.countDown();
        assertEquals(new SecretStore.Available("the test keyring"), store.availability());
        assertEquals(1, probes.get(), "one probe, however many asked");
    }
}
