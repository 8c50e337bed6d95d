package io.m365connect.core.diagnose;

import io.m365connect.core.common.Problem;
import io.m365connect.core.handoff.ExchangeScript;
import io.m365connect.core.probe.Layer;
import io.m365connect.core.probe.ProbeKind;
import io.m365connect.core.probe.ProbeResult;
import io.m365connect.core.probe.ProbeTarget;
import io.m365connect.core.recipe.PermissionRequirement;
import io.m365connect.core.recipe.PermissionType;
import io.m365connect.core.recipe.Recipe;
import io.m365connect.core.recipe.ResourceApp;
import io.m365connect.core.recipe.RoleHolder;
import io.m365connect.core.recipe.RoleRequirement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * From the tokens, the grant check and the probes: every missing layer with its fix, in the order an admin
 * must fix them (tenant → app → credential → certificate → consent → permission → role → Exchange access →
 * SMTP AUTH → subscription → licence).
 */
public final class Diagnoser {
    static final String APPLY_DELAY = " A new grant can take a few minutes to apply; run the check again then "
            + "(it always fetches fresh tokens).";

    private final Recipe recipe;
    private final ProbeTarget target;
    private final FixLinks links;

    public Diagnoser(Recipe recipe, ProbeTarget target, FixLinks links) {
        this.recipe = recipe;
        this.target = target;
        this.links = links;
    }

    public Diagnosis diagnose(Map<ResourceApp, TokenOutcome> tokens, GrantReport grants,
                              Map<ProbeKind, ProbeResult> probes) {
        List<Finding> out = new ArrayList<>();
        tokens.values().forEach(t -> {
            if (t instanceof TokenOutcome.Refused r) {
                out.add(tokenFinding(r));
            }
        });
        out.addAll(missingPermissions(grants, tokens));
        grants.roles().stream().filter(l -> l.status() == GrantStatus.MISSING)
                .forEach(l -> out.add(roleFinding(l.role().orElseThrow(), l.note())));
        probes.forEach((kind, result) -> {
            if (result instanceof ProbeResult.Failed f && !alreadyTold(out, f)) {
                out.add(probeFinding(kind, f));
            }
        });
        return new Diagnosis(out);
    }

    private Finding tokenFinding(TokenOutcome.Refused r) {
        List<Finding.Link> l = switch (r.layer()) {
            case APP -> List.of(new Finding.Link("Enterprise applications", links.enterpriseApps()));
            case CREDENTIAL, CERTIFICATE -> List.of(new Finding.Link("Certificates & secrets", links.credentials()));
            case CONSENT -> List.of(new Finding.Link("Grant admin consent", links.adminConsent(r.resource())));
            case PERMISSION -> List.of(new Finding.Link("API permissions", links.apiPermissions()));
            default -> List.of();
        };
        return new Finding(r.layer(), "Token for " + r.resource().displayName(), r.problem(), List.of(), l);
    }

    private List<Finding> missingPermissions(GrantReport grants, Map<ResourceApp, TokenOutcome> tokens) {
        Map<ResourceApp, List<String>> missing = new LinkedHashMap<>();
        Map<ResourceApp, Boolean> delegated = new LinkedHashMap<>();
        for (GrantLine l : grants.missing()) {
            PermissionRequirement p = l.permission().orElseThrow();
            missing.computeIfAbsent(p.resource(), k -> new ArrayList<>()).add(p.name());
            delegated.merge(p.resource(), p.type() == PermissionType.DELEGATED, Boolean::logicalAnd);
        }
        List<Finding> out = new ArrayList<>();
        missing.forEach((resource, names) -> {
            boolean nothingGranted = tokens.get(resource) instanceof TokenOutcome.Issued i
                    && i.token().claims().roles().isEmpty() && i.token().claims().scopes().isEmpty();
            Finding.Link consent = new Finding.Link("Grant admin consent", links.adminConsent(resource));
            Finding.Link perms = new Finding.Link("API permissions", links.apiPermissions());
            String list = String.join(", ", names);
            if (nothingGranted || delegated.get(resource)) {
                // A user's token lists only consented scopes: a delegated permission missing from scp is unconsented.
                out.add(new Finding(Layer.CONSENT, "Permissions of " + resource.displayName(), Problem.of(
                        nothingGranted ? "Admin consent is missing: the " + resource.displayName()
                                + " token carries no permission." : "Not consented for " + resource.displayName()
                                + ": " + list + ".",
                        "Add " + list + " (" + resource.displayName() + ") if not listed yet, then grant admin "
                                + "consent." + APPLY_DELAY,
                        "the permissions were added but nobody granted admin consent"), List.of(),
                        List.of(consent, perms)));
            } else {
                out.add(new Finding(Layer.PERMISSION, "Permissions of " + resource.displayName(), Problem.of(
                        "Permission missing for " + resource.displayName() + ": " + list + ".",
                        "Add " + list + " of " + resource.displayName() + " to the app and grant admin consent."
                                + APPLY_DELAY,
                        "the permission was not added, or added without admin consent"), List.of(),
                        List.of(perms, consent)));
            }
        });
        return out;
    }

