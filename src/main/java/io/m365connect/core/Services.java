package io.m365connect.core;

import io.m365connect.core.auth.MsalTokenService;
import io.m365connect.core.auth.TokenService;
import io.m365connect.core.common.Lazy;
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
 * The core services, built once by {@code app.Wiring}; the ui and cli receive this object and never build
 * services themselves.
 *
 * <p>The catalogs (JSON read through Jackson and checked at load), the token service (MSAL4J) and the secret
 * store (the system keychain) are built on first use, once: a CLI call such as {@code cert convert} uses none of them and must not pay for them at
 * start (issue #3), and the wizard warms them on a pool thread while its toolkit starts. Accessors keep the
 * names they had as record components.
 */
public final class Services {
    private final Lazy<String> version;
    private final Path homeDir;
    private final Lazy<CloudCatalog> clouds;
    private final Lazy<RecipeCatalog> recipes;
    private final HttpSettings httpSettings;
    private final Supplier<PracticeTenant> practiceTenants;
    private final Lazy<TokenService> tokens;
    private final Lazy<ErrorCatalog> errorCatalog;
    private final Lazy<SecretStore> secrets;

    /** Each supplier runs at most once, when its service is first asked for (on any thread). */
    public Services(Supplier<String> version, Path homeDir, Supplier<CloudCatalog> clouds,
                    Supplier<RecipeCatalog> recipes, HttpSettings httpSettings, Supplier<PracticeTenant> practiceTenants,
                    Supplier<? extends TokenService> tokens, Supplier<ErrorCatalog> errorCatalog,
                    Supplier<? extends SecretStore> secrets) {
        this.version = Lazy.of(version);
        this.homeDir = Objects.requireNonNull(homeDir, "homeDir");
        this.clouds = Lazy.of(clouds);
        this.recipes = Lazy.of(recipes);
        this.httpSettings = Objects.requireNonNull(httpSettings, "httpSettings");
        this.practiceTenants = Objects.requireNonNull(practiceTenants, "practiceTenants");
        this.tokens = Lazy.of(tokens);
        this.errorCatalog = Lazy.of(errorCatalog);
        this.secrets = Lazy.of(secrets);
    }

    /**
     * With catalogs already loaded, the built-in error catalog and the MSAL token service (both built on first
     * use) and no keychain (the wizard offers no "Remember"), for callers (tests) that need no others.
     */
    public Services(String version, Path homeDir, CloudCatalog clouds, RecipeCatalog recipes,
                    HttpSettings httpSettings, Supplier<PracticeTenant> practiceTenants) {
        this(version, homeDir, Lazy.value(clouds), Lazy.value(recipes), httpSettings, practiceTenants,
                Lazy.of(ErrorCatalog::loadBuiltIn));
    }

    private Services(String version, Path homeDir, Supplier<CloudCatalog> clouds, Supplier<RecipeCatalog> recipes,
                     HttpSettings httpSettings, Supplier<PracticeTenant> practiceTenants, Lazy<ErrorCatalog> errors) {
        this(Lazy.value(Objects.requireNonNull(version, "version")), homeDir, clouds, recipes, httpSettings,
                practiceTenants, () -> new MsalTokenService(errors.get()),
                errors, () -> SecretStore.unavailable("This run of the app uses no keychain."));
    }

    /** The app's version (read from the jar when first asked: a certificate command never asks). */
    public String version() { return version.get(); }
    public Path homeDir() { return homeDir; }
    public CloudCatalog clouds() { return clouds.get(); }
    public RecipeCatalog recipes() { return recipes.get(); }
    public HttpSettings httpSettings() { return httpSettings; }
    public Supplier<PracticeTenant> practiceTenants() { return practiceTenants; }
    public TokenService tokens() { return tokens.get(); }
    public ErrorCatalog errorCatalog() { return errorCatalog.get(); }
    public SecretStore secrets() { return secrets.get(); }
}
