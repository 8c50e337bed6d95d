package io.m365connect.cli;

import io.m365connect.core.cert.CertificateBundle;
import io.m365connect.core.cert.CertificateExport;
import io.m365connect.core.cert.CertificateProblem;
import io.m365connect.core.cert.CertificateWriter;
import io.m365connect.core.cert.ExportFormat;
import io.m365connect.core.cert.KeyFormat;
import io.m365connect.core.cert.PfxProfile;
import io.m365connect.core.common.Cancellation;
import io.m365connect.core.common.Problem;
import io.m365connect.core.common.Secret;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cert convert IN... --to FORMAT}: the shapes target systems ask for, many files in one call. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Convert certificate files to PEM (certificate + private key), PFX, CER (DER) or one-line "
                + "base64. Files are named after the input and written to --out; each written file is listed.",
        footer = {"", "Output names: app.pfx -> app.crt.pem + app.key.pem (pem), app.pfx (pfx), app.cer (cer), "
                + "app.b64.txt (base64).",
                "Private keys and PFX files are written owner-only (0600); nothing is replaced without --force.",
                "", "Examples:",
                "  # Blink asks for the public and the private key as PEM. Its guide runs:",
                "  #   openssl pkcs12 -in app.pfx -nokeys",
                "  #   openssl pkcs12 -in app.pfx -nodes -nocerts | openssl rsa",
                "  # The same here, in one step:",
                "  m365-connect cert convert app.pfx --to pem --passin env:PW --out blink/",
                "",
                "  # A PFX for Windows Server 2016 (3DES, SHA-1 MAC) from a PEM pair:",
                "  m365-connect cert convert app.crt.pem --key app.key.pem --to pfx --legacy",
                "      --passout env:PW",
                "",
                "  # The .cer the portal's Certificates & secrets page uploads:",
                "  m365-connect cert convert app.pfx --to cer --passin env:PW",
                "",
                "  # Many files at once:",
                "  m365-connect cert convert exports/*.pfx --to pem --passin file:pw.txt \\",
                "      --out pem/"})
final class CertConvertCommand implements Callable<Integer> {
    @Parameters(paramLabel = "IN", arity = "1..*", description = "Input files (PFX/P12, PEM, DER or base64).")
    List<Path> inputs;

    @Option(names = "--to", required = true, paramLabel = "FORMAT", description = "pem, pfx, cer or base64.")
    String to;

    @Option(names = "--key", paramLabel = "KEYFILE", description = "The private-key file for a single certificate input.")
    Path keyFile;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (created if missing; default: current folder).")
    Path out = Path.of(".");

    @Option(names = "--passin", paramLabel = "SPEC", description = "Password of the inputs: pass:TEXT, env:VAR, file:PATH or stdin.")
    String passin;

    @Option(names = "--passout", paramLabel = "SPEC", description = "Password for a written PFX or encrypted key.")
    String passout;

    @Option(names = "--legacy", description = "PFX with 3DES and a SHA-1 MAC (Windows Server 2016, old Java) instead of AES-256.")
    boolean legacy;

    @Option(names = "--key-format", paramLabel = "FORMAT", description = "Private key PEM: pkcs8 (default, BEGIN PRIVATE KEY), "
            + "pkcs1 (BEGIN RSA PRIVATE KEY) or encrypted (needs --passout; the default when --passout is given).")
    String keyFormat;

    @Option(names = "--force", description = "Replace existing files.")
    boolean force;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    private final CliContext context;

    CertConvertCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws CommandFailure {
        ExportFormat format = parse(ExportFormat.values(), to, "--to", ExportFormat::id);
        KeyFormat keys = keyFormat(format);
        if (keyFile != null && inputs.size() != 1) {
            throw new CommandFailure(ExitCodes.USAGE, Problem.of("--key pairs a key with one certificate, but "
                    + inputs.size() + " inputs were given.", "Convert that certificate in a call of its own."));
        }
        PasswordSpec passwords = new PasswordSpec(context, System.getenv());
        CertSupport support = new CertSupport(passwords.resolve(passin, "--passin"));
        boolean needsPassout = format == ExportFormat.PFX || (format == ExportFormat.PEM && keys == KeyFormat.ENCRYPTED);
        Secret outPassword = needsPassout ? passout(passwords) : Secret.empty();
        CertificateExport export = new CertificateExport(new CertificateWriter(new SecureRandom()));
        CertificateExport.Options options = new CertificateExport.Options(keys,
                legacy ? PfxProfile.LEGACY : PfxProfile.MODERN, outPassword, force);
        List<CertJson.Outcome<List<Path>>> outcomes = new ArrayList<>();
        int code = ExitCodes.OK;
        for (CertJson.Outcome<List<Path>> outcome : convertAll(support, export, format, options)) {
            outcomes.add(outcome);
            if (outcome.problem().isPresent()) {
                code = Math.max(code, CertSupport.exitCode(outcome.problem().get()));
                CertSupport.report(context, outcome.file(), outcome.problem().get());
            } else if (!json) {
                outcome.result().orElseThrow().forEach(context.out()::println);
            }
        }
        outPassword.wipe();
        if (json) {
            Json.print(context.out(), CertJson.files("input", outcomes,
                    (entry, written) -> written.forEach(p -> entry.withArray("written").add(p.toString())),
                    code == ExitCodes.OK));
        }
        return code;
    }

    /**
     * Converts each input, reporting in the order given. With a password given up front and several inputs, the
     * files are converted on all cores at once;
     * inputs that would write the same output names, and files that may ask for a password, go one at a time.
     */
    private List<CertJson.Outcome<List<Path>>> convertAll(CertSupport support, CertificateExport export,
            ExportFormat format, CertificateExport.Options options) {
        Function<Path, CertJson.Outcome<List<Path>>> convertOne = input -> {
            try {
                CertificateBundle bundle = support.read(input, Optional.ofNullable(keyFile));
                return CertJson.Outcome.done(input, export.export(bundle, CertificateExport.baseName(input), format,
                        out, options, Cancellation.none()));
            } catch (CertificateProblem p) {
                return CertJson.Outcome.failed(input, p);
            }
        };
        boolean distinctNames = inputs.stream().map(CertificateExport::baseName).distinct().count() == inputs.size();
        boolean together = inputs.size() > 1 && support.passwordGiven() && distinctNames;
        // An ordered parallel stream: the caller and the common pool's workers, results in the order given.
        return (together ? inputs.parallelStream() : inputs.stream()).map(convertOne).toList();
    }

    /**
     * As with openssl, a PEM key written with a password given is an encrypted one; a password beside a format
     * that writes the key in the clear would only make the person believe the key is protected.
     */
    private KeyFormat keyFormat(ExportFormat format) throws CommandFailure {
        boolean pemWithPassword = format == ExportFormat.PEM && passout != null;
        if (keyFormat == null) {
            return pemWithPassword ? KeyFormat.ENCRYPTED : KeyFormat.PKCS8;
        }
        KeyFormat chosen = parse(KeyFormat.values(), keyFormat, "--key-format", KeyFormat::id);
        if (pemWithPassword && chosen != KeyFormat.ENCRYPTED) {
            throw new CommandFailure(ExitCodes.USAGE, Problem.of("--passout was given, but --key-format " + chosen.id()
                    + " writes the private key without a password.", "Leave --passout out for a plain key, or use "
                    + "--key-format encrypted for a key that needs the password."));
        }
        return chosen;
    }

    private Secret passout(PasswordSpec passwords) throws CommandFailure {
        Optional<Secret> given = passwords.resolve(passout, "--passout");
        if (given.isEmpty()) {
            given = PasswordSpec.promptNew("New password for the " + (ExportFormat.PFX.id().equals(to) ? ".pfx" : "key") + ": ");
        }
        return given.filter(s -> !s.isEmpty()).orElseThrow(() -> new CommandFailure(ExitCodes.USAGE, Problem.of(
                "The " + (ExportFormat.PFX.id().equals(to) ? ".pfx" : "encrypted key") + " needs a password.",
                "Give it with --passout (pass:TEXT, env:VAR, file:PATH or stdin).")));
    }

    static <E extends Enum<E>> E parse(E[] values, String text, String option, java.util.function.Function<E, String> id)
            throws CommandFailure {
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        for (E e : values) {
            if (id.apply(e).equals(wanted)) {
                return e;
            }
        }
        throw new CommandFailure(ExitCodes.USAGE, Problem.of("'" + text + "' is not a choice for " + option + ".",
                "Use one of: " + String.join(", ", java.util.Arrays.stream(values).map(id).toList()) + "."));
    }
}
