package io.m365connect.core.diagnose;

import io.m365connect.core.common.Cancellation;
import io.m365connect.core.common.Problem;
import io.m365connect.core.probe.Layer;
import io.m365connect.core.probe.ProbeFactory;
import io.m365connect.core.probe.ProbeKind;
import io.m365connect.core.probe.ProbeResult;
import io.m365connect.core.probe.ProbeTarget;
import io.m365connect.core.probe.TokenClaims;
import io.m365connect.core.recipe.Recipe;
import io.m365connect.core.recipe.ResourceApp;
import io.m365connect.core.recipe.RoleRequirement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Runs a recipe's connection check: one token per resource, the recipe's probes (only those), the grant check
 * and the diagnosis, reporting each row as it changes so a view can show waiting → running → done.
 */
public final class ConnectionCheck {

    /** Fetches a fresh token for one resource (never from a cache: the admin has usually just changed something). */
    @FunctionalInterface
    public interface TokenSource {
        TokenOutcome fetch(ResourceApp resource, Cancellation cancellation);
    }

    @FunctionalInterface
    public interface Listener {
        void rowChanged(CheckRow row);
    }

    private final Recipe recipe;
    private final ProbeTarget target;
    private final FixLinks links;

    public ConnectionCheck(Recipe recipe, ProbeTarget target, FixLinks links) {
        this.recipe = recipe;
        this.target = target;
        this.links = links;
    }

    /** The probes this recipe names that this app knows, in the recipe's order. */
    public List<ProbeKind> probes() {
        return recipe.probes().stream().map(ProbeKind::fromId).flatMap(java.util.Optional::stream).toList();
    }

    /** Every resource a token is needed for: the recipe's permissions' and its probes'. */
    public List<ResourceApp> resources() {
        Set<ResourceApp> r = new TreeSet<>(recipe.resources());
        probes().forEach(p -> r.add(p.resource()));
        return List.copyOf(r);
    }

    /** The rows before anything ran, all waiting. */
    public List<CheckRow> plannedRows() {
        List<CheckRow> rows = new ArrayList<>();
        for (ResourceApp r : resources()) {
            rows.add(CheckRow.waiting("token:" + r.id(), CheckRow.Kind.TOKEN, "Token for " + r.displayName()));
        }
        for (ResourceApp r : recipe.resources()) {
            rows.add(CheckRow.waiting("permissions:" + r.id(), CheckRow.Kind.PERMISSIONS,
                    "Permissions of " + r.displayName()));
        }
        for (RoleRequirement role : recipe.roles()) {
            rows.add(CheckRow.waiting("role:" + role.templateId(), CheckRow.Kind.ROLE, "Role " + role.name()));
        }
        for (ProbeKind k : probes()) {
            rows.add(CheckRow.waiting("probe:" + k.id(), CheckRow.Kind.PROBE, k.title()));
        }
        return rows;
    }

    public CheckReport run(TokenSource tokens, Listener listener, Cancellation cancellation) {
        Map<String, CheckRow> rows = new LinkedHashMap<>();
        plannedRows().forEach(r -> rows.put(r.id(), r));
        rows.values().forEach(listener::rowChanged);

        Map<ResourceApp, TokenOutcome> issued = new EnumMap<>(ResourceApp.class);
        for (ResourceApp r : resources()) {
            cancellation.throwIfCancelled();
            update(rows, listener, "token:" + r.id(), null);
            TokenOutcome t = tokens.fetch(r, cancellation);
            issued.put(r, t);
            update(rows, listener, "token:" + r.id(), RowResults.token(t));
        }
        Map<ResourceApp, TokenClaims> claims = new EnumMap<>(ResourceApp.class);
        issued.forEach((r, t) -> {
            if (t instanceof TokenOutcome.Issued i) {
                claims.put(r, i.token().claims());
            }
        });
        GrantReport grants = GrantCheck.check(recipe, claims);
        for (ResourceApp r : recipe.resources()) {
            update(rows, listener, "permissions:" + r.id(), RowResults.permissions(r, grants, issued.get(r)));
        }

        Map<ProbeKind, ProbeResult> results = new LinkedHashMap<>();
        for (ProbeKind k : probes()) {
            cancellation.throwIfCancelled();
            update(rows, listener, "probe:" + k.id(), null);
            ProbeResult result = issued.get(k.resource()) instanceof TokenOutcome.Issued i
                    ? ProbeFactory.create(k, recipe).run(target, i.token(), cancellation)
                    : new ProbeResult.Skipped("No token for " + k.resource().displayName() + ".");
            results.put(k, result);
            update(rows, listener, "probe:" + k.id(), result);
        }

        boolean roleFailed = results.values().stream()
                .anyMatch(x -> x instanceof ProbeResult.Failed f && f.layer() == Layer.DIRECTORY_ROLE);
        boolean rolePassed = results.containsKey(ProbeKind.EXCHANGE_ADMIN)
                && results.get(ProbeKind.EXCHANGE_ADMIN).passed();
        GrantReport resolved = grants.resolveRoles(roleFailed, rolePassed);
        for (GrantLine l : resolved.roles()) {
            RoleRequirement role = l.role().orElseThrow();
            update(rows, listener, "role:" + role.templateId(), RowResults.role(l));
        }
        Diagnosis diagnosis = new Diagnoser(recipe, target, links).diagnose(issued, resolved, results);
        return new CheckReport(new ArrayList<>(rows.values()), resolved, diagnosis);
    }

    private static void update(Map<String, CheckRow> rows, Listener listener, String id, ProbeResult result) {
        CheckRow row = rows.get(id);
        if (row == null) {
            return;
        }
        CheckRow next = result == null ? row.running() : row.done(result);
        rows.put(id, next);
        listener.rowChanged(next);
    }

    /** The message for a check row whose token was never issued. */
    static Problem noToken(ResourceApp r) {
        return Problem.of("No token for " + r.displayName() + ", so this could not be checked.",
                "Fix the token first (see its row).");
    }

    static Set<String> names(List<GrantLine> lines) {
        Set<String> out = new LinkedHashSet<>();
        lines.forEach(l -> out.add(l.name()));
        return out;
    }
}
