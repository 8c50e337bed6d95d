package io.m365connect.core;

import io.m365connect.core.auth.MsalTokenService;
import io.m365connect.core.auth.TokenService;
import io.m365connect.core.diagnose.ErrorCatalog;
import io.m365connect.core.net.HttpSettings;
import io.m365connect.core.practice.PracticeTenant;
import io.m365connect.core.profile.SecretStore;
import io.m365connect.core.recipe.RecipeCatalog;
import io.m365connect.core.tenant.CloudCatalog;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The core services, built once by {@code app.Wiring}; the ui and cli receive this record and never build
 * services themselves.
 */
public record Services(
        String version,
        Path homeDir,
        CloudCatalog clouds,
        RecipeCatalog recipes,
        HttpSettings httpSettings,
        Supplier<PracticeTenant> practiceTenants,
        TokenService tokens,
        ErrorCatalog errorCatalog,
        SecretStore secrets) {

    public Services {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(homeDir, "homeDir");
        Objects.requireNonNull(clouds, "clouds");
        Objects.requireNonNull(recipes, "recipes");
        Objects.requireNonNull(httpSettings, "httpSettings");
        Objects.requireNonNull(practiceTenants, "practiceTenants");
        Objects.requireNonNull(tokens, "tokens");
        Objects.requireNonNull(errorCatalog, "errorCatalog");
        Objects.requireNonNull(secrets, "secrets");
    }

    /**
     * With the built-in error catalog and MSAL token service and no keychain (the wizard offers no "Remember"), for
     * callers (tests) that need no others.
     */
    public Services(String version, Path homeDir, CloudCatalog clouds, RecipeCatalog recipes,
                    HttpSettings httpSettings, Supplier<PracticeTenant> practiceTenants) {
        this(version, homeDir, clouds, recipes, httpSettings, practiceTenants, ErrorCatalog.loadBuiltIn());
    }

    private Services(String version, Path homeDir, CloudCatalog clouds, RecipeCatalog recipes,
                     HttpSettings httpSettings, Supplier<PracticeTenant> practiceTenants, ErrorCatalog errors) {
        this(version, homeDir, clouds, recipes, httpSettings, practiceTenants, new MsalTokenService(errors), errors,
                SecretStore.unavailable("This run of the app uses no keychain."));
    }
}
