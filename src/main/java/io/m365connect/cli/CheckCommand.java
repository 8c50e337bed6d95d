package io.m365connect.cli;

import io.m365connect.core.auth.Credential;
import io.m365connect.core.common.Cancellation;
import io.m365connect.core.common.ProblemException;
import io.m365connect.core.diagnose.CheckReport;
import io.m365connect.core.diagnose.ConnectionCheck;
import io.m365connect.core.diagnose.PortalFixLinks;
import io.m365connect.core.diagnose.TokenChecks;
import io.m365connect.core.net.HttpSettings;
import io.m365connect.core.probe.ProbeTarget;
import io.m365connect.core.profile.ProfileStore;
import io.m365connect.core.profile.SetupProfile;
import io.m365connect.core.recipe.Recipe;
import io.m365connect.core.tenant.Cloud;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
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
    @Option(names = "--recipe", paramLabel = "ID", description = "The target system (see 'recipes list').")
    String recipe;

    @Option(names = "--tenant", paramLabel = "T", description = "Tenant ID or domain.")
    String tenant;

    @Option(names = "--client-id", paramLabel = "C", description = "Application (client) ID.")
    String clientId;

    @Mixin
    CredentialOptions credentials;

    @Option(names = "--organization", paramLabel = "DOMAIN",
            description = "The tenant's initial domain, for the Exchange checks (default: the tenant if a domain).")
    String organization;

    @Option(names = "--mailbox", paramLabel = "UPN", description = "The mailbox the mail checks open "
            + "(default: --username).")
    String mailbox;

    @Option(names = "--profile", paramLabel = "FILE", description = "A saved profile (.m365connect).")
    Path profile;

    @Mixin
    CloudOptions cloudOptions;

    @Mixin
    NetworkOptions network;

    @Option(names = "--json", description = "Print one JSON document on stdout.")
    boolean json;

    private final CliContext context;

    CheckCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws ProblemException {
        Optional<SetupProfile> saved = profile == null ? Optional.empty() : Optional.of(read(profile));
        Cloud cloud = cloud(saved);
        String recipeId = first(recipe, saved.flatMap(SetupProfile::recipeId)).orElseThrow(() -> UsageProblem.of(
                "Which system? --recipe is missing.", "Add --recipe ID (see 'm365-connect recipes list') or --profile."));
        Recipe r = usage(() -> context.services().recipes().require(recipeId, cloud.id()));
        String t = TokenInputs.tenant(first(tenant, saved.map(SetupProfile::tenant)).orElse(""));
        String c = TokenInputs.clientId(first(clientId, saved.map(SetupProfile::clientId)).orElse(""), t);
        Map<String, String> inputs = saved.map(SetupProfile::inputs).orElse(Map.of());
        PasswordSpec passwords = new PasswordSpec(context, System.getenv());
        HttpSettings http = network.apply(context.services().httpSettings(), passwords);
        Credential credential = credentials.credential(passwords, context);
        Optional<String> org = first(organization, Optional.ofNullable(inputs.get("organization")))
                .or(() -> t.contains(".") ? Optional.of(t) : Optional.empty());
        Optional<String> box = first(mailbox, Optional.ofNullable(credentials.username))
                .or(() -> Optional.ofNullable(inputs.get("mailbox")))
                .or(() -> Optional.ofNullable(inputs.get("username")));
        ProbeTarget target = new ProbeTarget(cloud, t, c, org, box, http);
        ConnectionCheck check = new ConnectionCheck(r, target, new PortalFixLinks(cloud, t, c));
        if (!json) {
            context.err().println("Checking " + r.title() + " …");
        }
        CheckReport report = check.run(TokenChecks.source(context.services().tokens(), cloud, t, c, credential, http),
                row -> { }, new Cancellation());
        if (json) {
            Json.print(context.out(), CheckOutput.json(report, r.id()));
        } else {
            CheckOutput.table(context.out(), report);
        }
        return report.passed() ? ExitCodes.OK : ExitCodes.REFUSED;
    }

    private Cloud cloud(Optional<SetupProfile> saved) throws ProblemException {
        if (cloudOptions.cloud != null || cloudOptions.cloudFile != null || saved.isEmpty()) {
            return usage(() -> cloudOptions.resolve(context.services().clouds()));
        }
        SetupProfile p = saved.get();
        Optional<Cloud> embedded = p.embeddedCloud();
        if (embedded.isPresent()) {
            return embedded.get();
        }
        cloudOptions.cloud = p.cloud();
        return usage(() -> cloudOptions.resolve(context.services().clouds()));
    }

    private static SetupProfile read(Path file) throws ProblemException {
        return usage(() -> ProfileStore.read(file));
    }

    private static Optional<String> first(String option, Optional<String> fallback) {
        return option != null && !option.isBlank() ? Optional.of(option.strip())
                : fallback.filter(s -> !s.isBlank()).map(String::strip);
    }

    private interface Step<T> {
        T get() throws ProblemException;
    }

    /** Bad input found before anything goes on the network is a usage error (exit 2). */
    private static <T> T usage(Step<T> step) throws ProblemException {
        try {
            return step.get();
        } catch (CommandFailure | UsageProblem e) {
            throw e;
        } catch (ProblemException e) {
            throw new CommandFailure(ExitCodes.USAGE, e);
        }
    }
}