    private Finding roleFinding(RoleRequirement role, String note) {
        return new Finding(Layer.DIRECTORY_ROLE, "Role " + role.name(), Problem.of(
                "Directory role missing: the app's service principal does not hold " + role.name() + ".",
                "Assign " + role.name() + " to the enterprise application " + target.clientId()
                        + " (Entra admin center, Roles and administrators, or the lines below). Role changes can take "
                        + "a few minutes to apply.", note),
                ExchangeScript.assignDirectoryRole(target.tenant(), target.clientId(), role.name(), role.templateId())
                        .commands(),
                List.of(new Finding.Link(role.name() + " assignments", links.roleAssignments(role.templateId()))));
    }

    private Finding probeFinding(ProbeKind kind, ProbeResult.Failed f) {
        List<String> lines = List.of();
        List<Finding.Link> l = new ArrayList<>();
        Optional<String> mailbox = target.mailbox();
        switch (f.layer()) {
            case EXCHANGE_ACCESS -> lines = ExchangeScript.mailboxAccess(tenantForExchange(), target.clientId(),
                    mailbox.map(List::of).orElse(List.of())).commands();
            case SMTP_AUTH -> lines = ExchangeScript.enableSmtpAuth(tenantForExchange(),
                    mailbox.orElse("<mailbox>")).commands();
            case DIRECTORY_ROLE -> {
                Optional<RoleRequirement> role = appRole();
                if (role.isPresent()) {
                    lines = ExchangeScript.assignDirectoryRole(target.tenant(), target.clientId(), role.get().name(),
                            role.get().templateId()).commands();
                    l.add(new Finding.Link(role.get().name() + " assignments",
                            links.roleAssignments(role.get().templateId())));
                }
            }
            case PERMISSION -> {
                l.add(new Finding.Link("API permissions", links.apiPermissions()));
                l.add(new Finding.Link("Grant admin consent", links.adminConsent(kind.resource())));
            }
            case CONSENT -> l.add(new Finding.Link("Grant admin consent", links.adminConsent(kind.resource())));
            case CREDENTIAL, CERTIFICATE -> l.add(new Finding.Link("Certificates & secrets", links.credentials()));
            default -> {
                // network, tenant, subscription, licence, service: the problem's own fix says what to do
            }
        }
        return new Finding(f.layer(), kind.title(), f.problem(), lines, l);
    }

    /** A probe failing at a layer the grant check already reported adds nothing new. */
    private static boolean alreadyTold(List<Finding> found, ProbeResult.Failed f) {
        Set<Layer> told = new LinkedHashSet<>();
        found.forEach(x -> told.add(x.layer()));
        return f.layer() == Layer.DIRECTORY_ROLE && told.contains(Layer.DIRECTORY_ROLE);
    }

    private Optional<RoleRequirement> appRole() {
        return recipe.roles().stream().filter(r -> r.holder() == RoleHolder.APP).findFirst();
    }

    private String tenantForExchange() {
        return target.organization().orElse(target.tenant());
    }
}
