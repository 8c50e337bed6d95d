package io.m365connect.core.cert;

import io.m365connect.core.common.Secret;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * Feeds {@link CertificateReader} mutated copies of every fixture flavour plus random bytes. The only
 * acceptable outcomes are a bundle or a {@link CertificateProblem}, each within {@link #SLOW_NANOS}.
 * Shared by the JUnit slice and the {@code src/bench} long run.
 */
public final class CertificateFuzzer {
    public static final long SLOW_NANOS = TimeUnit.SECONDS.toNanos(2);
    /** A reader stuck this long is a hang; the input is reported and a fresh worker takes over. */
    static final long HANG_SECONDS = 30;
    static final String PASSWORD = "Test1234";
    static final String NON_ASCII_PASSWORD = "Pässwörd€";

    public record Seed(String name, byte[] bytes) {
    }

    /** One input that ended in something other than a bundle or a problem, or took too long. */
    public record Finding(String label, byte[] input, String what, long nanos) {
    }

    /**
     * Slowness is judged on the reading thread's CPU time: on a shared machine wall time mostly measures the
     * other processes. The slowest wall time is reported beside it.
     */
    public record Outcome(long inputs, long bundles, Map<CertificateProblem.Kind, Long> problems,
                          List<Finding> crashes, List<Finding> slow, long slowestNanos, String slowestLabel,
                          long slowestWallNanos) {
    }

    private record Timed(Object result, long cpuNanos) {
    }

    private final List<Seed> seeds;
    private final Random random;
    private final Mutations mutations;

    public CertificateFuzzer(List<Seed> seeds, long seed) {
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("no fixtures to mutate");
        }
        this.seeds = List.copyOf(seeds);
        this.random = new Random(seed);
        this.mutations = new Mutations(random);
    }

    /** Every fixture under the folder (and its fuzz/ regressions), except scripts. */
    public static List<Seed> fixtures(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().endsWith(".sh"))
                    .sorted()
                    .map(p -> new Seed(folder.relativize(p).toString(), read(p)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Outcome run(long count) {
        CertificateReader reader = new CertificateReader();
        Map<CertificateProblem.Kind, Long> problems = new EnumMap<>(CertificateProblem.Kind.class);
        List<Finding> crashes = new ArrayList<>();
        List<Finding> slow = new ArrayList<>();
        long bundles = 0;
        long slowest = 0;
        long slowestWall = 0;
        String slowestLabel = "";
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        ExecutorService worker = Executors.newSingleThreadExecutor(CertificateFuzzer::daemon);
        try {
            for (long i = 0; i < count; i++) {
                Seed seed = seeds.get(random.nextInt(seeds.size()));
                Mutations.Mutated m = mutations.mutate(seed, seeds.get(random.nextInt(seeds.size())));
                String label = i + ":" + seed.name() + ":" + m.how();
                Optional<Secret> password = password();
                long start = System.nanoTime();
                Future<Timed> result = worker.submit(() -> {
                    long cpu = threads.getCurrentThreadCpuTime();
                    Object value;
                    try {
                        value = reader.read(m.bytes(), "fuzz.bin", password);
                    } catch (Exception | Error e) {
                        value = e;
                    }
                    return new Timed(value, threads.getCurrentThreadCpuTime() - cpu);
                });
                Object outcome;
                long nanos;
                try {
                    Timed timed = result.get(HANG_SECONDS, TimeUnit.SECONDS);
                    outcome = timed.result();
                    nanos = timed.cpuNanos();
                } catch (TimeoutException e) {
                    result.cancel(true);
                    worker.shutdownNow();
                    worker = Executors.newSingleThreadExecutor(CertificateFuzzer::daemon);
                    outcome = e;
                    nanos = System.nanoTime() - start;
                } catch (ExecutionException e) {
                    outcome = e.getCause();
                    nanos = System.nanoTime() - start;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
                slowestWall = Math.max(slowestWall, System.nanoTime() - start);
                if (nanos > slowest) {
                    slowest = nanos;
                    slowestLabel = label;
                }
                if (nanos > SLOW_NANOS) {
                    slow.add(new Finding(label, m.bytes(), "took " + nanos / 1_000_000 + " ms CPU", nanos));
                }
                if (outcome instanceof CertificateProblem p) {
                    problems.merge(p.kind(), 1L, Long::sum);
                } else if (outcome instanceof Throwable t) {
                    crashes.add(new Finding(label, m.bytes(), describe(t), nanos));
                } else {
                    bundles++;
                }
            }
        } finally {
            worker.shutdownNow();
        }
        return new Outcome(count, bundles, problems, crashes, slow, slowest, slowestLabel, slowestWall);
    }

    private Optional<Secret> password() {
        int pick = random.nextInt(10);
        if (pick < 6) {
            return Optional.of(Secret.of(PASSWORD));
        }
        if (pick < 8) {
            return Optional.empty();
        }
        return Optional.of(Secret.of(pick == 8 ? NON_ASCII_PASSWORD : ""));
    }

    private static Thread daemon(Runnable r) {
        Thread t = Executors.defaultThreadFactory().newThread(r);
        t.setDaemon(true);
        t.setName("certificate-fuzz");
        return t;
    }

    static String describe(Throwable t) {
        StackTraceElement[] at = t.getStackTrace();
        return t.getClass().getName() + ": " + t.getMessage() + (at.length > 0 ? " at " + at[0] : "");
    }

    /** The mutation operators; each returns the new bytes and a short name for the report. */
    static final class Mutations {
        record Mutated(byte[] bytes, String how) {
        }

        private static final BigInteger[] HUGE = {BigInteger.valueOf(10_000_000), BigInteger.valueOf(10_000_001),
                BigInteger.valueOf(9_999_999), BigInteger.valueOf(5_000_000), BigInteger.valueOf(2_000_000),
                BigInteger.valueOf(1_000_000), BigInteger.valueOf(Integer.MAX_VALUE), BigInteger.valueOf(Long.MAX_VALUE),
                BigInteger.ONE.shiftLeft(100), BigInteger.ZERO, BigInteger.valueOf(-1), BigInteger.valueOf(-2048)};
        private final Random r;

        Mutations(Random r) {
            this.r = r;
        }

        Mutated mutate(Seed seed, Seed other) {
            byte[] in = seed.bytes();
            if (isPem(in) && r.nextInt(3) > 0) {
                return pemBody(in);
            }
            return binary(in, other.bytes(), r.nextInt(11));
        }

        private Mutated binary(byte[] in, byte[] other, int op) {
            return switch (op) {
                case 0 -> new Mutated(bitFlips(in), "bitflip");
                case 1 -> new Mutated(insert(in), "insert");
                case 2 -> new Mutated(delete(in), "delete");
                case 3 -> new Mutated(java.util.Arrays.copyOf(in, in.length == 0 ? 0 : r.nextInt(in.length)), "truncate");
                case 4 -> new Mutated(lengthField(in), "der-length");
                case 5 -> new Mutated(splice(in, other), "splice");
                case 6 -> new Mutated(randomBytes(), "random");
                case 7, 8 -> new Mutated(derNode(in), "der-node");
                case 9 -> new Mutated(hugeInteger(in), "huge-integer");
                default -> new Mutated(repeat(in), "repeat");
            };
        }

        static boolean isPem(byte[] in) {
            return new String(in, 0, Math.min(in.length, 4096), StandardCharsets.ISO_8859_1).contains("-----BEGIN ");
        }

        /** Decodes the first PEM block's base64, mutates the DER inside and encodes it again. */
        private Mutated pemBody(byte[] in) {
            String text = new String(in, StandardCharsets.ISO_8859_1);
            int begin = text.indexOf("-----BEGIN ");
            int bodyStart = text.indexOf('\n', begin) + 1;
            int end = text.indexOf("-----END ", bodyStart);
            if (bodyStart <= 0 || end < 0) {
                return new Mutated(bitFlips(in), "pem-bitflip");
            }
            String head = text.substring(bodyStart, end);
            StringBuilder headers = new StringBuilder();
            StringBuilder body = new StringBuilder();
            for (String line : head.split("\r?\n")) {
                (line.contains(":") ? headers : body).append(line).append(line.contains(":") ? "\n" : "");
            }
            byte[] der;
            try {
                der = Base64.getMimeDecoder().decode(body.toString());
            } catch (IllegalArgumentException e) {
                return new Mutated(bitFlips(in), "pem-bitflip");
            }
            int op = r.nextInt(11);
            byte[] mutated = op == 5 || op == 6 ? bitFlips(der) : binary(der, der, op).bytes();
            String encoded = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(mutated);
            if (headers.length() > 0 && r.nextInt(4) == 0) {
                headers = new StringBuilder(new String(bitFlips(headers.toString().getBytes(StandardCharsets.ISO_8859_1)),
                        StandardCharsets.ISO_8859_1));
            }
            String rebuilt = text.substring(0, bodyStart) + headers + (headers.length() > 0 ? "\n" : "")
                    + encoded + "\n" + text.substring(end);
            return new Mutated(rebuilt.getBytes(StandardCharsets.ISO_8859_1), "pem-body-" + op);
        }

        private byte[] bitFlips(byte[] in) {
            byte[] out = in.clone();
            int flips = 1 + r.nextInt(8);
            for (int i = 0; i < flips && out.length > 0; i++) {
                out[r.nextInt(out.length)] ^= (byte) (1 << r.nextInt(8));
            }
            return out;
        }

        private byte[] insert(byte[] in) {
            int at = r.nextInt(in.length + 1);
            byte[] add = new byte[1 + r.nextInt(16)];
            r.nextBytes(add);
            return concat(java.util.Arrays.copyOf(in, at), add, java.util.Arrays.copyOfRange(in, at, in.length));
        }

        private byte[] delete(byte[] in) {
            if (in.length < 2) {
                return new byte[0];
            }
            int at = r.nextInt(in.length - 1);
            int n = Math.min(1 + r.nextInt(16), in.length - at);
            return concat(java.util.Arrays.copyOf(in, at), java.util.Arrays.copyOfRange(in, at + n, in.length));
        }

        /** Overwrites the length octets at a random TLV header with a near, far or indefinite value. */
        private byte[] lengthField(byte[] in) {
            byte[] out = in.clone();
            List<Integer> lengths = new ArrayList<>();
            for (int i = 0; i + 1 < out.length && lengths.size() < 4096; i++) {
                int tag = out[i] & 0xff;
                if (tag == 0x30 || tag == 0x31 || tag == 0x04 || tag == 0x02 || tag == 0x03 || tag == 0x06
                        || tag == 0xa0) {
                    lengths.add(i + 1);
                }
            }
            if (lengths.isEmpty()) {
                return bitFlips(in);
            }
            int at = lengths.get(r.nextInt(lengths.size()));
            int[] choices = {0x00, 0x7f, 0x80, 0x81, 0x82, 0x84, 0x88, 0xff, (out[at] & 0xff) + 1, (out[at] & 0xff) - 1};
            out[at] = (byte) choices[r.nextInt(choices.length)];
            if (at + 4 < out.length && r.nextBoolean()) {
                for (int k = 1; k <= 4; k++) {
                    out[at + k] = (byte) (r.nextBoolean() ? 0xff : 0x7f);
                }
            }
            return out;
        }

        private byte[] splice(byte[] a, byte[] b) {
            int cutA = a.length == 0 ? 0 : r.nextInt(a.length);
            int cutB = b.length == 0 ? 0 : r.nextInt(b.length);
            return concat(java.util.Arrays.copyOf(a, cutA), java.util.Arrays.copyOfRange(b, cutB, b.length));
        }

        private byte[] randomBytes() {
            byte[] out = new byte[r.nextInt(4096)];
            r.nextBytes(out);
            if (out.length > 0 && r.nextBoolean()) {
                out[0] = 0x30;
            }
            return out;
        }

        private byte[] repeat(byte[] in) {
            if (in.length == 0) {
                return in;
            }
            int at = r.nextInt(in.length);
            int n = Math.min(1 + r.nextInt(256), in.length - at);
            byte[] chunk = java.util.Arrays.copyOfRange(in, at, at + n);
            byte[] many = new byte[chunk.length * (1 + r.nextInt(64))];
            for (int i = 0; i < many.length; i += chunk.length) {
                System.arraycopy(chunk, 0, many, i, chunk.length);
            }
            return concat(java.util.Arrays.copyOf(in, at), many, java.util.Arrays.copyOfRange(in, at, in.length));
        }

        /** Changes one node of the parsed tree (content, dropped child, duplicated child) and re-encodes. */
        private byte[] derNode(byte[] in) {
            Optional<DerTree> tree = DerTree.parse(in);
            if (tree.isEmpty()) {
                return lengthField(in);
            }
            List<DerTree> nodes = new ArrayList<>();
            tree.get().collect(nodes);
            DerTree node = nodes.get(r.nextInt(nodes.size()));
            if (node.content != null) {
                node.content = r.nextBoolean() ? bitFlips(node.content) : java.util.Arrays.copyOf(node.content,
                        node.content.length == 0 ? r.nextInt(8) : r.nextInt(node.content.length * 2 + 1));
            } else if (!node.children.isEmpty()) {
                int k = r.nextInt(node.children.size());
                if (r.nextBoolean()) {
                    node.children.remove(k);
                } else {
                    node.children.add(k, node.children.get(k));
                }
            }
            return tree.get().encode();
        }

        /** Sets a small INTEGER (iteration counts, versions, key sizes) to a huge, negative or zero value. */
        private byte[] hugeInteger(byte[] in) {
            Optional<DerTree> tree = DerTree.parse(in);
            if (tree.isEmpty()) {
                return derNode(in);
            }
            List<DerTree> nodes = new ArrayList<>();
            tree.get().collect(nodes);
            List<DerTree> ints = nodes.stream().filter(DerTree::isSmallInteger).toList();
            if (ints.isEmpty()) {
                return derNode(in);
            }
            int changes = 1 + r.nextInt(Math.min(3, ints.size()));
            for (int i = 0; i < changes; i++) {
                ints.get(r.nextInt(ints.size())).replaceContent(HUGE[r.nextInt(HUGE.length)].toByteArray());
            }
            return tree.get().encode();
        }

        private static byte[] concat(byte[]... parts) {
            int n = 0;
            for (byte[] p : parts) {
                n += p.length;
            }
            byte[] out = new byte[n];
            int at = 0;
            for (byte[] p : parts) {
                System.arraycopy(p, 0, out, at, p.length);
                at += p.length;
            }
            return out;
        }
    }
}
