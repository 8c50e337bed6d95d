package io.m365connect.core.handoff;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A calendar file (RFC 5545) with one all-day event 30 days before a client secret or certificate expires, saying
 * what to renew and where, with a reminder at 09:00 that day. Lines end in CRLF and are folded at 75 octets (§3.1); text values are escaped (§3.3.11).
 */
public final class ExpiryReminder {
    public static final int DAYS_BEFORE = 30;
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    /**
     * @param what "client secret" or "certificate (thumbprint …)"
     * @param target the system that uses it, e.g. "Blink — Exchange Online"
     * @param where the page to renew it on (the app's Certificates &amp; secrets page)
     */
    public record Event(String what, String target, String appId, Instant expires, String where) {
        public Event {
            Objects.requireNonNull(what, "what");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(appId, "appId");
            Objects.requireNonNull(expires, "expires");
            where = where == null ? "" : where;
        }
    }

    private final Clock clock;

    public ExpiryReminder(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The day of the reminder: 30 days before expiry, or today when that day has passed. */
    public LocalDate reminderDay(Instant expires) {
        LocalDate day = expires.atZone(ZoneOffset.UTC).toLocalDate().minusDays(DAYS_BEFORE);
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        return day.isBefore(today) ? today : day;
    }

    public String ics(Event e) {
        return ics(e, UUID.randomUUID().toString());
    }

    String ics(Event e, String uid) {
        LocalDate day = reminderDay(e.expires());
        String expiresOn = e.expires().atZone(ZoneOffset.UTC).toLocalDate().toString();
        String summary = "Renew the " + e.what() + " for " + e.target() + " (expires " + expiresOn + ")";
        StringBuilder description = new StringBuilder()
                .append("The ").append(e.what()).append(" of app ").append(e.appId()).append(" expires on ")
                .append(expiresOn).append(" (UTC). ").append(e.target())
                .append(" stops connecting on that day.\n")
                .append("1. Add a new ").append(e.what().startsWith("client secret") ? "client secret" : "certificate")
                .append(" to the app registration (Certificates & secrets).\n")
                .append("2. Give it to ").append(e.target()).append(" (M365 Connect's Hand-off step shows the fields).\n")
                .append("3. Run the connection check, then delete the old one.");
        if (!e.where().isBlank()) {
            description.append("\n").append(e.where());
        }
        List<String> lines = List.of(
                "BEGIN:VCALENDAR",
                "VERSION:2.0",
                "PRODID:-//M365 Connect//Hand-off//EN",
                "CALSCALE:GREGORIAN",
                "METHOD:PUBLISH",
                "BEGIN:VEVENT",
                "UID:" + uid + "@m365connect",
                "DTSTAMP:" + STAMP.format(clock.instant()),
                "DTSTART;VALUE=DATE:" + DATE.format(day),
                "DTEND;VALUE=DATE:" + DATE.format(day.plusDays(1)),
                "SUMMARY:" + text(summary),
                "DESCRIPTION:" + text(description.toString()),
                "TRANSP:TRANSPARENT",
                "BEGIN:VALARM",
                "ACTION:DISPLAY",
                "DESCRIPTION:" + text(summary),
                "TRIGGER:PT9H",
                "END:VALARM",
                "END:VEVENT",
                "END:VCALENDAR");
        StringBuilder out = new StringBuilder();
        lines.forEach(l -> out.append(fold(l)).append("\r\n"));
        return out.toString();
    }

    /** RFC 5545 §3.3.11: backslash, semicolon, comma and newline are escaped in TEXT values. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n");
    }

    /** RFC 5545 §3.1: lines longer than 75 octets continue after CRLF and one space; a character is never split. */
    static String fold(String line) {
        StringBuilder out = new StringBuilder();
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            int len = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + len > 75) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += len;
            i += Character.charCount(cp);
        }
        return out.toString();
    }
}
