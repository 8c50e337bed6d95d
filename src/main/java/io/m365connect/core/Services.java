package io.m365connect.core;

import io.m365connect.core.net.HttpSettings;
import io.m365connect.core.practice.PracticeTenant;
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
        Supplier<PracticeTenant> practiceTenants) {

    public Services {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(homeDir, "homeDir");
        Objects.requireNonNull(clouds, "clouds");
        Objects.requireNonNull(recipes, "recipes");
        Objects.requireNonNull(httpSettings, "httpSettings");
        Objects.requireNonNull(practiceTenants, "practiceTenants");
    }
}
