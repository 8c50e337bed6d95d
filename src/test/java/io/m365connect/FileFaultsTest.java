package io.m365connect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.m365connect.core.cert.CertificateBundle;
import io.m365connect.core.cert.CertificateExport;
import io.m365connect.core.cert.CertificateProblem;
import io.m365connect.core.cert.CertificateReader;
import io.m365connect.core.cert.CertificateWriter;
import io.m365connect.core.cert.ExportFormat;
import io.m365connect.core.common.Cancellation;
import io.m365connect.core.common.InputFiles;
import io.m365connect.core.common.ProblemException;
import io.m365connect.core.common.Secret;
import io.m365connect.core.profile.ProfileStore;
import io.m365connect.core.profile.SetupProfile;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes that meet a full disk or a read-only folder, and inputs too large to read. The full disk is a real 64 KB
 * tmpfs (needs root to mount; the test is skipped, saying so, where mounting is not allowed).
 */
class FileFaultsTest {
    @TempDir
    Path tmp;
    private Path mounted;

    @AfterEach
    void unmount() throws Exception {
        if (mounted != null) {
            new ProcessBuilder("umount", mounted.toString()).inheritIO().start().waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** A 64 KB tmpfs, filled up to the last few hundred bytes. */
    private Path fullDisk() throws Exception {
        Path dir = tmp.resolve("full");
        Files.createDirectories(dir);
        Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", dir.toString())
                .redirectErrorStream(true).start();
        String said = new String(p.getInputStream().readAllBytes());
        assumeTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0,
                "cannot mount a tmpfs here (needs root): " + said.strip());
        mounted = dir;
        try (RandomAccessFile filler = new RandomAccessFile(dir.resolve("filler").toFile(), "rw")) {
            byte[] block = new byte[4096];
            try {
                while (true) {
                    filler.write(block);
                }
            } catch (IOException full) {
                // the disk is full now, as intended
            }
        }
        return dir;
    }

    private static SetupProfile profile() {
        return new SetupProfile(null, SetupProfile.CURRENT_VERSION, "blink", "global", null, "contoso.onmicrosoft.com",
                "11111111-2222-3333-4444-555555555555", Map.of("note", "x".repeat(8_000)), null, null, null);
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void profileOnAFullDiskIsAPlainProblemAndLeavesNoPartialFile() throws Exception {
        Path disk = fullDisk();
        ProblemException e = assertThrows(ProblemException.class,
                () -> ProfileStore.write(profile(), disk.resolve("contoso.m365connect")));
        assertEquals("The profile could not be saved to " + disk.resolve("contoso.m365connect") + ".",
                e.problem().summary());
        assertTrue(e.problem().likelyCauses().contains("the disk is full"), e.problem().likelyCauses().toString());
        assertEquals(List.of("filler"), names(disk), "no temporary or half-written file stays behind");
    }

    @Test
    void exportOnAFullDiskLeavesNeitherHalfOfThePair() throws Exception {
        Path disk = fullDisk();
        CertificateBundle bundle = new CertificateReader().read(Path.of("src/test/resources/certs/openssl3-default.pfx"),
                Optional.of(Secret.of("Test1234")));
        CertificateExport export = new CertificateExport(new CertificateWriter(new SecureRandom()));
        CertificateProblem e = assertThrows(CertificateProblem.class, () -> export.export(bundle, "app", ExportFormat.PEM,
                disk, CertificateExport.Options.defaults(), Cancellation.none()));
        assertEquals(CertificateProblem.Kind.WRITE_FAILED, e.kind());
        assertEquals(List.of("filler"), names(disk), e.problem().oneLine());
    }

    @Test
    void profileInAReadOnlyFolderSaysSoAndKeepsTheOldFile() throws Exception {
        Path dir = tmp.resolve("ro");
        Files.createDirectories(dir);
        Path file = dir.resolve("p.m365connect");
        ProfileStore.write(profile(), file);
        byte[] before = Files.readAllBytes(file);
        // A read-only bind mount: folder permissions alone do not stop root, who runs the CI here.
        Process p = new ProcessBuilder("mount", "-o", "bind,ro", dir.toString(), dir.toString()).start();
        assumeTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0,
                "cannot make a read-only bind mount here (needs root)");
        mounted = dir;
        ProblemException e = assertThrows(ProblemException.class, () -> ProfileStore.write(
                SetupProfile.empty("global"), file));
        assertTrue(e.problem().likelyCauses().contains("the folder is read-only"), e.problem().oneLine());
        assertTrue(e.problem().fix().contains("M365CONNECT_HOME"), e.problem().fix());
        assertEquals(new String(before), new String(Files.readAllBytes(file)), "the old profile is untouched");
        assertEquals(List.of("p.m365connect"), names(dir));
    }

    @Test
    void profileOver10MegabytesIsRefusedFromItsSize() throws Exception {
        Path big = tmp.resolve("huge.m365connect");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(InputFiles.MAX_BYTES + 1);
        }
        ProblemException e = assertThrows(ProblemException.class, () -> ProfileStore.read(big));
        assertEquals("The profile " + big + " is 10,485,761 bytes; such files are a few kilobytes (the limit is 10 MB).",
                e.problem().summary());
    }

    @Test
    void folderGivenAsAProfileIsNamedAsAFolder() {
        ProblemException e = assertThrows(ProblemException.class, () -> ProfileStore.read(tmp));
        assertEquals("The profile " + tmp + " is a folder, not a file.", e.problem().summary());
    }

    @Test
    void unreadableProfileSaysWhoCanFixIt() throws Exception {
        assumeTrue(!"root".equals(System.getProperty("user.name")), "root reads every file");
        Path f = tmp.resolve("locked.m365connect");
        ProfileStore.write(SetupProfile.empty("global"), f);
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("---------"));
        ProblemException e = assertThrows(ProblemException.class, () -> ProfileStore.read(f));
        assertEquals(List.of("you have no permission to read it"), e.problem().likelyCauses());
    }
}
