package io.m365connect.core.auth;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * A token told in plain words for the person at the screen: who, which app, which permissions, proved how,
 * valid until when. Never includes the token itself.
 */
public record TokenSummary(List<Line> lines) {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    /**
     * App-only tokens carry this constant in {@code wids} beside the real role template IDs; it is not a
     * directory role (shared/reference tokens_and_credentials.json, wids.appOnly).
     */
    static final String NOT_A_ROLE = "0997a1d0-0d1d-4acb-b408-d5ca73121e90";

    /** One label and its value. */
    public record Line(String label, String value) {
    }

    public TokenSummary {
        lines = List.copyOf(lines);
    }

    public static TokenSummary of(AccessToken token, Instant now) {
        List<Line> lines = new ArrayList<>();
        token.claims().ifPresentOrElse(c -> {
            lines.add(new Line("Who", c.user().map(u -> u + " (signed-in user)")
                    .orElse(c.isAppOnly() ? "the app itself (no user)" : "a user")));
            lines.add(new Line("App", c.appId().isEmpty() ? "not stated" : c.appId()));
            lines.add(new Line("Tenant", c.tenantId().isEmpty() ? "not stated" : c.tenantId()));
            lines.add(new Line("For", c.audience()));
            if (c.isAppOnly() || !c.roles().isEmpty()) {
                lines.add(new Line("Application permissions",
                        c.roles().isEmpty() ? "none granted" : String.join(", ", c.roles())));
            }
            if (!c.scopes().isEmpty()) {
                lines.add(new Line("Delegated permissions", String.join(", ", c.scopes())));
            }
            List<String> roles = c.directoryRoleIds().stream().filter(id -> !id.equals(NOT_A_ROLE)).toList();
            if (!roles.isEmpty()) {
                lines.add(new Line("Directory roles", String.join(", ", roles)));
            }
            lines.add(new Line("Proved with", c.clientAuth().describe()));
        }, () -> lines.add(new Line("Contents", "not readable (the token is not a JWT)")));
        lines.add(new Line("Expires", TIME.format(token.expiresOn()) + " (" + in(token.remaining(now)) + ")"));
        return new TokenSummary(lines);
    }

    private static String in(Duration d) {
        if (d.isZero()) {
            return "expired";
        }
        long minutes = d.toMinutes();
        return minutes < 1 ? "in less than a minute" : minutes < 120 ? "in " + minutes + " min"
                : "in " + d.toHours() + " h";
    }

    /** Aligned text lines, for a terminal. */
    public List<String> text() {
        int width = lines.stream().mapToInt(l -> l.label().length()).max().orElse(0);
        return lines.stream().map(l -> String.format("  %-" + (width + 1) + "s  %s", l.label() + ":", l.value())).toList();
    }
}
