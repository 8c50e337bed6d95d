package io.m365connect.core.cert;

import io.m365connect.core.cert.CertificateProblem.Kind;
import io.m365connect.core.common.AtomicFiles;
import io.m365connect.core.common.AtomicFiles.Visibility;
import io.m365connect.core.common.Cancellation;
import io.m365connect.core.common.Problem;
import io.m365connect.core.common.Secret;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Writes a certificate in the shape a target asks for, into a folder, with names taken from the input
 * ({@code app.pfx} → {@code app.crt.pem}, {@code app.key.pem}, {@code app.cer}). Files are written atomically,
 * private keys owner-only, and nothing is replaced unless asked.
 */
public final class CertificateExport {
    private static final List<String> KNOWN_EXTENSIONS =
            List.of(".pfx", ".p12", ".pem", ".crt", ".cer", ".der", ".key", ".txt", ".b64", ".p7b");

    /** How to write: key shape, PFX encryption, the password for PFX/encrypted keys, and whether to replace files. */
    public record Options(KeyFormat keyFormat, PfxProfile pfxProfile, Secret password, boolean overwrite) {
        public Options {
            Objects.requireNonNull(keyFormat, "keyFormat");
            Objects.requireNonNull(pfxProfile, "pfxProfile");
            password = password == null ? Secret.empty() : password;
        }

        public static Options defaults() {
            return new Options(KeyFormat.PKCS8, PfxProfile.MODERN, Secret.empty(), false);
        }
    }

    private final CertificateWriter writer;

    public CertificateExport(CertificateWriter writer) {
        this.writer = Objects.requireNonNull(writer, "writer");
    }

    /** {@code app.crt.pem} → {@code app}; {@code Contoso App.pfx} → {@code Contoso App}. */
    public static String baseName(Path input) {
        String name = CertificateReader.displayName(input);
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String ext : KNOWN_EXTENSIONS) {
                if (name.toLowerCase(Locale.ROOT).endsWith(ext) && name.length() > ext.length()) {
                    name = name.substring(0, name.length() - ext.length());
                    stripped = true;
                }
            }
        }
        return name;
    }

    /** Writes the files and returns their paths, in the order written. */
    public List<Path> export(CertificateBundle bundle, String baseName, ExportFormat format, Path folder,
            Options options, Cancellation cancellation) throws CertificateProblem {
        if (bundle.hasPrivateKey() && !bundle.keyMatches() && (format == ExportFormat.PEM || format == ExportFormat.PFX)) {
            throw CertificateProblem.of(Kind.KEY_MISMATCH, "The private key does not belong to the certificate.",
                    "Give the key that was created together with this certificate.",
                    "the key of an older or a different certificate");
        }
        Map<Path, Content> files = render(bundle, baseName, format, folder, options);
        if (!options.overwrite()) {
            for (Path p : files.keySet()) {
                if (Files.exists(p)) {
                    throw exists(p);
                }
            }
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw writeFailed(folder, e);
        }
        List<Path> written = new ArrayList<>();
        boolean done = false;
        try {
            for (Map.Entry<Path, Content> f : files.entrySet()) {
                try {
                    AtomicFiles.write(f.getKey(), f.getValue().bytes(), f.getValue().visibility(), options.overwrite(),
                            cancellation);
                    written.add(f.getKey());
                } catch (FileAlreadyExistsException e) {
                    throw exists(f.getKey());
                } catch (IOException e) {
                    throw writeFailed(f.getKey(), e);
                }
            }
            done = true;
            return written;
        } finally {
            if (!done && !options.overwrite()) {
                removeHalfPair(written);
            }
        }
    }

    /** A certificate without its key (or the reverse) is worse than nothing: a failed pair leaves no files. */
    private static void removeHalfPair(List<Path> written) {
        for (Path p : written) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                // the original failure is what the person needs to see; this file stays and is listed nowhere
            }
        }
    }

    private record Content(byte[] bytes, Visibility visibility) {
    }

    private Map<Path, Content> render(CertificateBundle bundle, String base, ExportFormat format, Path folder,
            Options options) throws CertificateProblem {
        Map<Path, Content> out = new LinkedHashMap<>();
        switch (format) {
            case PEM -> {
                out.put(folder.resolve(base + ".crt.pem"),
                        new Content(CertificateWriter.ascii(writer.certificatePem(bundle)), Visibility.PUBLIC));
                if (bundle.hasPrivateKey()) {
                    String key = writer.privateKeyPem(bundle.privateKey().orElseThrow(), options.keyFormat(),
                            options.password());
                    out.put(folder.resolve(base + ".key.pem"), new Content(CertificateWriter.ascii(key), Visibility.PRIVATE));
                }
            }
            case PFX -> out.put(folder.resolve(base + ".pfx"),
                    new Content(writer.pfx(bundle, options.password(), options.pfxProfile()), Visibility.PRIVATE));
            case CER -> out.put(folder.resolve(base + ".cer"), new Content(writer.der(bundle), Visibility.PUBLIC));
            case BASE64 -> out.put(folder.resolve(base + ".b64.txt"),
                    new Content(CertificateWriter.ascii(writer.base64(bundle)), Visibility.PUBLIC));
        }
        return out;
    }

    private static CertificateProblem exists(Path p) {
        return CertificateProblem.of(Kind.FILE_EXISTS, p + " already exists; it was left as it is.",
                "Choose another folder with --out, or replace the file with --force.");
    }

    private static CertificateProblem writeFailed(Path p, IOException e) {
        return new CertificateProblem(Kind.WRITE_FAILED, Problem.of("Could not write " + p + ".",
                "Check that the folder exists, is writable and the disk is not full.",
                e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2")
                        .toLowerCase(Locale.ROOT)), e);
    }
}
