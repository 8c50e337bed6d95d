package io.m365connect.cli;

import io.m365connect.core.common.Cancellation;
import io.m365connect.core.common.ProblemException;
import io.m365connect.core.diagnose.CheckReport;
import io.m365connect.core.diagnose.ConnectionCheck;
import io.m365connect.core.diagnose.PortalFixLinks;
import io.m365connect.core.diagnose.TokenChecks;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code check}: fresh tokens, the recipe's read-only probes, and the first layer to fix. */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Prove a connection: get a fresh token per API the recipe needs, compare the token's "
                + "permissions and roles with the recipe, call each API read-only, and say which layer is missing.",
                "Sign in as with 'token'. A --profile gives recipe, cloud, tenant, app and inputs; options win over it; "
                        + "credentials never come from a profile."},
        footer = {"", "Exit codes: 0 every check passed, 1 a check failed, 2 usage or bad input, 130 cancelled."})
final class CheckCommand implements Callable<Integer> {
    @Mixin
    CheckOptions options;

    @Option(names = "--json", description = "Print one JSON document on stdout.")
    boolean json;

    private final CliContext context;

    CheckCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws ProblemException {
        CheckOptions.Inputs in = options.resolve(context);
        ConnectionCheck check = new ConnectionCheck(in.recipe(), in.target(),
                new PortalFixLinks(in.cloud(), in.tenant(), in.clientId()));
        if (!json) {
            context.err().println("Checking " + in.recipe().title() + " …");
        }
        CheckReport report = check.run(TokenChecks.source(context.services().tokens(), in.cloud(), in.tenant(),
                in.clientId(), in.credential(), in.http()), row -> { }, new Cancellation());
        if (json) {
            Json.print(context.out(), CheckOutput.json(report, in.recipe().id()));
        } else {
            CheckOutput.table(context.out(), report);
        }
        return report.passed() ? ExitCodes.OK : ExitCodes.REFUSED;
    }
}
