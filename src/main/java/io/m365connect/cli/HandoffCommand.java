package io.m365connect.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.m365connect.core.auth.Credential;
import io.m365connect.core.common.Cancellation;
import io.m365connect.core.common.Problem;
import io.m365connect.core.common.ProblemException;
import io.m365connect.core.common.Secret;
import io.m365connect.core.diagnose.CheckReport;
import io.m365connect.core.diagnose.ConnectionCheck;
import io.m365connect.core.diagnose.PortalFixLinks;
import io.m365connect.core.diagnose.TokenChecks;
import io.m365connect.core.diagnose.TokenOutcome;
import io.m365connect.core.auth.RecipeScopes;
import io.m365connect.core.handoff.Artifact;
import io.m365connect.core.handoff.ArtifactWriter;
import io.m365connect.core.handoff.CertificatePfx;
import io.m365connect.core.diagnose.CheckReports;
import io.m365connect.core.handoff.CheckResults;
import io.m365connect.core.handoff.CredentialFiles;
import io.m365connect.core.handoff.HandoffCredential;
import io.m365connect.core.handoff.HandoffPackage;
import io.m365connect.core.handoff.HandoffScripts;
import io.m365connect.core.handoff.HandoffSession;
import io.m365connect.core.handoff.PfxPasswords;
import io.m365connect.core.handoff.RecipeFiles;
import io.m365connect.core.handoff.SetupReport;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code handoff}: run the check, then write what the target system asks for into a folder. */
@Command(name = "handoff", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run the connection check, then write what the target system asks for into --out: "
                + "fields.json (by the form's own field names), the credential files, report.html and report.json, "
                + "the scripts, and links.txt.", "Inputs and sign-in as for 'check'."},
        footer = {"", "Exit codes: 0 written and every check passed, 1 written but a check failed, 2 bad input "
                + "(nothing written), 3 could not write (nothing partial is left), 130 cancelled."})
final class HandoffCommand implements Callable<Integer> {
    @Mixin
    CheckOptions options;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write into.")
    Path out;

    @Option(names = "--passout", paramLabel = "SPEC", description = "Password of the PFX written (default: a new "
            + "one, shown once on stderr).")
    String passout;

    @Option(names = "--include-secrets", description = "Also write the secret, password and key fields into "
            + "fields.json (the file is then owner-only).")
    boolean includeSecrets;

    @Option(names = "--force", description = "Replace files that exist in --out.")
    boolean force;

    @Option(names = "--json", description = "Print one JSON document on stdout.")
    boolean json;

    private final CliContext context;

    HandoffCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws ProblemException {
        CheckOptions.Inputs in = options.resolve(context);
        Optional<Secret> chosen = in.passwords().resolve(passout, "--passout");
        boolean pfx = RecipeFiles.asksForPfx(in.recipe()) && in.credential() instanceof Credential.ClientCertificate;
        Secret pfxPassword = chosen.orElseGet(() -> pfx ? PfxPasswords.generate() : Secret.empty());
        HandoffSession session = new HandoffSession(in.recipe(), in.cloud(), in.tenant(), in.clientId(), in.inputs(),
                in.credential().kind(), material(in.credential(), pfxPassword), List.of());
        List<Artifact> files = List.of();
        try {
            if (!force) {
                precheck(session);
            }
            if (!json) {
                context.err().println("Checking " + in.recipe().title() + " …");
            }
            String[] tenantId = {in.tenant()};
            ConnectionCheck.TokenSource fresh = TokenChecks.source(context.services().tokens(), in.cloud(),
                    in.tenant(), in.clientId(), in.credential(), in.http());
            ConnectionCheck.TokenSource tokens = (resource, cancellation) -> {
                TokenOutcome t = fresh.fetch(resource, cancellation);
                if (t instanceof TokenOutcome.Issued issued && !issued.token().claims().tenantId().isBlank()) {
                    tenantId[0] = issued.token().claims().tenantId();
                }
                return t;
            };
            CheckReport report = new ConnectionCheck(in.recipe(), in.target(), new PortalFixLinks(in.cloud(),
                    in.tenant(), in.clientId())).run(tokens, row -> { }, new Cancellation());
            CheckResults results = CheckReports.of(in.recipe(), report, Clock.systemUTC().instant());
            HandoffSession checked = session.withTenantId(tenantId[0])
                    .withTokenScopes(RecipeScopes.forRecipe(in.recipe(), in.cloud(), in.credential().kind()));
            files = new HandoffPackage(new CredentialFiles(CertificatePfx.encoder())).build(checked,
                    SetupReport.of(checked, results, context.services().version(), Clock.systemUTC()),
                    HandoffScripts.of(checked, context.services().recipes().permissions()), includeSecrets);
            ArtifactWriter.Outcome outcome = write(files);
            if (outcome instanceof ArtifactWriter.Outcome.Conflicts c) {
                throw exists(c.names());
            }
            List<Path> written = ((ArtifactWriter.Outcome.Written) outcome).files();
            print(written, results, pfx && chosen.isEmpty() ? Optional.of(pfxPassword) : Optional.empty());
            return results.allPassed() ? ExitCodes.OK : ExitCodes.REFUSED;
        } finally {
            files.forEach(Artifact::wipe);
            pfxPassword.wipe();
        }
    }

