package io.m365connect.core.common;

import java.io.IOException;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

/**
 * A second copy of the app's log, written the same way (every line redacted) but never rotated, for tests that
 * must read everything the log was told during a long run: the app's own file keeps only its last 1.5 MB.
 */
public final class WholeLogFile {
    private WholeLogFile() {
    }

    /** Adds the copy, under {@code folder}, to the root logger; remove it with {@link #remove(LogFile)}. */
    public static LogFile attach(Path folder) throws IOException {
        LogFile whole = new LogFile(folder, Long.MAX_VALUE, 0);
        whole.setLevel(Level.ALL);
        LogManager.getLogManager().getLogger("").addHandler(whole);
        return whole;
    }

    public static void remove(LogFile whole) {
        Logger root = LogManager.getLogManager().getLogger("");
        root.removeHandler(whole);
        whole.close();
    }
}
