package io.m365connect.core.handoff;

import static org.junit.jupiter.api.Assertions.*;

import io.m365connect.core.common.LogCapture;
import io.m365connect.core.common.ProblemException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArtifactWriterTest {
    @TempDir
    Path dir;

    private static List<Artifact> pemPair() {
        return List.of(Artifact.publicText("app.crt.pem", "CERT\n"), Artifact.privateFile("app.key.pem",
                "KEY\n".getBytes()), Artifact.publicText("app.cer", "DER"));
    }

    private List<String> listing(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesEveryFileWithKeysOwnerOnly() throws Exception {
        ArtifactWriter.Outcome out = new ArtifactWriter().write(dir, pemPair(), false);
        assertInstanceOf(ArtifactWriter.Outcome.Written.class, out);
        assertEquals(List.of("app.cer", "app.crt.pem", "app.key.pem"), listing(dir));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("app.key.pem"))));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("app.crt.pem"))));
        assertEquals("KEY\n", Files.readString(dir.resolve("app.key.pem")));
    }

    @Test
    void theLogNamesTheFilesWrittenAndNeverWhatTheyHold() throws Exception {
        try (LogCapture log = LogCapture.of(ArtifactWriter.class.getName())) {
            new ArtifactWriter().write(dir, List.of(Artifact.publicText("fields.json", "{\"Client ID\":\"c-417\"}"),
                    Artifact.privateFile("app.key.pem", "KEY-MATERIAL-9d2\n".getBytes())), false);
            assertEquals(List.of("INFO Wrote 2 files to " + dir + ": fields.json, app.key.pem (owner-only: "
                    + "app.key.pem)"), log.lines());
            new ArtifactWriter().write(dir, pemPair(), false);
            assertEquals("INFO Nothing written to " + dir + ": these files exist and may not be replaced: app.key.pem",
                    log.lines().get(1));
            assertFalse(log.text().contains("KEY-MATERIAL") || log.text().contains("c-417"), log.text());
        }
    }

    @Test
    void existingFilesAreNamedAndLeftAloneWithoutConsent() throws Exception {
        Files.writeString(dir.resolve("app.key.pem"), "OLD KEY");
        ArtifactWriter.Outcome out = new ArtifactWriter().write(dir, pemPair(), false);
        assertEquals(new ArtifactWriter.Outcome.Conflicts(List.of("app.key.pem")), out);
        assertEquals(List.of("app.key.pem"), listing(dir), "nothing else written");
        assertEquals("OLD KEY", Files.readString(dir.resolve("app.key.pem")));
    }

    @Test
    void existingFilesAreReplacedWithConsent() throws Exception {
        Files.writeString(dir.resolve("app.key.pem"), "OLD KEY");
        new ArtifactWriter().write(dir, pemPair(), true);
        assertEquals("KEY\n", Files.readString(dir.resolve("app.key.pem")));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("app.key.pem"))));
        assertEquals(List.of("app.cer", "app.crt.pem", "app.key.pem"), listing(dir), "no staging left behind");
    }

    @Test
    void aFailureWhileMovingIntoPlaceTakesBackWhatWasWrittenAndRestoresReplacedFiles() throws Exception {
        Files.writeString(dir.resolve("app.crt.pem"), "OLD CERT");
        ArtifactWriter writer = new ArtifactWriter((stage, name) -> {
            if (stage.equals("move") && name.equals("app.cer")) {
                throw new FileSystemException(name, null, "No space left on device");
            }
        });
        ProblemException e = assertThrows(ProblemException.class, () -> writer.write(dir, pemPair(), true));
        assertEquals("The disk holding " + dir + " is full. Nothing was written.", e.problem().summary());
        assertEquals(List.of("app.crt.pem"), listing(dir));
        assertEquals("OLD CERT", Files.readString(dir.resolve("app.crt.pem")));
    }

    @Test
    void aReadOnlyFolderIsAClearProblemAndANewFolderIsTakenBack() throws Exception {
        Path target = dir.resolve("new/handoff");
        ArtifactWriter writer = new ArtifactWriter((stage, name) -> {
            throw new AccessDeniedException(target.resolve(name).toString());
        });
        ProblemException e = assertThrows(ProblemException.class, () -> writer.write(target, pemPair(), false));
        assertEquals("You may not write into " + target + ". Nothing was written.", e.problem().summary());
        assertEquals("Choose a folder of your own, such as your Documents folder.", e.problem().fix());
        assertEquals(List.of(), listing(dir), "the folders it made are gone again");
    }

    @Test
    void aFileWhereTheFolderShouldBeIsAClearProblem() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "x");
        ProblemException e = assertThrows(ProblemException.class,
                () -> new ArtifactWriter().write(file, pemPair(), false));
        assertTrue(e.problem().summary().startsWith("You may not write into " + file)
                || e.problem().summary().startsWith(file + " is a file, not a folder."), e.problem().summary());
        assertEquals("x", Files.readString(file));
    }

    @Test
    void artifactNamesCannotLeaveTheFolder() {
        assertThrows(IllegalArgumentException.class, () -> Artifact.publicText("../x", ""));
        assertThrows(IllegalArgumentException.class, () -> Artifact.publicText("a/b", ""));
    }

    @Test
    void artifactNeverShowsItsContent() {
        Artifact a = Artifact.privateFile("app.key.pem", "SECRET-KEY".getBytes());
        assertEquals("Artifact[app.key.pem, private, 10 bytes]", a.toString());
    }
}