    /** Refuses before the check runs when files are in the way, so nothing is asked of Entra ID for nothing. */
    private void precheck(HandoffSession session) throws CommandFailure {
        List<String> names = new java.util.ArrayList<>(List.of(HandoffPackage.FIELDS, HandoffPackage.REPORT_HTML,
                HandoffPackage.REPORT_JSON, HandoffPackage.LINKS));
        names.addAll(RecipeFiles.names(session));
        List<String> existing = names.stream().filter(n -> java.nio.file.Files.exists(out.resolve(n))).toList();
        if (!existing.isEmpty()) {
            throw exists(existing);
        }
    }

    private ArtifactWriter.Outcome write(List<Artifact> files) throws CommandFailure {
        try {
            return new ArtifactWriter().write(out, files, force);
        } catch (ProblemException e) {
            throw new CommandFailure(ExitCodes.INTERNAL, e);
        }
    }

    private CommandFailure exists(List<String> names) {
        return new CommandFailure(ExitCodes.INTERNAL, Problem.of("These files exist in " + out + ": "
                + String.join(", ", names) + ". Nothing was written.",
                "Choose another folder with --out, or replace them with --force."));
    }

    static HandoffCredential material(Credential credential, Secret pfxPassword) {
        if (credential instanceof Credential.ClientSecret s) {
            return new HandoffCredential.ClientSecret(s.secret(), Optional.empty());
        }
        if (credential instanceof Credential.ClientCertificate c) {
            return new HandoffCredential.Certificate(c.certificate(), c.chain().stream()
                    .filter(x -> !x.equals(c.certificate())).toList(), c.key(), pfxPassword);
        }
        if (credential instanceof Credential.UsernamePassword u && u.clientSecret().isPresent()) {
            return new HandoffCredential.ClientSecret(u.clientSecret().get(), Optional.empty());
        }
        return new HandoffCredential.None();
    }

    private void print(List<Path> written, CheckResults results, Optional<Secret> generated) {
        if (json) {
            ObjectNode doc = Json.object();
            doc.put("ok", true);
            doc.put("allChecksPassed", results.allPassed());
            doc.put("out", out.toAbsolutePath().toString());
            written.forEach(p -> doc.withArray("files").add(p.getFileName().toString()));
            Json.print(context.out(), doc);
        } else {
            context.out().println("Wrote " + written.size() + " files to " + out.toAbsolutePath() + ":");
            written.forEach(p -> context.out().println("  " + p.getFileName()));
            context.out().println(results.allPassed() ? "All checks passed."
                    : "Some checks failed: see report.html for what to fix.");
            context.out().flush();
        }
        generated.ifPresent(p -> context.err().println("The PFX password (shown only now; the target asks for it): "
                + p.reveal(s -> s)));
        context.err().flush();
    }
}
