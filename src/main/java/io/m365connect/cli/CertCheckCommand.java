package io.m365connect.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.m365connect.core.cert.CertificateBundle;
import io.m365connect.core.cert.CertificateCheck;
import io.m365connect.core.cert.CertificateProblem;
import io.m365connect.core.cert.CertificateRequirements;
import io.m365connect.core.cert.CheckResult;
import io.m365connect.core.common.Problem;
import io.m365connect.core.recipe.CredentialKind;
import io.m365connect.core.recipe.Recipe;
import io.m365connect.core.common.ProblemException;
import io.m365connect.core.tenant.CloudCatalog;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cert check FILE}: would Entra ID (and the target system) accept this certificate? */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check a certificate against Microsoft Entra ID's rules (RSA, at least 2048 bits, valid now, "
                + "warning within 30 days of expiry) and, with --needs-private-key or a --recipe that signs with it, "
                + "that its private key came along.",
        footer = {"", "Exit code: 0 accepted, 1 refused (the reason is printed),", "2 unreadable file or usage error.",
                "", "Examples:", "  m365-connect cert check app.pfx --passin env:PW --recipe blink-exchange-online",
                "  m365-connect cert check app.cer"})
final class CertCheckCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "The certificate file (PFX/P12, PEM, DER or base64).")
    Path file;

    @Option(names = "--key", paramLabel = "KEYFILE", description = "A separate private-key file for the certificate.")
    Path keyFile;

    @Option(names = "--passin", paramLabel = "SPEC", description = "Password: pass:TEXT, env:VAR, file:PATH or stdin.")
    String passin;

    @Option(names = "--needs-private-key", description = "Refuse the certificate when its private key is missing "
            + "(the target system signs with it; the portal upload does not need it).")
    boolean needsPrivateKey;

    @Option(names = "--recipe", paramLabel = "ID", description = "The target system's recipe (see 'recipes list'): "
            + "its rules apply too, e.g. that the private key comes along.")
    String recipe;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    private final CliContext context;

    CertCheckCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws CommandFailure {
        CertificateRequirements needs = requirements();
        CertSupport support = new CertSupport(new PasswordSpec(context, System.getenv()).resolve(passin, "--passin"));
        CertificateBundle bundle;
        try {
            bundle = support.read(file, Optional.ofNullable(keyFile));
        } catch (CertificateProblem p) {
            if (json) {
                ObjectNode doc = Json.object();
                doc.put("ok", false);
                doc.set("error", CertJson.problem(p));
                Json.print(context.out(), doc);
            }
            CertSupport.report(context, file, p);
            return CertSupport.exitCode(p);
        }
        CertificateCheck.Report report = new CertificateCheck(Clock.systemUTC()).check(bundle, needs);
        if (json) {
            ObjectNode doc = CertJson.checks(report);
            doc.put("ok", report.accepted());
            Json.print(context.out(), doc);
        } else {
            report.results().forEach(r -> context.out().println(r.line()));
            context.out().println(report.accepted() ? "Accepted by Microsoft Entra ID." : "Refused.");
        }
        if (!report.accepted()) {
            CheckResult first = report.failures().get(0);
            context.err().println("m365-connect: " + file + ": refused: " + first.message());
        }
        return report.accepted() ? ExitCodes.OK : ExitCodes.REFUSED;
    }

    /** A recipe with a certificate credential means the target signs its token requests: it needs the key. */
    private CertificateRequirements requirements() throws CommandFailure {
        if (recipe == null) {
            return needsPrivateKey ? CertificateRequirements.privateKeyFor("the target system")
                    : CertificateRequirements.PORTAL_UPLOAD;
        }
        Recipe found;
        try {
            found = context.services().recipes().require(recipe, CloudCatalog.DEFAULT_CLOUD);
        } catch (ProblemException e) {
            throw new CommandFailure(ExitCodes.USAGE, e);
        }
        if (!found.accepts(CredentialKind.CERTIFICATE)) {
            throw new CommandFailure(ExitCodes.USAGE, Problem.of(found.title() + " does not sign in with a certificate.",
                    "Check the certificate without --recipe, or choose a recipe that uses one."));
        }
        return CertificateRequirements.privateKeyFor(found.vendor().isBlank() ? found.title() : found.vendor());
    }
}
