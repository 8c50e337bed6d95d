package io.m365connect.core.handoff;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The setup report as one self-contained HTML page: no scripts, no external files, a print style sheet (A4,
 * black on white, tables kept whole). Every value is escaped.
 */
public final class ReportHtml {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final String CSS = """
            body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1b1b;margin:2rem auto;\
            max-width:60rem;padding:0 1rem}
            h1{font-size:1.5rem;margin:0 0 .25rem}h2{font-size:1.1rem;margin:1.75rem 0 .5rem;border-bottom:1px solid #ccc}
            table{border-collapse:collapse;width:100%}th,td{text-align:left;vertical-align:top;padding:.3rem .5rem;\
            border-bottom:1px solid #e3e3e3}th{background:#f4f4f4;font-weight:600}
            .facts th{width:14rem;background:none}.mono{font-family:ui-monospace,Consolas,monospace;word-break:break-all}
            .badge{display:inline-block;padding:.2rem .6rem;border-radius:1rem;font-weight:600}
            .passed{background:#dff3e3;color:#0b5c1d}.failed{background:#fde2e1;color:#8a1c13}\
            .skipped,.none{background:#eee;color:#444}
            pre{background:#f6f6f6;padding:.5rem;white-space:pre-wrap;margin:.25rem 0}footer{margin-top:2rem;color:#555;font-size:.85rem}
            @media print{body{margin:0;max-width:none;font-size:11pt}@page{size:A4;margin:15mm}\
            h2{break-after:avoid}tr,pre,.fix{break-inside:avoid}.badge{border:1px solid #000;background:none;color:#000}\
            a{color:#000;text-decoration:none}a[href]::after{content:" (" attr(href) ")";font-size:.8em;word-break:break-all}}
            """;

    private ReportHtml() {
    }

    public static String render(SetupReport r) {
        StringBuilder b = new StringBuilder(8192);
        b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">")
                .append("<title>Setup report — ").append(esc(r.recipeTitle())).append("</title><style>")
                .append(CSS).append("</style></head><body>\n");
        b.append("<h1>Setup report: ").append(esc(r.recipeTitle())).append("</h1>\n<p>").append(verdict(r))
                .append("</p>\n");
        facts(b, r);
        checks(b, r.results());
        fixes(b, r.results());
        checklist(b, r.results());
        b.append("<footer>Made by M365 Connect ").append(esc(r.toolVersion())).append(" on ")
                .append(esc(WHEN.format(r.created()))).append(". This report holds no secret, password or private key.")
                .append("</footer>\n</body></html>\n");
        return b.toString();
    }

    private static String verdict(SetupReport r) {
        CheckResults res = r.results();
        if (!res.ran()) {
            return "<span class=\"badge none\">Not checked yet</span>";
        }
        long failed = res.checks().stream().filter(c -> c.outcome() == CheckResults.Outcome.FAILED).count();
        return r.allPassed() ? "<span class=\"badge passed\">All checks passed</span>"
                : "<span class=\"badge failed\">" + Math.max(failed, 1) + " of " + res.checks().size()
                        + " checks need attention</span>";
    }

    private static void facts(StringBuilder b, SetupReport r) {
        b.append("<h2>Connection</h2>\n<table class=\"facts\">");
        row(b, "Target system", esc(r.recipeTitle()) + " <span class=\"mono\">(" + esc(r.recipeId()) + ")</span>");
        row(b, "Cloud", esc(r.cloudName()));
        row(b, "Directory (tenant) ID", mono(r.tenantId()));
        row(b, "Application (client) ID", mono(r.clientId()));
        SetupReport.CredentialSummary c = r.credential();
        row(b, "Credential", esc(c.kind()));
        c.subject().ifPresent(s -> row(b, "Certificate subject", esc(s)));
        c.thumbprint().ifPresent(t -> row(b, "Thumbprint (SHA-1)", mono(t)));
        row(b, "Expires", c.expires().map(e -> esc(WHEN.format(e))).orElse("not known"));
        row(b, "Checked", r.results().checkedAt().map(t -> esc(WHEN.format(t))).orElse("not yet"));
        b.append("</table>\n");
    }

    private static void checks(StringBuilder b, CheckResults res) {
        b.append("<h2>Checks</h2>\n");
        if (!res.ran()) {
            b.append("<p>No connection check has run.</p>\n");
            return;
        }
        b.append("<table><tr><th>Check</th><th>Result</th><th>Time</th><th>Detail</th></tr>");
        for (CheckResults.Check c : res.checks()) {
            b.append("<tr><td>").append(esc(c.title())).append("</td><td><span class=\"badge ")
                    .append(c.outcome().name().toLowerCase(java.util.Locale.ROOT)).append("\">")
                    .append(esc(c.outcome().label())).append("</span></td><td>").append(c.millis()).append(" ms</td><td>")
                    .append(esc(c.detail())).append("</td></tr>");
        }
        b.append("</table>\n");
    }

    private static void fixes(StringBuilder b, CheckResults res) {
        if (res.fixes().isEmpty()) {
            return;
        }
        b.append("<h2>What to fix, in this order</h2>\n");
        for (CheckResults.Fix f : res.fixes()) {
            b.append("<div class=\"fix\"><h3>").append(esc(f.layer())).append(": ").append(esc(f.summary()))
                    .append("</h3>");
            if (!f.causes().isEmpty()) {
                b.append("<p>Likely cause: ").append(esc(String.join("; ", f.causes()))).append("</p>");
            }
            b.append("<p>").append(esc(f.fix())).append("</p>");
            if (!f.linesToRun().isEmpty()) {
                b.append("<pre class=\"mono\">").append(esc(String.join("\n", f.linesToRun()))).append("</pre>");
            }
            for (String l : f.links()) {
                boolean web = l.startsWith("https://") || l.startsWith("http://");
                b.append("<p>").append(web ? "<a href=\"" + esc(l) + "\">" + esc(l) + "</a>" : esc(l)).append("</p>");
            }
            b.append("</div>\n");
        }
    }

    private static void checklist(StringBuilder b, CheckResults res) {
        b.append("<h2>Checklist</h2>\n<table><tr><th>Item</th><th>Where</th><th>Type</th><th>Required</th>")
                .append("<th>Status</th></tr>");
        for (CheckResults.ChecklistLine l : res.checklist()) {
            b.append("<tr><td>").append(esc(l.name())).append("</td><td>").append(esc(l.resource())).append("</td><td>")
                    .append(esc(l.type())).append("</td><td>").append(l.required() ? "yes" : "optional")
                    .append("</td><td>").append(esc(l.status())).append("</td></tr>");
        }
        b.append("</table>\n");
    }

    private static void row(StringBuilder b, String label, String html) {
        b.append("<tr><th>").append(esc(label)).append("</th><td>").append(html).append("</td></tr>");
    }

    private static String mono(String value) {
        return "<span class=\"mono\">" + esc(value == null || value.isBlank() ? "not known" : value) + "</span>";
    }

    /** Escapes text and attribute values alike. */
    public static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
