package io.m365connect.core.diagnose;

import io.m365connect.core.probe.ProbeResult;
import java.util.List;
import java.util.Optional;

/** The outcome of a whole connection check: its rows, the grant check, and the diagnosis. */
public record CheckReport(List<CheckRow> rows, GrantReport grants, Diagnosis diagnosis) {
    public CheckReport {
        rows = List.copyOf(rows);
    }

    /** True when no row failed and nothing is missing. */
    public boolean passed() {
        return diagnosis.allPassed() && rows.stream().noneMatch(r -> r.result().filter(
                x -> x instanceof ProbeResult.Failed).isPresent());
    }

    /** The finding reported by this row's check, if any. */
    public Optional<Finding> findingFor(CheckRow row) {
        return diagnosis.findings().stream().filter(f -> f.check().equals(row.title())).findFirst();
    }
}
