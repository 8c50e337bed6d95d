package io.m365connect.core.common;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a file a person chose (a profile, a cloud file). Anything over {@link #MAX_BYTES} is refused from its size
 * before a byte is read: these files are a few kilobytes, and a wrongly picked disk image must not fill the memory.
 */
public final class InputFiles {
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    private InputFiles() {
    }

    /** @param what how the person calls the file ("The profile", "The cloud file") */
    public static byte[] read(Path file, String what) throws ProblemException {
        try {
            if (Files.isDirectory(file)) {
                throw new ProblemException(Problem.of(what + " " + file + " is a folder, not a file.",
                        "Choose the file inside the folder."));
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw tooLarge(file, what, size);
            }
            try (InputStream in = Files.newInputStream(file)) {
                // The size may grow between the check and the read (a file still being copied).
                byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
                if (bytes.length > MAX_BYTES) {
                    throw tooLarge(file, what, bytes.length);
                }
                return bytes;
            }
        } catch (java.nio.file.NoSuchFileException e) {
            throw new ProblemException(Problem.of(what + " " + file + " does not exist.",
                    "Check the file name and folder.", "the file was moved or renamed", "a typing error in the path"), e);
        } catch (java.nio.file.AccessDeniedException e) {
            throw new ProblemException(Problem.of(what + " " + file + " could not be read.",
                    "Ask the file's owner to let you read it, or copy it to a folder of your own.",
                    "you have no permission to read it"), e);
        } catch (IOException e) {
            throw new ProblemException(Problem.of(what + " " + file + " could not be read.",
                    "Check that the disk or network share is available, then try again.",
                    "the disk or share is not available"), e);
        }
    }

    private static ProblemException tooLarge(Path file, String what, long size) {
        return new ProblemException(Problem.of(String.format("%s %s is %,d bytes; such files are a few kilobytes "
                        + "(the limit is 10 MB).", what, file, size),
                "Choose the right file; it was probably mixed up with an archive, a backup or a log.",
                "a different file was picked"));
    }
}
