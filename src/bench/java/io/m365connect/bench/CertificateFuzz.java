package io.m365connect.bench;

import io.m365connect.core.cert.CertificateFuzzer;
import io.m365connect.core.cert.CertificateFuzzer.Finding;
import io.m365connect.core.cert.CertificateFuzzer.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The long fuzz run over the certificate reader: {@code CertificateFuzz [inputs] [seed] [fixtures] [findings]}.
 * Prints the figures and writes every crashing or slow input to the findings folder; exits 1 when any exists.
 */
public final class CertificateFuzz {
    private CertificateFuzz() {
    }

    public static void main(String[] args) throws IOException, NoSuchAlgorithmException {
        long inputs = args.length > 0 ? Long.parseLong(args[0]) : 100_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : System.nanoTime();
        Path fixtures = Path.of(args.length > 2 ? args[2] : "src/test/resources/certs");
        Path findings = Path.of(args.length > 3 ? args[3] : "target/fuzz-findings");
        List<CertificateFuzzer.Seed> seeds = CertificateFuzzer.fixtures(fixtures);
        long start = System.nanoTime();
        Outcome outcome = new CertificateFuzzer(seeds, seed).run(inputs);
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        System.out.printf("fixtures: %d, seed: %d, inputs: %,d, wall time: %d s%n", seeds.size(), seed,
                outcome.inputs(), seconds);
        System.out.printf("accepted as a certificate: %,d; refused with a certificate problem: %s%n",
                outcome.bundles(), outcome.problems());
        System.out.printf("crashes (anything but a certificate problem): %d%n", outcome.crashes().size());
        System.out.printf("inputs over 2 s of CPU time: %d%n", outcome.slow().size());
        System.out.printf("slowest input: %d ms CPU (%s); slowest wall time: %d ms%n",
                outcome.slowestNanos() / 1_000_000, outcome.slowestLabel(), outcome.slowestWallNanos() / 1_000_000);
        save(outcome.crashes(), findings.resolve("crash"));
        save(outcome.slow(), findings.resolve("slow"));
        if (!outcome.crashes().isEmpty() || !outcome.slow().isEmpty()) {
            System.exit(1);
        }
    }

    private static void save(List<Finding> list, Path folder) throws IOException, NoSuchAlgorithmException {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (Finding f : list) {
            Files.createDirectories(folder);
            String id = HexFormat.of().formatHex(sha.digest(f.input())).substring(0, 12);
            Files.write(folder.resolve(id + ".bin"), f.input());
            System.out.printf("  %s  %s  %s%n", id, f.label(), f.what());
        }
    }
}
