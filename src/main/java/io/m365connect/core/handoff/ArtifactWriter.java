package io.m365connect.core.handoff;

import io.m365connect.core.common.Log;
import io.m365connect.core.common.ProblemException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes a set of files into a folder all together or not at all. Every file is first written in full to a hidden
 * staging folder inside the target folder (owner-only from creation), then each is moved into place; if anything
 * fails, files already moved are taken back and replaced files restored, so the folder looks as before. Existing
 * files are replaced only with explicit consent; otherwise their names come back so the person can be asked.
 */
public final class ArtifactWriter {
    private static final Log LOG = Log.of(ArtifactWriter.class);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> READABLE = PosixFilePermissions.fromString("rw-r--r--");
    private static final FileAttribute<?> OWNER_DIR = PosixFilePermissions.asFileAttribute(
            PosixFilePermissions.fromString("rwx------"));

    /** What a write did: wrote every file, or wrote nothing because these files exist. */
    public sealed interface Outcome {
        record Written(List<Path> files) implements Outcome {
            public Written {
                files = List.copyOf(files);
            }
        }

        record Conflicts(List<String> names) implements Outcome {
            public Conflicts {
                names = List.copyOf(names);
            }
        }
    }

    /** A point where a test can make the file system fail. */
    interface Faults {
        Faults NONE = (stage, name) -> { };

        void at(String stage, String name) throws IOException;
    }

    private final Faults faults;

    public ArtifactWriter() {
        this(Faults.NONE);
    }

    ArtifactWriter(Faults faults) {
        this.faults = faults;
    }

    /** The names of {@code artifacts} that already exist in {@code folder}. */
    public static List<String> conflicts(Path folder, List<Artifact> artifacts) {
        return artifacts.stream().map(Artifact::name)
                .filter(n -> Files.exists(folder.resolve(n), LinkOption.NOFOLLOW_LINKS)).toList();
    }

    public Outcome write(Path folder, List<Artifact> artifacts, boolean overwrite) throws ProblemException {
        checkUnique(artifacts);
        if (!overwrite) {
            List<String> existing = conflicts(folder, artifacts);
            if (!existing.isEmpty()) {
                LOG.info("Nothing written to " + folder + ": these files exist and may not be replaced: "
                        + String.join(", ", existing));
                return new Outcome.Conflicts(existing);
            }
        }
        List<Path> createdDirs = new ArrayList<>();
        Path staging = null;
        Deque<Undo> undo = new ArrayDeque<>();
        boolean keepStaging = false;
        try {
            createFolder(folder.toAbsolutePath(), createdDirs);
            boolean posix = Files.getFileStore(folder).supportsFileAttributeView("posix");
            staging = posix ? Files.createTempDirectory(folder, ".m365connect-", OWNER_DIR)
                    : Files.createTempDirectory(folder, ".m365connect-");
            for (Artifact a : artifacts) {
                faults.at("stage", a.name());
                stage(staging.resolve(a.name()), a, posix);
            }
            List<Path> written = new ArrayList<>();
            for (Artifact a : artifacts) {
                written.add(moveIntoPlace(staging, folder.resolve(a.name()), a.name(), overwrite, undo));
            }
            LOG.info(described(folder, artifacts));
            return new Outcome.Written(written);
        } catch (IOException e) {
            boolean restored = true;
            while (!undo.isEmpty()) {
                restored &= undo.pop().run();
            }
            LOG.warn("Writing " + artifacts.size() + " files to " + folder + " failed"
                    + (restored ? "; the folder is as before" : "; some files could not be put back"), e);
            if (!restored) {
                keepStaging = true;
                throw new ProblemException(WriteProblems.notRestored(folder, staging, e), e);
            }
            removeQuietly(staging);
            for (int i = createdDirs.size() - 1; i >= 0; i--) {
                removeQuietly(createdDirs.get(i));
            }
            throw new ProblemException(WriteProblems.of(folder, e), e);
        } finally {
            if (!keepStaging) {
                removeQuietly(staging);
            }
        }
    }

    /** Names only: what a file holds never reaches the log. */
    private static String described(Path folder, List<Artifact> artifacts) {
        List<String> owner = artifacts.stream().filter(Artifact::isPrivate).map(Artifact::name).toList();
        return "Wrote " + artifacts.size() + (artifacts.size() == 1 ? " file to " : " files to ") + folder + ": "
                + String.join(", ", artifacts.stream().map(Artifact::name).toList())
                + (owner.isEmpty() ? "" : " (owner-only: " + String.join(", ", owner) + ")");
    }

    /** One step to take back; false when it could not be, so the staging folder (holding backups) is kept. */
    private interface Undo {
        boolean run();
    }

    private Path moveIntoPlace(Path staging, Path target, String name, boolean overwrite, Deque<Undo> undo)
            throws IOException {
        Path staged = staging.resolve(name);
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            if (!overwrite) {
                throw new FileAlreadyExistsException(target.toString(), null, "appeared while writing");
            }
            Path backup = staging.resolve(".previous-" + name);
            faults.at("backup", name);
            move(target, backup);
            undo.push(() -> restore(backup, target));
        }
        faults.at("move", name);
        move(staged, target);
        undo.push(() -> {
            removeQuietly(target);
            return !Files.exists(target, LinkOption.NOFOLLOW_LINKS);
        });
        return target;
    }

    private static void stage(Path file, Artifact a, boolean posix) throws IOException {
        FileAttribute<?>[] attrs = posix ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
                : new FileAttribute<?>[0];
        Files.createFile(file, attrs);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ByteBuffer buf = ByteBuffer.wrap(a.content());
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.force(true);
        }
        if (posix && !a.isPrivate()) {
            Files.setPosixFilePermissions(file, READABLE);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static boolean restore(Path backup, Path target) {
        try {
            Files.deleteIfExists(target);
            move(backup, target);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void createFolder(Path folder, List<Path> created) throws IOException {
        Deque<Path> missing = new ArrayDeque<>();
        for (Path p = folder; p != null && !Files.exists(p); p = p.getParent()) {
            missing.push(p);
        }
        while (!missing.isEmpty()) {
            Path p = missing.pop();
            Files.createDirectory(p);
            created.add(p);
        }
        if (!Files.isDirectory(folder)) {
            throw new java.nio.file.NotDirectoryException(folder.toString());
        }
    }

    private static void checkUnique(List<Artifact> artifacts) {
        Set<String> seen = new HashSet<>();
        for (Artifact a : artifacts) {
            if (!seen.add(a.name())) {
                throw new IllegalArgumentException("two files named " + a.name());
            }
        }
    }

    private static void removeQuietly(Path path) {
        if (path == null || !Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // Cleanup after a reported failure (or of an already empty staging folder): nothing more to do.
        }
    }
}
