package io.m365connect.cli;

import io.m365connect.core.auth.Credential;
import io.m365connect.core.common.ProblemException;
import io.m365connect.core.net.HttpSettings;
import io.m365connect.core.probe.ProbeTarget;
import io.m365connect.core.profile.HelpdeskProfiles;
import io.m365connect.core.profile.SetupProfile;
import io.m365connect.core.recipe.ChosenPermission;
import io.m365connect.core.recipe.PermissionChoices;
import io.m365connect.core.recipe.PermissionType;
import io.m365connect.core.recipe.Recipe;
import io.m365connect.core.tenant.Cloud;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * What {@code check} and {@code handoff} both need: the system, tenant, app, inputs and credential, from options
 * or a helpdesk profile (options win; credentials never come from a profile). Everything is checked before
 * anything goes on the network, so bad input is exit 2 with nothing done.
 */
final class CheckOptions {
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

    @Option(names = "--permission", paramLabel = "NAME[:TYPE]", description = "A Microsoft Graph permission your "
            + "system needs, for a recipe whose permissions you choose (custom-graph); repeat for each. TYPE is "
            + "application (an app running alone) or delegated (a person signs in); default: from the credential.")
    List<String> permissions = new ArrayList<>();

    @Option(names = "--profile", paramLabel = "FILE", description = "A helpdesk profile (.m365connect).")
    Path profile;

    @Mixin
    CloudOptions cloudOptions;

    @Mixin
    NetworkOptions network;

    /** The checked inputs of one run. */
    record Inputs(Recipe recipe, Cloud cloud, String tenant, String clientId, Map<String, String> inputs,
                  Credential credential, HttpSettings http, ProbeTarget target, PasswordSpec passwords) {
    }

    Inputs resolve(CliContext context) throws ProblemException {
        Optional<SetupProfile> saved = profile == null ? Optional.empty()
                : Optional.of(usage(() -> HelpdeskProfiles.open(profile, context.services().recipes(),
                        context.services().clouds())));
        Cloud cloud = cloud(saved, context);
        String recipeId = first(recipe, saved.flatMap(SetupProfile::recipeId)).orElseThrow(() -> UsageProblem.of(
                "Which system? --recipe is missing.", "Add --recipe ID (see 'm365-connect recipes list') or --profile."));
        Recipe base = usage(() -> context.services().recipes().require(recipeId, cloud.id()));
        String t = TokenInputs.tenant(first(tenant, saved.map(SetupProfile::tenant)).orElse(""));
        String c = TokenInputs.clientId(first(clientId, saved.map(SetupProfile::clientId)).orElse(""), t);
        Map<String, String> inputs = new HashMap<>(saved.map(SetupProfile::inputs).orElse(Map.of()));
        PasswordSpec passwords = new PasswordSpec(context, System.getenv());
        HttpSettings http = network.apply(context.services().httpSettings(), passwords);
        Credential credential = credentials.credential(passwords, context);
        List<ChosenPermission> chosen = chosen(saved, PermissionType.forCredential(credential.kind()));
        Recipe r = usage(() -> PermissionChoices.apply(base, chosen, context.services().recipes().permissions(),
                cloud.id()));
        if (base.permissionsSelectable() && chosen.isEmpty()) {
            context.err().println("Note: no permissions chosen for " + base.title() + ", so none are checked; name "
                    + "them with --permission NAME[:application|delegated].");
        }
        Optional<String> org = first(organization, Optional.ofNullable(inputs.get("organization")))
                .or(() -> t.contains(".") ? Optional.of(t) : Optional.empty());
        org.ifPresent(o -> inputs.put("organization", o));
        Optional<String> box = first(mailbox, Optional.ofNullable(credentials.username))
                .or(() -> Optional.ofNullable(inputs.get("mailbox")))
                .or(() -> Optional.ofNullable(inputs.get("username")));
        if (credentials.username != null) {
            inputs.putIfAbsent("username", credentials.username.strip());
        }
        return new Inputs(r, cloud, t, c, Map.copyOf(inputs), credential, http,
                new ProbeTarget(cloud, t, c, org, box, http), passwords);
    }

    /** The --permission options, else the profile's chosen permissions (options win over a profile, as elsewhere). */
    private List<ChosenPermission> chosen(Optional<SetupProfile> saved, PermissionType defaultType)
            throws ProblemException {
        if (permissions.isEmpty()) {
            return saved.map(SetupProfile::permissions).orElse(List.of());
        }
        List<ChosenPermission> out = new ArrayList<>();
        for (String p : permissions) {
            out.add(usage(() -> ChosenPermission.parse(p, defaultType)));
        }
        return out;
    }

    private Cloud cloud(Optional<SetupProfile> saved, CliContext context) throws ProblemException {
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

    private static Optional<String> first(String option, Optional<String> fallback) {
        return option != null && !option.isBlank() ? Optional.of(option.strip())
                : fallback.filter(s -> !s.isBlank()).map(String::strip);
    }

    interface Step<T> {
        T get() throws ProblemException;
    }

    /** Bad input found before anything goes on the network is a usage error (exit 2). */
    static <T> T usage(Step<T> step) throws ProblemException {
        try {
            return step.get();
        } catch (CommandFailure | UsageProblem e) {
            throw e;
        } catch (ProblemException e) {
            throw new CommandFailure(ExitCodes.USAGE, e);
        }
    }
}
