package io.m365connect.core.handoff;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ExpiryReminderTest {
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T23:30:00Z"), ZoneOffset.UTC);
    private final ExpiryReminder reminder = new ExpiryReminder(clock);
    private final ExpiryReminder.Event secret = new ExpiryReminder.Event("client secret", "Blink — Microsoft Graph",
            "3f1c9a52-7d4e-4b8a-9e21-5c6d7a8b9c01", Instant.parse("2027-06-30T00:00:00Z"),
            "https://entra.microsoft.com/#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Credentials/appId/"
                    + "3f1c9a52-7d4e-4b8a-9e21-5c6d7a8b9c01");

    @Test
    void eventIsAnAllDayEventThirtyDaysBeforeExpiry() {
        String ics = reminder.ics(secret, "fixed-uid");
        String unfolded = ics.replace("\r\n ", "");
        assertTrue(unfolded.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//M365 Connect//Hand-off//EN\r\n"));
        assertTrue(unfolded.contains("\r\nBEGIN:VEVENT\r\nUID:fixed-uid@m365connect\r\nDTSTAMP:20261123T233000Z\r\n"
                + "DTSTART;VALUE=DATE:20270531\r\nDTEND;VALUE=DATE:20270601\r\n"));
        assertTrue(unfolded.contains("\r\nSUMMARY:Renew the client secret for Blink — Microsoft Graph (expires "
                + "2027-06-30)\r\n"));
        assertTrue(unfolded.contains("DESCRIPTION:The client secret of app 3f1c9a52-7d4e-4b8a-9e21-5c6d7a8b9c01 "
                + "expires on 2027-06-30 (UTC). Blink — Microsoft Graph stops connecting on that day.\\n1. Add a new "
                + "client secret to the app registration (Certificates & secrets).\\n"));
        assertTrue(unfolded.contains("\r\nBEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:Renew the client secret"));
        assertTrue(unfolded.endsWith("TRIGGER:PT9H\r\nEND:VALARM\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"));
    }

    @Test
    void everyLineEndsInCrlfAndIsAtMost75Octets() {
        String ics = reminder.ics(secret, "fixed-uid");
        assertFalse(ics.replace("\r\n", "").contains("\n"), "bare LF");
        for (String line : ics.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
        }
        assertTrue(Arrays.stream(ics.split("\r\n")).anyMatch(l -> l.startsWith(" ")), "long lines were folded");
    }

    @Test
    void foldingNeverSplitsAMultiByteCharacter() {
        String line = "SUMMARY:" + "ä".repeat(60);
        String folded = ExpiryReminder.fold(line);
        for (String part : folded.split("\r\n")) {
            assertTrue(part.getBytes(StandardCharsets.UTF_8).length <= 75);
        }
        assertEquals(line, folded.replace("\r\n ", ""));
    }

    @Test
    void textValuesEscapeCommasSemicolonsBackslashesAndNewlines() {
        assertEquals("a\\, b\\; c\\\\ d\\ne", ExpiryReminder.text("a, b; c\\ d\ne"));
    }

    @Test
    void aReminderDayAlreadyPastIsToday() {
        assertEquals(LocalDate.of(2026, 11, 23), reminder.reminderDay(Instant.parse("2026-12-01T00:00:00Z")));
        assertEquals(LocalDate.of(2027, 5, 31), reminder.reminderDay(Instant.parse("2027-06-30T12:00:00Z")));
    }
}
