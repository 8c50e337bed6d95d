package io.m365connect.core.cert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.m365connect.core.common.Secret;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The fuzzer found PKCS#12 files whose iteration counts (each under the old 10,000,000 limit) kept the reader busy
 * for 15–30 s. Counts are now capped per derivation and in sum, checked before any key is derived.
 */
class IterationBudgetTest {
    private static final Path PFX = Path.of("src/test/resources/certs/openssl3-default.pfx");

    /** openssl3-default.pfx with every 2048-round count (MAC, certificate bag, key bag) set to {@code rounds}. */
    private static byte[] withRounds(long rounds) throws IOException {
        DerTree tree = DerTree.parse(Files.readAllBytes(PFX)).orElseThrow();
        List<DerTree> nodes = new ArrayList<>();
        tree.collect(nodes);
        int changed = 0;
        for (DerTree node : nodes) {
            if (node.tag == 0x02 && node.content != null && new BigInteger(node.content).intValue() == 2048) {
                node.replaceContent(BigInteger.valueOf(rounds).toByteArray());
                changed++;
            }
        }
        assertEquals(3, changed, "MAC, certificate bag and key bag each carry a count");
        return tree.encode();
    }

    private static CertificateProblem refused(long rounds) throws IOException {
        byte[] bytes = withRounds(rounds);
        long start = System.nanoTime();
        CertificateProblem p = assertThrows(CertificateProblem.class,
                () -> new CertificateReader().read(bytes, "hostile.pfx", Optional.of(Secret.of("Test1234"))));
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertTrue(ms < 1_000, "refused from the structure, before deriving a key: " + ms + " ms");
        return p;
    }

    @Test
    void onePartAskingForMoreThan600000RoundsIsRefusedBeforeDeriving() throws IOException {
        CertificateProblem p = refused(600_001);
        assertEquals(CertificateProblem.Kind.TOO_MANY_ITERATIONS, p.kind());
        assertEquals("hostile.pfx asks for 600,001 rounds for its integrity check (MAC) (the limit is 600,000); "
                + "opening it would keep the app busy for a long time.", p.problem().summary());
    }

    @Test
    void partsThatTogetherAskForMoreThanTheBudgetAreRefused() throws IOException {
        CertificateProblem p = refused(500_000);
        assertEquals(CertificateProblem.Kind.TOO_MANY_ITERATIONS, p.kind());
        assertEquals("hostile.pfx asks for 1,500,000 rounds in all (the limit is 1,300,000); "
                + "opening it would keep the app busy for a long time.", p.problem().summary());
    }

    @Test
    void countsWithinTheBudgetStillOpen() throws IOException, CertificateProblem {
        // The MAC no longer matches once the counts change, so the password is reported wrong: the point is
        // that the file is read and checked, not refused for its counts.
        byte[] bytes = withRounds(4_096);
        CertificateProblem p = assertThrows(CertificateProblem.class,
                () -> new CertificateReader().read(bytes, "fine.pfx", Optional.of(Secret.of("Test1234"))));
        assertEquals(CertificateProblem.Kind.WRONG_PASSWORD, p.kind());
    }
}
