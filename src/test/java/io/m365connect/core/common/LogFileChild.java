package io.m365connect.core.common;

import java.nio.file.Path;

/**
 * A fresh JVM for {@link LogFileTest}: java.util.logging reads its configuration once per process, so the
 * first-use install is tried where nothing has started it yet. Arguments: the app home, then what to log
 * ({@code nothing} or {@code both}).
 */
public final class LogFileChild {
    private LogFileChild() {
    }

    public static void main(String[] args) {
        LogFile.installOnFirstUse(Path.of(args[0]), false);
        if (args[1].equals("both")) {
            java.util.logging.Logger.getLogger("org.example.library").info("a library line through java.util.logging");
            Log.of(LogFileChild.class).info("our line, client_secret=Plum-Falcon-9931-secret");
            Log.of(LogFileChild.class).debug("a debug line, below the level");
        }
    }
}
