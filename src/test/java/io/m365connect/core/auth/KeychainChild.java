package io.m365connect.core.auth;

import io.m365connect.core.common.Secret;
import io.m365connect.core.profile.SecretStore;
import io.m365connect.core.profile.SecretStore.Key;
import java.nio.file.Path;

/**
 * Runs in a child JVM inside the D-Bus session a test started (libsecret reads the bus address from the process
 * environment, which a running JVM cannot change). Prints one "key=value" line per fact for the test to check.
 */
public final class KeychainChild {
    private KeychainChild() {
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]);
        String value = args[1];
        SecretStore store = new KeychainSecretStore(home);
        SecretStore.Availability availability = store.availability();
        System.out.println("available=" + store.isAvailable());
        System.out.println("availability=" + availability);
        Key key = Key.clientSecret("contoso.onmicrosoft.com", "11111111-2222-3333-4444-555555555555");
        if (!store.isAvailable()) {
            try {
                store.remember(key, Secret.of(value));
                System.out.println("remember=stored");
            } catch (io.m365connect.core.common.ProblemException e) {
                System.out.println("remember=refused " + e.problem().oneLine());
            }
            return;
        }
        store.remember(key, Secret.of(value));
        System.out.println("remember=stored");
        System.out.println("recall=" + store.recall(key).map(s -> s.reveal(value::equals)).orElse(false));
        Process lookup = new ProcessBuilder("secret-tool", "lookup", "kind", "client-secret", "id",
                "contoso.onmicrosoft.com/11111111-2222-3333-4444-555555555555").redirectErrorStream(true).start();
        String raw = new String(lookup.getInputStream().readAllBytes()).trim();
        lookup.waitFor();
        // The extension stores the bytes base64-encoded as the keyring item's secret.
        System.out.println("keyring-item=" + (raw.isEmpty() ? "missing" : "present"));
        System.out.println("keyring-item-decodes=" + value.equals(new String(java.util.Base64.getDecoder().decode(raw),
                java.nio.charset.StandardCharsets.UTF_8)));
        store.forget(key);
        System.out.println("after-forget=" + store.recall(key).isPresent());
    }
}
