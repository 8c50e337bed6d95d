package io.m365connect.cli;

import io.m365connect.core.cert.CertificateBundle;
import io.m365connect.core.cert.CertificateDetails;
import io.m365connect.core.cert.CertificateProblem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cert inspect FILE...}: what a certificate file holds, with the thumbprints Entra ID shows. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = "Show subject, validity, key, thumbprints (SHA-1 as Entra ID shows it, SHA-256, x5t, x5t#S256) "
                + "and whether a private key is present, for each file (PFX/P12, PEM, DER or base64).",
        footer = {"", "Examples:", "  m365-connect cert inspect app.pfx --passin env:PW",
                "  m365-connect cert inspect *.cer --json",
                "", "openssl equivalent:", "  openssl x509 -in app.crt -noout -subject -dates -fingerprint -sha1"})
final class CertInspectCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Certificate files.")
    List<Path> files;

    @Option(names = "--passin", paramLabel = "SPEC", description = "Password of the files: pass:TEXT, env:VAR, file:PATH or stdin.")
    String passin;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    private final CliContext context;

    CertInspectCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws CommandFailure {
        CertSupport support = new CertSupport(new PasswordSpec(context, System.getenv()).resolve(passin, "--passin"));
        List<CertJson.Outcome<CertificateDetails>> outcomes = new ArrayList<>();
        int code = ExitCodes.OK;
        for (Path file : files) {
            try {
                CertificateBundle bundle = support.read(file, java.util.Optional.empty());
                CertificateDetails details = CertificateDetails.of(bundle, Clock.systemUTC());
                outcomes.add(CertJson.Outcome.done(file, details));
                if (!json) {
                    print(context.out(), file, details);
                }
            } catch (CertificateProblem p) {
                code = Math.max(code, CertSupport.exitCode(p));
                outcomes.add(CertJson.Outcome.failed(file, p));
                CertSupport.report(context, file, p);
            }
        }
        if (json) {
            Json.print(context.out(), CertJson.files("file", outcomes,
                    (entry, details) -> entry.set("certificate", CertJson.details(details)), code == ExitCodes.OK));
        }
        return code;
    }

    static void print(PrintWriter out, Path file, CertificateDetails d) {
        out.println(file + "  (" + d.format().label() + ")");
        row(out, "Subject", d.subject());
        row(out, "Issuer", d.issuer().equals(d.subject()) ? d.issuer() + " (self-signed)" : d.issuer());
        row(out, "Serial", d.serialNumber());
        row(out, "Valid", day(d.notBefore()) + " to " + day(d.notAfter()) + " (" + (d.daysToExpiry() >= 0
                ? d.daysToExpiry() + " days left)" : "expired " + -d.daysToExpiry() + " days ago)"));
        row(out, "Key", d.key().algorithm() + " " + d.key().bits() + " bits, signed " + d.signatureAlgorithm());
        row(out, "Private key", !d.privateKeyPresent() ? "not in this file"
                : d.privateKeyMatches() ? "present, belongs to the certificate" : "present, but of ANOTHER certificate");
        row(out, "Chain", d.chainLength() + " certificate(s)" + (d.chainLength() > 1
                ? d.chainInOrder() ? ", in order" : ", out of order in the file" : ""));
        if (!d.subjectAlternativeNames().isEmpty()) {
            row(out, "Names", String.join(", ", d.subjectAlternativeNames()));
        }
        d.friendlyName().ifPresent(f -> row(out, "Friendly name", f));
        row(out, "Thumbprint", d.thumbprints().sha1() + "  (SHA-1, as Entra ID and Windows show it)");
        row(out, "SHA-256", d.thumbprints().sha256());
        row(out, "x5t", d.thumbprints().x5t());
        row(out, "x5t#S256", d.thumbprints().x5tS256());
    }

    private static void row(PrintWriter out, String label, String value) {
        out.printf("  %-14s %s%n", label + ":", value);
    }

    private static String day(java.time.Instant i) {
        return LocalDate.ofInstant(i, ZoneOffset.UTC).toString();
    }
}
