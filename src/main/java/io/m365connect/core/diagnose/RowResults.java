package io.m365connect.core.diagnose;

import io.m365connect.core.common.Problem;
import io.m365connect.core.probe.Layer;
import io.m365connect.core.probe.ProbeResult;
import io.m365connect.core.probe.TokenClaims;
import io.m365connect.core.recipe.ResourceApp;
import java.util.List;
import java.util.TreeSet;

/** The result shown on the token, permission and role rows, derived from the token and the grant check. */
final class RowResults {
    private RowResults() {
    }

    static ProbeResult token(TokenOutcome t) {
        if (t instanceof TokenOutcome.Refused r) {
            return new ProbeResult.Failed(r.layer(), r.problem(), "token request for " + r.resource().displayName(),
                    r.code(), r.millis());
        }
        TokenClaims c = ((TokenOutcome.Issued) t).token().claims();
        String grants = c.appOnly() ? "roles: " + String.join(" ", new TreeSet<>(c.roles()))
                : "scp: " + String.join(" ", new TreeSet<>(c.scopes()));
        return new ProbeResult.Passed((c.appOnly() ? "app-only" : "for " + c.user().orElse("?")) + ", tenant "
                + c.tenantId() + ", " + grants, t.millis());
    }

    static ProbeResult permissions(ResourceApp r, GrantReport grants, TokenOutcome token) {
        if (!(token instanceof TokenOutcome.Issued)) {
            return new ProbeResult.Skipped(ConnectionCheck.noToken(r).summary());
        }
        List<GrantLine> lines = grants.permissions().stream()
                .filter(l -> l.permission().orElseThrow().resource() == r).toList();
        List<GrantLine> missing = lines.stream().filter(l -> l.required() && l.status() == GrantStatus.MISSING)
                .toList();
        if (!missing.isEmpty()) {
            String names = String.join(", ", ConnectionCheck.names(missing));
            return new ProbeResult.Failed(Layer.PERMISSION, Problem.of("Missing: " + names + ".",
                    "Add " + names + " and grant admin consent." + Diagnoser.APPLY_DELAY),
                    "(checked from the token's claims)", summary(lines), 0);
        }
        List<GrantLine> manual = lines.stream().filter(l -> l.status() == GrantStatus.MANUAL).toList();
        long granted = lines.stream().filter(l -> l.status() == GrantStatus.GRANTED
                || l.status() == GrantStatus.MORE_THAN_NEEDED).count();
        if (granted == 0 && !manual.isEmpty()) {
            return new ProbeResult.Skipped("Not visible with this credential; check by hand: "
                    + String.join(", ", ConnectionCheck.names(manual)));
        }
        return new ProbeResult.Passed(summary(lines), 0);
    }

    static ProbeResult role(GrantLine l) {
        return switch (l.status()) {
            case GRANTED -> new ProbeResult.Passed(l.note(), 0);
            case MISSING -> new ProbeResult.Failed(Layer.DIRECTORY_ROLE, Problem.of(
                    "The app's service principal does not hold " + l.name() + ".",
                    "Assign " + l.name() + " to the enterprise application; role changes can take a few minutes."),
                    "(token wids and the call that needs the role)", l.note(), 0);
            default -> new ProbeResult.Skipped(l.note());
        };
    }

    private static String summary(List<GrantLine> lines) {
        StringBuilder b = new StringBuilder();
        for (GrantLine l : lines) {
            if (b.length() > 0) {
                b.append("; ");
            }
            b.append(l.name()).append(": ").append(l.status().label());
        }
        return b.toString();
    }
}
