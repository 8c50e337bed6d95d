package io.m365connect.core.diagnose;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Everything found missing, ordered by layer: the first finding is the one to fix next. */
public record Diagnosis(List<Finding> findings) {
    public Diagnosis {
        findings = findings.stream().sorted(Comparator.comparing(Finding::layer)).toList();
    }

    public Optional<Finding> first() {
        return findings.stream().findFirst();
    }

    public boolean allPassed() {
        return findings.isEmpty();
    }
}
