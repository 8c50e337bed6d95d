package io.m365connect.core.auth;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Opens the sign-in page for browser sign-in. When the {@code BROWSER} environment variable is set it names the
 * command, as Unix tools read it: a list separated by the path separator, each tried in turn, {@code %s} standing
 * for the URL (appended when absent). Without it the platform's opener is used (open, xdg-open, rundll32),
 * which avoids AWT so it works beside JavaFX and in a terminal.
 */
@FunctionalInterface
public interface BrowserOpener {

    void open(URI url) throws IOException;

    /** The opener for this machine: {@code BROWSER} if set, else the platform's command. */
    static BrowserOpener system() {
        return forEnvironment(System.getenv(), System.getProperty("os.name", ""));
    }

    static BrowserOpener forEnvironment(Map<String, String> env, String osName) {
        return fromBrowserVariable(env).orElseGet(() -> platform(osName));
    }

    /** The opener named by {@code BROWSER} in {@code env}, if set. */
    static Optional<BrowserOpener> fromBrowserVariable(Map<String, String> env) {
        String spec = env.get("BROWSER");
        if (spec == null || spec.isBlank()) {
            return Optional.empty();
        }
        List<String> commands = Arrays.stream(spec.split(File.pathSeparator)).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        return Optional.of(url -> launchFirst(commands, url));
    }

    private static BrowserOpener platform(String osName) {
        String os = osName.toLowerCase(java.util.Locale.ROOT);
        String command = os.contains("win") ? "rundll32 url.dll,FileProtocolHandler"
                : os.contains("mac") ? "open" : "xdg-open";
        return url -> launchFirst(List.of(command), url);
    }

    private static void launchFirst(List<String> commands, URI url) throws IOException {
        IOException last = null;
        for (String command : commands) {
            List<String> argv = argv(command, url.toString());
            try {
                new ProcessBuilder(argv).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                return;
            } catch (IOException e) {
                last = e;
            }
        }
        throw new IOException("no browser could be started (tried "
                + String.join(", ", commands) + ")", last);
    }

    /** Splits on whitespace (no shell), replacing {@code %s} with the URL or appending it. */
    static List<String> argv(String command, String url) {
        List<String> argv = new ArrayList<>();
        boolean placed = false;
        for (String word : command.strip().split("\\s+")) {
            if (word.contains("%s")) {
                argv.add(word.replace("%s", url));
                placed = true;
            } else {
                argv.add(word);
            }
        }
        if (!placed) {
            argv.add(url);
        }
        return argv;
    }
}
