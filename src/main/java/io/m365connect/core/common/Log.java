package io.m365connect.core.common;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.System.Logger.Level;
import java.util.Objects;

/**
 * The one way this app logs. Every message and stack trace is passed through {@link Redactor} before it
 * reaches {@link System.Logger}, so no handler, console or file ever sees a credential. Library logs that go
 * to java.util.logging directly are redacted by {@link LogFile}'s formatter once it is installed.
 */
public final class Log {
    private final Lazy<System.Logger> logger;

    private Log(String name) {
        this.logger = Lazy.of(() -> System.getLogger(name));
    }

    /** Cheap: the {@link System.Logger} (and with it java.util.logging) is looked up when this first logs. */
    public static Log of(Class<?> owner) {
        return new Log(owner.getName());
    }

    public void debug(String message) {
        log(Level.DEBUG, message, null);
    }

    public void info(String message) {
        log(Level.INFO, message, null);
    }

    public void warn(String message) {
        log(Level.WARNING, message, null);
    }

    public void warn(String message, Throwable cause) {
        log(Level.WARNING, message, cause);
    }

    public void error(String message, Throwable cause) {
        log(Level.ERROR, message, cause);
    }

    public boolean isDebugEnabled() {
        return logger.get().isLoggable(Level.DEBUG);
    }

    private void log(Level level, String message, Throwable cause) {
        System.Logger logger = this.logger.get();
        if (!logger.isLoggable(level)) {
            return;
        }
        String text = Objects.toString(message, "");
        if (cause != null) {
            text = text + System.lineSeparator() + stackTrace(cause);
        }
        // The throwable is flattened into the text so its messages are redacted too.
        logger.log(level, Redactor.redact(text));
    }

    /** For --debug on a terminal: the technical cause, with credentials removed like in the log file. */
    public static String redactedStackTrace(Throwable cause) {
        return Redactor.redact(stackTrace(cause));
    }

    static String stackTrace(Throwable cause) {
        StringWriter w = new StringWriter();
        try (PrintWriter p = new PrintWriter(w)) {
            cause.printStackTrace(p);
        }
        return w.toString().stripTrailing();
    }
}
