package io.m365connect.core.diagnose;

import io.m365connect.core.handoff.CheckResults;
import io.m365connect.core.probe.ProbeResult;
import io.m365connect.core.recipe.Prerequisite;
import io.m365connect.core.recipe.Recipe;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Turns a connection check's report into the texts the setup report keeps (the hand-off depends on no check type). */
public final class CheckReports {
    private CheckReports() {
    }

    public static CheckResults of(Recipe recipe, CheckReport report, Instant checkedAt) {
        List<CheckResults.ChecklistLine> checklist = new ArrayList<>();
        for (GrantLine l : report.grants().lines()) {
            String kind = l.isRole() ? "role" : l.permission().isPresent() ? "permission" : "extra";
            String type = l.permission().map(p -> p.type().name().toLowerCase(Locale.ROOT))
                    .orElse(l.role().map(r -> "held by " + r.holder().name().toLowerCase(Locale.ROOT)).orElse(""));
            checklist.add(new CheckResults.ChecklistLine(kind, l.name(), l.resource(), type, l.required(),
                    l.status().label(), l.note()));
        }
        for (Prerequisite p : recipe.prerequisites()) {
            checklist.add(new CheckResults.ChecklistLine("prerequisite", p.title(), "", "", true, "check by hand",
                    p.description()));
        }
        List<CheckResults.Check> checks = new ArrayList<>();
        for (CheckRow row : report.rows()) {
            checks.add(check(row));
        }
        List<CheckResults.Fix> fixes = new ArrayList<>();
        for (Finding f : report.diagnosis().findings()) {
            fixes.add(new CheckResults.Fix(f.layer().title(), f.check(), f.problem().summary(),
                    f.problem().likelyCauses(), f.problem().fix(), f.linesToRun(),
                    f.links().stream().map(Finding.Link::url).toList()));
        }
        return new CheckResults(Optional.of(checkedAt), checklist, checks, fixes);
    }

    private static CheckResults.Check check(CheckRow row) {
        Optional<ProbeResult> r = row.result();
        if (r.isEmpty()) {
            return new CheckResults.Check(row.title(), CheckResults.Outcome.SKIPPED, "did not finish", 0);
        }
        ProbeResult result = r.get();
        if (result instanceof ProbeResult.Passed p) {
            return new CheckResults.Check(row.title(), CheckResults.Outcome.PASSED, p.detail(), p.millis());
        }
        if (result instanceof ProbeResult.Failed f) {
            return new CheckResults.Check(row.title(), CheckResults.Outcome.FAILED,
                    f.layer().title() + ": " + f.problem().summary(), f.millis());
        }
        return new CheckResults.Check(row.title(), CheckResults.Outcome.SKIPPED, ((ProbeResult.Skipped) result).why(), 0);
    }
}
