package io.m365connect.core.handoff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Compares text with a golden file under src/test/resources; -Dgolden.update=true rewrites it instead. */
final class Golden {
    private Golden() {
    }

    static void assertMatches(String resource, String actual) throws IOException {
        if (Boolean.getBoolean("golden.update")) {
            Path file = Path.of("src/test/resources").resolve(resource);
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            return;
        }
        try (InputStream in = Golden.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new AssertionError("golden file " + resource + " is missing; run with -Dgolden.update=true");
            }
            assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8), actual, resource);
        }
    }
}
