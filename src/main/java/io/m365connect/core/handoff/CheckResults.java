package io.m365connect.core.handoff;

import io.m365connect.core.recipe.PermissionRequirement;
import io.m365connect.core.recipe.Prerequisite;
import io.m365connect.core.recipe.Recipe;
import io.m365connect.core.recipe.RoleRequirement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The connection check as the report tells it: the checklist with each line's status, each check with its result
 * and time, and the fixes found (in the order to make them). Texts only; the check's own results are turned into
 * this by the caller.
 */
public record CheckResults(Optional<Instant> checkedAt, List<ChecklistLine> checklist, List<Check> checks,
                           List<Fix> fixes) {

    public CheckResults {
        checkedAt = checkedAt == null ? Optional.empty() : checkedAt;
        checklist = List.copyOf(checklist);
        checks = List.copyOf(checks);
        fixes = List.copyOf(fixes);
    }

    public enum Outcome {
        PASSED("passed"), FAILED("failed"), SKIPPED("not run");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A permission, role or prerequisite of the recipe; {@code status} as the check found it. */
    public record ChecklistLine(String kind, String name, String resource, String type, boolean required,
                                String status, String note) {
        public ChecklistLine {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(name, "name");
            resource = resource == null ? "" : resource;
            type = type == null ? "" : type;
            status = status == null ? "" : status;
            note = note == null ? "" : note;
        }
    }

    public record Check(String title, Outcome outcome, String detail, long millis) {
        public Check {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(outcome, "outcome");
            detail = detail == null ? "" : detail;
        }
    }

    /** One thing to fix: the layer, the check that showed it, what is wrong, why, what to do, lines to run, pages. */
    public record Fix(String layer, String check, String summary, List<String> causes, String fix,
                      List<String> linesToRun, List<String> links) {
        public Fix {
            Objects.requireNonNull(layer, "layer");
            check = check == null ? "" : check;
            Objects.requireNonNull(summary, "summary");
            causes = List.copyOf(causes == null ? List.of() : causes);
            fix = fix == null ? "" : fix;
            linesToRun = List.copyOf(linesToRun == null ? List.of() : linesToRun);
            links = List.copyOf(links == null ? List.of() : links);
        }
    }

    public boolean ran() {
        return !checks.isEmpty();
    }

    /** Every check ran and passed, and nothing is left to fix. */
    public boolean allPassed() {
        return ran() && fixes.isEmpty() && checks.stream().allMatch(c -> c.outcome() == Outcome.PASSED
                || c.outcome() == Outcome.SKIPPED) && checks.stream().anyMatch(c -> c.outcome() == Outcome.PASSED);
    }

    /** Before any check ran: the recipe's checklist, each line "not checked". */
    public static CheckResults notRun(Recipe recipe) {
        return new CheckResults(Optional.empty(), checklistOf(recipe, "not checked"), List.of(), List.of());
    }

    public static List<ChecklistLine> checklistOf(Recipe recipe, String status) {
        List<ChecklistLine> lines = new ArrayList<>();
        for (PermissionRequirement p : recipe.permissions()) {
            lines.add(new ChecklistLine("permission", p.name(), p.resource().displayName(), p.type().name()
                    .toLowerCase(java.util.Locale.ROOT), p.required(), status, p.why()));
        }
        for (RoleRequirement r : recipe.roles()) {
            lines.add(new ChecklistLine("role", r.name(), "Directory role", "held by " + r.holder().name()
                    .toLowerCase(java.util.Locale.ROOT), r.required(), status, r.why()));
        }
        for (Prerequisite p : recipe.prerequisites()) {
            lines.add(new ChecklistLine("prerequisite", p.title(), "", "", true, status, p.description()));
        }
        return lines;
    }
}
