package io.m365connect.core.profile;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.m365connect.core.common.Problem;
import io.m365connect.core.common.ProblemException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Reads and writes {@link SetupProfile} files, and keeps the wizard's autosaved draft in the app's home
 * folder. Writes are atomic (a temporary file in the same folder, then a move), so a crash leaves either the
 * old draft or the new one. A draft that cannot be read is moved aside, never overwritten.
 */
public final class ProfileStore {
    public static final String EXTENSION = ".m365connect";
    static final String AUTOSAVE = "draft" + EXTENSION;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private final Path home;
    private final Clock clock;
    /** Set when an unreadable draft could not be moved aside: saving would overwrite it. */
    private boolean keepUnreadable;

    public ProfileStore(Path home) {
        this(home, Clock.systemUTC());
    }

    ProfileStore(Path home, Clock clock) {
        this.home = home;
        this.clock = clock;
    }

    public Path autosaveFile() {
        return home.resolve(AUTOSAVE);
    }

    /** Saves the draft; called on every change, from a background thread. */
    public synchronized void autosave(SetupProfile profile) throws ProblemException {
        if (keepUnreadable) {
            throw new ProblemException(Problem.of("Your changes are not being saved, so that the unreadable draft "
                    + autosaveFile() + " is not overwritten.", "Move or delete that file, then restart M365 Connect.",
                    "the draft could not be read and could not be moved aside"));
        }
        write(profile, autosaveFile());
    }

    /**
     * The draft left by the last run, if any. A draft that cannot be read is moved aside (its new name is in
     * the problem) so the next autosave does not overwrite it.
     */
    public synchronized Optional<SetupProfile> loadAutosave() throws ProblemException {
        Path file = autosaveFile();
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(read(file));
        } catch (ProblemException e) {
            Path aside = file.resolveSibling(AUTOSAVE + ".unreadable-" + STAMP.format(clock.instant()));
            try {
                Files.move(file, aside, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException moveFailed) {
                keepUnreadable = true;
                throw new ProblemException(Problem.of(e.problem().summary(),
                        "Move or delete " + file + " yourself; the wizard will not overwrite it.",
                        e.problem().likelyCauses().toArray(String[]::new)), moveFailed);
            }
            throw new ProblemException(new Problem(e.problem().summary(), e.problem().likelyCauses(),
                    "The file was kept as " + aside + ". The wizard starts with a new draft."), e);
        }
    }

    /** Reads a profile file (the autosaved draft or one a helpdesk person opened). */
    public static SetupProfile read(Path file) throws ProblemException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ProblemException(Problem.of("The profile " + file + " does not exist.",
                    "Check the file name and folder.", "the file was moved or renamed"), e);
        } catch (IOException e) {
            throw new ProblemException(Problem.of("The profile " + file + " could not be read.",
                    "Check that you may read the file.", "missing permission", "the disk is not available"), e);
        }
        return parse(file.toString(), new String(bytes, StandardCharsets.UTF_8));
    }

    static SetupProfile parse(String name, String json) throws ProblemException {
        SetupProfile profile;
        try {
            profile = MAPPER.readValue(json, SetupProfile.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw unreadable(name, detail(e));
        }
        if (profile == null || !SetupProfile.FORMAT.equals(profile.format())) {
            throw unreadable(name, "it is not an M365 Connect profile");
        }
        if (profile.version() > SetupProfile.CURRENT_VERSION) {
            throw new ProblemException(Problem.of("The profile " + name + " was made by a newer M365 Connect (format "
                            + profile.version() + ").", "Update M365 Connect, then open the profile again.",
                    "the file came from a colleague with a newer version"));
        }
        if (profile.version() < 1) {
            throw unreadable(name, "its format version " + profile.version() + " is unknown");
        }
        return profile;
    }

    /** Writes atomically: a temporary file next to the target, then a move over it. */
    public static void write(SetupProfile profile, Path file) throws ProblemException {
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, ".profile-", ".tmp");
            Files.writeString(tmp, MAPPER.writeValueAsString(profile), StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            deleteQuietly(tmp);
            throw new ProblemException(Problem.of("The profile could not be saved to " + file + ".",
                    "Check free disk space and that you may write to " + dir + ", or set M365CONNECT_HOME to "
                            + "another folder.", "the disk is full", "the folder is read-only"), e);
        }
    }

    public static String toJson(SetupProfile profile) {
        try {
            return MAPPER.writeValueAsString(profile);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteQuietly(Path tmp) {
        if (tmp != null) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the write already failed and is reported; a stray temp file is harmless
            }
        }
    }

    private static ProblemException unreadable(String name, String detail) {
        return new ProblemException(Problem.of("The profile " + name + " could not be read: " + detail + ".",
                "Open another profile, or start a new setup.",
                "the file was edited by hand", "the file was cut short while being copied"));
    }

    private static String detail(Exception e) {
        String m;
        if (e instanceof UnrecognizedPropertyException u) {
            m = "it has an unknown entry \"" + u.getPropertyName() + "\"";
        } else if (e instanceof JsonEOFException || e instanceof JsonParseException jp
                && String.valueOf(jp.getOriginalMessage()).contains("end-of-input")) {
            m = "it ends too early";
        } else if (e instanceof JsonParseException) {
            m = "it is not valid JSON";
        } else if (e instanceof MismatchedInputException mi && !mi.getPath().isEmpty()) {
            m = "the entry \"" + mi.getPath().get(mi.getPath().size() - 1).getFieldName() + "\" has the wrong kind of value";
        } else if (e.getCause() instanceof IllegalArgumentException a) {
            m = a.getMessage();
        } else if (e instanceof JsonProcessingException j) {
            m = j.getOriginalMessage();
        } else {
            m = String.valueOf(e.getMessage());
        }
        if (e instanceof JsonProcessingException j && j.getLocation() != null) {
            m += " (line " + j.getLocation().getLineNr() + ")";
        }
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
