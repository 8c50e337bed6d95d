package io.m365connect.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.m365connect.core.diagnose.ErrorCatalog;
import io.m365connect.core.net.HttpSettings;
import io.m365connect.core.profile.SecretStore;
import io.m365connect.core.recipe.RecipeCatalog;
import io.m365connect.core.tenant.CloudCatalog;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class ServicesTest {
    private final Map<String, Integer> builds = new ConcurrentHashMap<>();

    private <T> Supplier<T> counted(String name, Supplier<T> build) {
        return () -> {
            builds.merge(name, 1, Integer::sum);
            return build.get();
        };
    }

    @Test
    void eachServiceIsBuiltOnFirstUseAndOnlyOnce() {
        Supplier<CloudCatalog> clouds = counted("clouds", CloudCatalog::loadBuiltIn);
        Services services = new Services(counted("version", () -> "1.0"), Path.of("home"), clouds,
                counted("recipes", () -> RecipeCatalog.loadBuiltIn(CloudCatalog.loadBuiltIn())), HttpSettings.defaults(),
                () -> null, counted("tokens", () -> (request, cancellation) -> null),
                counted("errors", ErrorCatalog::loadBuiltIn),
                counted("secrets", () -> SecretStore.unavailable("no keychain in this test")));

        assertEquals(Map.of(), builds, "building Services builds none of its services");
        assertEquals("1.0", services.version());
        assertEquals("1.0", services.version());
        assertEquals(1, builds.get("version"), "the version is read once");

        CloudCatalog first = services.clouds();
        assertSame(first, services.clouds());
        services.recipes();
        services.recipes();
        assertEquals(Map.of("version", 1, "clouds", 1, "recipes", 1), builds);

        services.tokens();
        services.errorCatalog();
        services.secrets();
        services.tokens();
        services.secrets();
        assertEquals(Map.of("version", 1, "clouds", 1, "recipes", 1, "tokens", 1, "errors", 1, "secrets", 1), builds);
    }
}
