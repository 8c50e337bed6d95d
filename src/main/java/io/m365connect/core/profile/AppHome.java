package io.m365connect.core.profile;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where this app keeps its own files (autosaved session, logs): {@code M365CONNECT_HOME} if set, else the
 * platform's application-data folder.
 */
public final class AppHome {
    public static final String ENV = "M365CONNECT_HOME";

    private AppHome() {
    }

    public static Path resolve(Map<String, String> env, String osName, Path userHome) {
        String override = env.get(ENV);
        if (override != null && !override.isBlank()) {
            return Path.of(override.trim());
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : userHome.resolve("AppData/Roaming");
            return base.resolve("M365 Connect");
        }
        if (os.contains("mac")) {
            return userHome.resolve("Library/Application Support/M365 Connect");
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : userHome.resolve(".config");
        return base.resolve("m365-connect");
    }

    public static Path current() {
        return resolve(System.getenv(), System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }
}
