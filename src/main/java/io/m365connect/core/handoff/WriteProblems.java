package io.m365connect.core.handoff;

import io.m365connect.core.common.Problem;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/** Turns a failed write into words: what happened to which folder, why it likely happened, what to do. */
final class WriteProblems {
    private WriteProblems() {
    }

    static Problem of(Path folder, IOException e) {
        String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : "";
        String lower = (reason + " " + e.getMessage()).toLowerCase(Locale.ROOT);
        String nothing = " Nothing was written.";
        if (lower.contains("no space") || lower.contains("disk full") || lower.contains("quota")) {
            return Problem.of("The disk holding " + folder + " is full." + nothing,
                    "Free some space, or choose a folder on another disk.", "the disk or your quota is full");
        }
        if (e instanceof AccessDeniedException || lower.contains("read-only file system")
                || lower.contains("permission denied")) {
            return Problem.of("You may not write into " + folder + "." + nothing,
                    "Choose a folder of your own, such as your Documents folder.",
                    "the folder is read-only", "it belongs to another user", "the medium is write-protected");
        }
        if (e instanceof NotDirectoryException) {
            return Problem.of(folder + " is a file, not a folder." + nothing,
                    "Choose a folder, or type a new folder name.", "a file has the folder's name");
        }
        if (e instanceof FileAlreadyExistsException f) {
            return Problem.of(Path.of(f.getFile()).getFileName() + " appeared in " + folder
                    + " while saving; it was left as it is." + nothing,
                    "Save again and choose whether to replace it.", "another program wrote the same file");
        }
        return Problem.of("The files could not be written into " + folder + "." + nothing,
                "Check that the folder exists and that you may write into it, then save again.",
                reason.isEmpty() ? e.getClass().getSimpleName() : reason);
    }

    static Problem notRestored(Path folder, Path staging, IOException e) {
        return Problem.of("Saving into " + folder + " failed, and a file it replaced could not be put back.",
                "Your previous files are kept in " + staging + " (names starting with .previous-); move them "
                        + "back by hand.", e.getClass().getSimpleName());
    }
}
