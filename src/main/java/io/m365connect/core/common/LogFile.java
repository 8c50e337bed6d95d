package io.m365connect.core.common;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Objects;
import java.util.logging.ErrorManager;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The app's log file, {@code <app home>/logs/m365connect.log}: small (rotated at {@link #DEFAULT_LIMIT} bytes,
 * {@link #DEFAULT_KEEP} older files kept as {@code .1}, {@code .2}), owner-only, every line redacted. Installing
 * it replaces java.util.logging's console output, so log lines never mix with what the CLI prints.
 *
 * <p>The app installs it {@linkplain #installOnFirstUse on first use}: java.util.logging starts (reading its
 * configuration, looking up logger services on the class path) and the file opens only when something logs,
 * our code or a library. A one-file {@code cert convert} logs nothing and so saves that part of its start.
 */
public final class LogFile extends Handler {
    public static final String FILE_NAME = "m365connect.log";
    public static final long DEFAULT_LIMIT = 512 * 1024;
    public static final int DEFAULT_KEEP = 2;

    private final Path file;
    private final long limit;
    private final int keep;
    private OutputStream out;
    private long written;

    /** Where and how {@link #installOnFirstUse} asked for the log; read when java.util.logging starts. */
    private record FirstUse(Path folder, Level level) {
    }

    private static volatile FirstUse firstUse;

    LogFile(Path folder, long limit, int keep) throws IOException {
        Files.createDirectories(folder);
        this.file = folder.resolve(FILE_NAME);
        this.limit = limit;
        this.keep = keep;
        open();
    }

    /**
     * Made by java.util.logging from the {@code handlers} setting that {@link Configuration} gives it, with the
     * folder and level {@link #installOnFirstUse} recorded. A log file that cannot be opened must not stop the
     * app: the person loses only the log, and java.util.logging's error manager prints one line saying why.
     */
    public LogFile() {
        FirstUse settings = Objects.requireNonNull(firstUse, "LogFile.installOnFirstUse was not called");
        this.file = settings.folder().resolve(FILE_NAME);
        this.limit = DEFAULT_LIMIT;
        this.keep = DEFAULT_KEEP;
        setLevel(settings.level());
        try {
            Files.createDirectories(settings.folder());
            open();
        } catch (IOException | RuntimeException e) {
            reportError("No log file under " + settings.folder() + ": " + e.getMessage(), null,
                    ErrorManager.OPEN_FAILURE);
        }
    }

    /**
     * Routes all java.util.logging (and so System.Logger) output to the log file under the app's home, from
     * the moment anything logs. Call it before anything has used java.util.logging: it works through the
     * {@code java.util.logging.config.class} property, which java.util.logging reads once, when it starts.
     */
    public static void installOnFirstUse(Path appHome, boolean debug) {
        firstUse = new FirstUse(appHome.resolve("logs"), debug ? Level.FINE : Level.INFO);
        System.setProperty("java.util.logging.config.class", Configuration.class.getName());
    }

    /** java.util.logging's configuration class (it makes one when it starts): our file as the only handler. */
    public static final class Configuration {
        public Configuration() throws IOException {
            String properties = "handlers=" + LogFile.class.getName() + "\n.level=" + firstUse.level().getName() + "\n";
            LogManager.getLogManager().readConfiguration(
                    new ByteArrayInputStream(properties.getBytes(StandardCharsets.ISO_8859_1)));
        }
    }

    /** Routes all java.util.logging (and so System.Logger) output to the log file under the app's home. */
    public static synchronized LogFile install(Path appHome, boolean debug) throws IOException {
        LogFile handler = new LogFile(appHome.resolve("logs"), DEFAULT_LIMIT, DEFAULT_KEEP);
        Logger root = LogManager.getLogManager().getLogger("");
        for (Handler h : root.getHandlers()) {
            root.removeHandler(h);
            h.close();
        }
        Level level = debug ? Level.FINE : Level.INFO;
        root.setLevel(level);
        handler.setLevel(level);
        root.addHandler(handler);
        return handler;
    }

    public Path file() {
        return file;
    }

    private void open() throws IOException {
        if (!Files.exists(file)) {
            Files.createFile(file);
            ownerOnly(file);
        }
        written = Files.size(file);
        out = Files.newOutputStream(file, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
    }

    static void ownerOnly(Path path) {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            // Windows: the file sits under the user's own profile folder, which only that user can read.
        }
    }

    static String format(LogRecord record) {
        StringBuilder b = new StringBuilder();
        b.append(Instant.ofEpochMilli(record.getMillis())).append(' ').append(record.getLevel().getName())
                .append(' ').append(record.getLoggerName()).append(": ");
        String message = record.getMessage();
        Object[] params = record.getParameters();
        if (message != null && params != null && params.length > 0) {
            try {
                message = java.text.MessageFormat.format(message, params);
            } catch (IllegalArgumentException e) {
                // keep the pattern as it is
            }
        }
        b.append(message);
        if (record.getThrown() != null) {
            b.append(System.lineSeparator()).append(Log.stackTrace(record.getThrown()));
        }
        return Redactor.redact(b.toString()) + System.lineSeparator();
    }

    @Override
    public synchronized void publish(LogRecord record) {
        if (out == null || !isLoggable(record)) {
            return;
        }
        try {
            byte[] line = format(record).getBytes(StandardCharsets.UTF_8);
            if (written > 0 && written + line.length > limit) {
                rotate();
            }
            out.write(line);
            out.flush();
            written += line.length;
        } catch (IOException | UncheckedIOException e) {
            reportError("cannot write the log file", e, ErrorManager.WRITE_FAILURE);
        }
    }

    private void rotate() throws IOException {
        out.close();
        for (int i = keep; i >= 1; i--) {
            Path from = i == 1 ? file : file.resolveSibling(FILE_NAME + "." + (i - 1));
            if (Files.exists(from)) {
                Files.move(from, file.resolveSibling(FILE_NAME + "." + i), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        open();
    }

    @Override
    public synchronized void flush() {
        try {
            if (out != null) {
                out.flush();
            }
        } catch (IOException e) {
            reportError("cannot flush the log file", e, ErrorManager.FLUSH_FAILURE);
        }
    }

    @Override
    public synchronized void close() {
        try {
            if (out != null) {
                out.close();
            }
        } catch (IOException e) {
            reportError("cannot close the log file", e, ErrorManager.CLOSE_FAILURE);
        } finally {
            out = null;
        }
    }
}
