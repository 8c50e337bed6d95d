package io.m365connect.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * GUI or CLI: the wizard opens with no arguments, with only GUI options ({@code --practice}, {@code --smoke}),
 * or with a single existing profile file; anything else is the CLI.
 */
record LaunchMode(boolean gui, boolean practice, boolean smoke, Optional<Path> profile) {
    static final Set<String> GUI_OPTIONS = Set.of("--practice", "--smoke");

    static LaunchMode of(String[] args) {
        List<String> list = List.of(args);
        if (list.isEmpty()) {
            return new LaunchMode(true, false, false, Optional.empty());
        }
        if (GUI_OPTIONS.containsAll(list)) {
            return new LaunchMode(true, list.contains("--practice"), list.contains("--smoke"), Optional.empty());
        }
        if (list.size() == 1 && !list.get(0).startsWith("-")) {
            Path file = Path.of(list.get(0));
            if (Files.isRegularFile(file) && file.getFileName().toString().endsWith(".m365connect")) {
                return new LaunchMode(true, false, false, Optional.of(file));
            }
        }
        return new LaunchMode(false, false, false, Optional.empty());
    }
}
