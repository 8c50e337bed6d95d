package io.m365connect.cli;

import io.m365connect.core.cert.CertificateBundle;
import io.m365connect.core.cert.CertificateExport;
import io.m365connect.core.cert.CertificateGenerator;
import io.m365connect.core.cert.CertificateProblem;
import io.m365connect.core.cert.CertificateWriter;
import io.m365connect.core.cert.ExportFormat;
import io.m365connect.core.cert.KeyFormat;
import io.m365connect.core.cert.PfxProfile;
import io.m365connect.core.cert.Thumbprints;
import io.m365connect.core.common.Cancellation;
import io.m365connect.core.common.Problem;
import io.m365connect.core.common.Secret;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cert generate}: a self-signed client certificate for an app registration, in the shapes needed. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Make a self-signed RSA certificate (SHA-256, key usage digitalSignature + keyEncipherment, "
                + "EKU clientAuth) and write it as PFX, CER and/or PEM into --out.",
        footer = {"", "Examples:",
                "  m365-connect cert generate --subject CN=contoso-iam --out certs/ \\",
                "      --passout env:PW",
                "  m365-connect cert generate --subject CN=contoso-blink --formats pem,cer \\",
                "      --out blink/",
                "", "PowerShell equivalent (IAM.cloud guide):",
                "  New-SelfSignedCertificate -Subject CN=contoso-iam -KeyExportPolicy \\",
                "      Exportable -NotAfter (Get-Date).AddYears(1)"})
final class CertGenerateCommand implements Callable<Integer> {
    @Option(names = "--subject", required = true, paramLabel = "CN=NAME", description = "Subject, e.g. CN=contoso-blink.")
    String subject;

    @Option(names = "--dns", paramLabel = "NAME", description = "A DNS name to add as subject alternative name.")
    String dns;

    @Option(names = "--days", paramLabel = "N", description = "Validity in days (default 365).")
    int days = CertificateGenerator.DEFAULT_DAYS;

    @Option(names = "--key-size", paramLabel = "N", description = "RSA key size: 2048 (default), 3072 or 4096.")
    int keySize = 2048;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (created if missing).")
    Path out;

    @Option(names = "--formats", split = ",", paramLabel = "LIST", description = "Any of pfx, cer, pem, base64 (default: pfx,cer,pem).")
    List<String> formats = List.of("pfx", "cer", "pem");

    @Option(names = "--passout", paramLabel = "SPEC", description = "Password for the PFX: pass:TEXT, env:VAR, file:PATH or stdin.")
    String passout;

    @Option(names = "--legacy", description = "PFX with 3DES and a SHA-1 MAC (Windows Server 2016).")
    boolean legacy;

    @Option(names = "--force", description = "Replace existing files.")
    boolean force;

    private final CliContext context;

    CertGenerateCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws CommandFailure {
        Set<ExportFormat> wanted = new LinkedHashSet<>();
        for (String f : formats) {
            wanted.add(CertConvertCommand.parse(ExportFormat.values(), f, "--formats", ExportFormat::id));
        }
        Secret password = Secret.empty();
        if (wanted.contains(ExportFormat.PFX)) {
            Optional<Secret> given = new PasswordSpec(context, System.getenv()).resolve(passout, "--passout");
            password = given.or(() -> promptNew()).filter(s -> !s.isEmpty()).orElseThrow(() -> new CommandFailure(
                    ExitCodes.USAGE, Problem.of("The .pfx needs a password.",
                            "Give it with --passout (pass:TEXT, env:VAR, file:PATH or stdin), or leave pfx out of --formats.")));
        }
        try {
            SecureRandom random = new SecureRandom();
            CertificateBundle bundle = new CertificateGenerator(Clock.systemUTC(), random).generate(
                    new CertificateGenerator.Request(subject, Optional.ofNullable(dns), days, keySize));
            String base = fileName(bundle);
            CertificateExport export = new CertificateExport(new CertificateWriter(random));
            CertificateExport.Options options = new CertificateExport.Options(KeyFormat.PKCS8,
                    legacy ? PfxProfile.LEGACY : PfxProfile.MODERN, password, force);
            List<Path> written = new ArrayList<>();
            for (ExportFormat f : wanted) {
                written.addAll(export.export(bundle, base, f, out, options, Cancellation.none()));
            }
            written.forEach(context.out()::println);
            context.err().println("Thumbprint (SHA-1): " + Thumbprints.of(bundle.certificate()).sha1()
                    + "  valid until " + bundle.certificate().getNotAfter().toInstant());
            return ExitCodes.OK;
        } catch (CertificateProblem p) {
            throw new CommandFailure(p.kind() == CertificateProblem.Kind.INVALID_INPUT ? ExitCodes.USAGE
                    : CertSupport.exitCode(p), p);
        } finally {
            password.wipe();
        }
    }

    private static Optional<Secret> promptNew() {
        try {
            return PasswordSpec.promptNew("New password for the .pfx: ");
        } catch (CommandFailure e) {
            return Optional.empty();
        }
    }

    /** The CN, made safe as a file name on every system. */
    private static String fileName(CertificateBundle bundle) {
        String dn = bundle.certificate().getSubjectX500Principal().getName();
        String cn = dn.replaceAll("^.*?CN=([^,]+).*$", "$1");
        String safe = cn.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[.-]+|-+$", "");
        return safe.isEmpty() ? "certificate" : safe;
    }
}
