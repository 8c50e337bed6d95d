package io.m365connect.core.common;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes a file completely or not at all: the bytes go to a temporary file in the same folder, which is then
 * moved into place in one step. Private files are owner-only (0600 on POSIX) from the moment the temporary
 * file is created, so there is no instant in which others can read a private key.
 */
public final class AtomicFiles {
    /** Who may read the written file. */
    public enum Visibility { PRIVATE, PUBLIC }

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> WORLD_READABLE = PosixFilePermissions.fromString("rw-r--r--");

    private AtomicFiles() {
    }

    public static void write(Path target, byte[] content, Visibility visibility, boolean overwrite) throws IOException {
        write(target, content, visibility, overwrite, Cancellation.none());
    }

    /**
     * @throws FileAlreadyExistsException when {@code target} exists and {@code overwrite} is false
     * @throws java.util.concurrent.CancellationException when cancelled before the file was moved into place
     */
    public static void write(Path target, byte[] content, Visibility visibility, boolean overwrite,
            Cancellation cancellation) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        if (!overwrite && Files.exists(target)) {
            throw new FileAlreadyExistsException(target.toString());
        }
        boolean posix = Files.getFileStore(dir).supportsFileAttributeView("posix");
        FileAttribute<?>[] attrs = posix ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
                : new FileAttribute<?>[0];
        Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".part", attrs);
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(content);
                while (buf.hasRemaining()) {
                    cancellation.throwIfCancelled();
                    ch.write(buf);
                }
                ch.force(true);
            }
            if (posix && visibility == Visibility.PUBLIC) {
                Files.setPosixFilePermissions(tmp, WORLD_READABLE);
            }
            cancellation.throwIfCancelled();
            moveIntoPlace(tmp, target, overwrite);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void moveIntoPlace(Path tmp, Path target, boolean overwrite) throws IOException {
        if (!overwrite) {
            // A hard link never replaces an existing file, so a file created meanwhile is not lost.
            try {
                Files.createLink(target, tmp);
                return;
            } catch (UnsupportedOperationException | FileSystemException e) {
                if (e instanceof FileAlreadyExistsException exists) {
                    throw exists;
                }
                // the file system has no hard links: fall back to a move
            }
            if (Files.exists(target)) {
                throw new FileAlreadyExistsException(target.toString());
            }
        }
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
