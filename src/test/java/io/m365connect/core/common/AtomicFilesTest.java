package io.m365connect.core.common;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.m365connect.core.common.AtomicFiles.Visibility;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private long leftovers() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".part")).count();
        }
    }

    @Test
    void privateFileIsOwnerOnly() throws Exception {
        Path key = dir.resolve("app.key.pem");
        AtomicFiles.write(key, bytes("secret"), Visibility.PRIVATE, false);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
        assertArrayEquals(bytes("secret"), Files.readAllBytes(key));
    }

    @Test
    void publicFileIsWorldReadable() throws Exception {
        Path cert = dir.resolve("app.cer");
        AtomicFiles.write(cert, bytes("cert"), Visibility.PUBLIC, false);
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(cert)));
    }

    @Test
    void existingFileIsKeptUnlessForced() throws Exception {
        Path f = Files.write(dir.resolve("app.pfx"), bytes("old"));
        assertThrows(FileAlreadyExistsException.class, () -> AtomicFiles.write(f, bytes("new"), Visibility.PRIVATE, false));
        assertArrayEquals(bytes("old"), Files.readAllBytes(f));
        AtomicFiles.write(f, bytes("new"), Visibility.PRIVATE, true);
        assertArrayEquals(bytes("new"), Files.readAllBytes(f));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
        assertEquals(0, leftovers());
    }

    @Test
    void cancelledWriteLeavesNoFile() throws Exception {
        Cancellation cancel = new Cancellation();
        cancel.cancel();
        Path f = dir.resolve("app.key.pem");
        assertThrows(CancellationException.class,
                () -> AtomicFiles.write(f, bytes("secret"), Visibility.PRIVATE, false, cancel));
        assertFalse(Files.exists(f));
        assertEquals(0, leftovers());
    }

    @Test
    void failedWriteLeavesNoPartialFile() throws Exception {
        Path missingFolder = dir.resolve("nope/app.cer");
        assertThrows(java.io.IOException.class, () -> AtomicFiles.write(missingFolder, bytes("x"), Visibility.PUBLIC, false));
        assertFalse(Files.exists(missingFolder));
        assertEquals(0, leftovers());
    }
}
