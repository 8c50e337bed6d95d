package io.m365connect.app;

import io.m365connect.core.Services;
import io.m365connect.core.auth.KeychainSecretStore;
import io.m365connect.core.auth.MsalTokenService;
import io.m365connect.core.common.Lazy;
import io.m365connect.core.common.LogFile;
import io.m365connect.core.diagnose.ErrorCatalog;
import io.m365connect.core.net.HttpClients;
import io.m365connect.core.net.HttpSettings;
import io.m365connect.core.practice.PracticeTenant;
import io.m365connect.core.profile.AppHome;
import io.m365connect.core.recipe.RecipeCatalog;
import io.m365connect.core.tenant.CloudCatalog;
import io.m365connect.sandbox.EmulatorPracticeTenant;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/** Builds {@link Services} by hand: the one place that knows every implementation. */
final class Wiring {
    private Wiring() {
    }

    static Services build() {
        // Before any HTTP client exists: proxies asking for Basic credentials on HTTPS tunnels must get them.
        HttpClients.allowBasicForTunnels();
        Path home = AppHome.current();
        Lazy<CloudCatalog> clouds = Lazy.of(CloudCatalog::loadBuiltIn);
        Lazy<ErrorCatalog> errors = Lazy.of(ErrorCatalog::loadBuiltIn);
        return new Services(Wiring::version, home, clouds, () -> RecipeCatalog.loadBuiltIn(clouds.get()),
                HttpSettings.defaults(), Wiring::practiceTenant, () -> new MsalTokenService(errors.get()), errors,
                () -> new KeychainSecretStore(home));
    }

    /**
     * The log file, from the first line anything logs. First thing in {@code main}: java.util.logging reads
     * its configuration once, when the first logger is made, and a class's static logger may come early.
     */
    static void startLog() {
        LogFile.installOnFirstUse(AppHome.current(), Boolean.getBoolean("m365connect.debug"));
    }

    /**
     * The services for the window, built on a pool thread with their catalogs (JSON, checked at load). The future
     * completes when the first page's recipes are ready.
     */
    static CompletableFuture<Services> loadInBackground(Supplier<Services> build) {
        return CompletableFuture.supplyAsync(() -> {
            Services services = build.get();
            services.recipes();
            return services;
        });
    }

    /** A new, not yet started practice tenant with the built-in demo tenant. */
    private static PracticeTenant practiceTenant() {
        return new EmulatorPracticeTenant();
    }

    static String version() {
        try (InputStream in = Wiring.class.getResourceAsStream("/io/m365connect/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }
}
