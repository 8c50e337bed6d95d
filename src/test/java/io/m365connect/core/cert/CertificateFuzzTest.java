package io.m365connect.core.cert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.m365connect.core.common.Secret;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A fixed-seed slice of the fuzz run (src/bench/fuzz-certs.sh runs 100,000+), and every input it ever found. */
class CertificateFuzzTest {
    static final Path FIXTURES = Path.of("src/test/resources/certs");
    static final long SLICE_SEED = 20261124L;
    static final int SLICE_INPUTS = 2_000;

    @Test
    void twoThousandMutatedFixturesEndInABundleOrACertificateProblemWithinTwoSeconds() {
        CertificateFuzzer.Outcome outcome = new CertificateFuzzer(CertificateFuzzer.fixtures(FIXTURES), SLICE_SEED)
                .run(SLICE_INPUTS);
        assertEquals(SLICE_INPUTS, outcome.inputs());
        assertEquals(List.of(), outcome.crashes().stream().map(f -> f.label() + " " + f.what()).toList());
        assertEquals(List.of(), outcome.slow().stream().map(f -> f.label() + " " + f.what()).toList());
        assertTrue(outcome.problems().size() >= 5,
                "the mutations reach many refusal kinds, not just one: " + outcome.problems());
    }

    static Stream<Path> regressions() throws IOException {
        Path folder = FIXTURES.resolve("fuzz");
        if (!Files.isDirectory(folder)) {
            return Stream.empty();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("regressions")
    void inputsTheFuzzerOnceBrokeOnAreRefusedPlainlyAndQuickly(Path input) throws IOException {
        byte[] bytes = Files.readAllBytes(input);
        for (Optional<Secret> password : List.of(Optional.<Secret>empty(), Optional.of(Secret.of("Test1234")))) {
            long start = System.nanoTime();
            try {
                new CertificateReader().read(bytes, input.getFileName().toString(), password);
            } catch (CertificateProblem expected) {
                assertTrue(expected.problem().summary().contains(input.getFileName().toString()),
                        expected.problem().summary());
            } catch (RuntimeException | Error e) {
                fail(input + " still breaks the reader: " + CertificateFuzzer.describe(e));
            }
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertTrue(ms < 2_000, input + " took " + ms + " ms");
        }
    }
}
