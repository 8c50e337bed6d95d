package io.m365connect.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.m365connect.core.diagnose.CheckReport;
import io.m365connect.core.diagnose.CheckRow;
import io.m365connect.core.diagnose.Finding;
import io.m365connect.core.diagnose.GrantLine;
import io.m365connect.core.probe.ProbeResult;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@code check}'s output: a table (check, result, time, fix) for people, one JSON document with --json. */
final class CheckOutput {
    private static final int FIX_WIDTH = 70;

    private CheckOutput() {
    }

    static void table(PrintWriter out, CheckReport report) {
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {"CHECK", "RESULT", "TIME", "FIX"});
        for (CheckRow row : report.rows()) {
            ProbeResult r = row.result().orElse(new ProbeResult.Skipped("not run"));
            lines.add(new String[] {row.title(), result(r), r instanceof ProbeResult.Skipped ? "" : r.millis() + " ms",
                    shortFix(report, row, r)});
        }
        int[] width = new int[3];
        for (String[] l : lines) {
            for (int i = 0; i < 3; i++) {
                width[i] = Math.max(width[i], l[i].length());
            }
        }
        for (String[] l : lines) {
            out.printf(Locale.ROOT, "%-" + width[0] + "s  %-" + width[1] + "s  %" + Math.max(4, width[2]) + "s  %s%n",
                    l[0], l[1], l[2], l[3]);
        }
        out.println();
        report.diagnosis().first().ifPresentOrElse(f -> first(out, f),
                () -> out.println("All checks passed: the connection works."));
        out.flush();
    }

    private static void first(PrintWriter out, Finding f) {
        out.println("First thing to fix (" + f.layer().title() + "): " + f.problem().summary());
        if (!f.problem().fix().isBlank()) {
            out.println("What to do: " + f.problem().fix());
        }
        f.links().forEach(l -> out.println("  " + l.label() + ": " + l.url()));
        if (!f.linesToRun().isEmpty()) {
            out.println("Lines to run:");
            f.linesToRun().forEach(l -> out.println("  " + l));
        }
    }

    private static String result(ProbeResult r) {
        if (r instanceof ProbeResult.Passed) {
            return "passed";
        }
        if (r instanceof ProbeResult.Failed f) {
            return "FAILED (" + f.layer().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")";
        }
        return "skipped";
    }

    private static String shortFix(CheckReport report, CheckRow row, ProbeResult r) {
        String text = r instanceof ProbeResult.Failed f ? report.findingFor(row).map(x -> x.problem().summary())
                .orElse(f.problem().summary()) : r instanceof ProbeResult.Skipped s ? s.why() : "";
        return text.length() > FIX_WIDTH ? text.substring(0, FIX_WIDTH - 1) + "…" : text;
    }

    static ObjectNode json(CheckReport report, String recipe) {
        ObjectNode doc = Json.object();
        doc.put("ok", report.passed());
        doc.put("recipe", recipe);
        ArrayNode checks = doc.putArray("checks");
        for (CheckRow row : report.rows()) {
            ObjectNode c = checks.addObject();
            c.put("id", row.id());
            c.put("check", row.title());
            ProbeResult r = row.result().orElse(new ProbeResult.Skipped("not run"));
            c.put("result", r instanceof ProbeResult.Passed ? "passed" : r instanceof ProbeResult.Failed ? "failed"
                    : "skipped");
            c.put("millis", r.millis());
            if (r instanceof ProbeResult.Passed p) {
                c.put("detail", p.detail());
            } else if (r instanceof ProbeResult.Failed f) {
                c.put("layer", f.layer().name().toLowerCase(Locale.ROOT));
                c.put("problem", f.problem().summary());
                c.put("fix", f.problem().fix());
                c.put("request", f.request());
                c.put("reply", f.reply());
            } else if (r instanceof ProbeResult.Skipped s) {
                c.put("detail", s.why());
            }
        }
        ArrayNode grants = doc.putArray("grants");
        for (GrantLine l : report.grants().lines()) {
            grants.addObject().put("name", l.name()).put("resource", l.resource()).put("required", l.required())
                    .put("status", l.status().name().toLowerCase(Locale.ROOT)).put("note", l.note());
        }
        ArrayNode findings = doc.putArray("findings");
        for (Finding f : report.diagnosis().findings()) {
            ObjectNode o = findings.addObject();
            o.put("layer", f.layer().name().toLowerCase(Locale.ROOT));
            o.put("check", f.check());
            o.put("summary", f.problem().summary());
            o.put("fix", f.problem().fix());
            ArrayNode lines = o.putArray("linesToRun");
            f.linesToRun().forEach(lines::add);
            ArrayNode links = o.putArray("links");
            f.links().forEach(l -> links.addObject().put("label", l.label()).put("url", l.url()));
        }
        return doc;
    }
}
