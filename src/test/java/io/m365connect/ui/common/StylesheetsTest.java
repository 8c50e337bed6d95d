package io.m365connect.ui.common;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * JavaFX loads {@code name.bss} instead of parsing {@code name.css} when the build put one beside it; a stale or
 * missing one would show old styles or cost the start its CSS parse. The build makes them (pom.xml, Css2Bin).
 */
class StylesheetsTest {
    @ParameterizedTest
    @ValueSource(strings = {"wizard", "handoff"})
    void theShippedBinaryStylesheetIsItsCssConvertedNow(String name, @TempDir Path dir) throws IOException {
        Path css = dir.resolve(name + ".css");
        Files.write(css, resource(name + ".css"));
        Path bss = dir.resolve(name + ".bss");

        Stylesheet.convertToBinary(css.toFile(), bss.toFile());

        assertArrayEquals(Files.readAllBytes(bss), resource(name + ".bss"), name + ".bss is not " + name + ".css");
    }

    private static byte[] resource(String file) throws IOException {
        try (InputStream in = StylesheetsTest.class.getResourceAsStream("/io/m365connect/css/" + file)) {
            assertNotNull(in, file + " is missing from the build (mvn process-classes makes the .bss)");
            return in.readAllBytes();
        }
    }
}
