package io.m365connect.core.diagnose;

import java.util.List;

/** The grant check's rows, in recipe order: permissions, roles, then grants the recipe does not need. */
public record GrantReport(List<GrantLine> lines) {
    public GrantReport {
        lines = List.copyOf(lines);
    }

    public List<GrantLine> permissions() {
        return lines.stream().filter(l -> l.permission().isPresent()).toList();
    }

    public List<GrantLine> roles() {
        return lines.stream().filter(GrantLine::isRole).toList();
    }

    public List<GrantLine> extras() {
        return lines.stream().filter(l -> l.permission().isEmpty() && !l.isRole()).toList();
    }

    /** Required permissions the token lacks. */
    public List<GrantLine> missing() {
        return permissions().stream().filter(l -> l.required() && l.status() == GrantStatus.MISSING).toList();
    }

    /**
     * The report after the probes ran: a role not in the token becomes missing only when a probe that needs
     * it failed at the directory-role layer; otherwise it is granted by proof (the probe passed) or stays
     * for a manual check.
     */
    public GrantReport resolveRoles(boolean roleProbeFailed, boolean roleProbePassed) {
        return new GrantReport(lines.stream().map(l -> {
            if (l.status() != GrantStatus.NOT_SEEN) {
                return l;
            }
            if (roleProbeFailed) {
                return l.withStatus(GrantStatus.MISSING, "not in the token, and the call that needs it was refused");
            }
            if (roleProbePassed) {
                return l.withStatus(GrantStatus.GRANTED, "the call that needs it works (held directly or through a "
                        + "role group)");
            }
            return l.withStatus(GrantStatus.MANUAL, "not in the token; no call proved or refused it");
        }).toList());
    }
}
