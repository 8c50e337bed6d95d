package io.m365connect.core.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.MessagingException;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MailRepliesTest {
    private static final TokenClaims USER = TokenClaims.delegated("aud", "tid", "app", "alice@contoso.com",
            Set.of("IMAP.AccessAsUser.All"));

    @Test
    void authenticatedButNotConnectedMeansTheMailboxRefusesTheProtocol() {
        ProbeResult.Failed f = MailReplies.failed(ProbeKind.IMAP,
                new MessagingException("A3 BAD User is authenticated but not connected."), USER,
                "alice@contoso.com", java.net.URI.create("imap://localhost:993"), io.m365connect.core.net.HttpSettings.defaults(), "req", "", 5);
        assertEquals(Layer.EXCHANGE_ACCESS, f.layer());
        assertTrue(f.problem().fix().contains("Set-CASMailbox -Identity alice@contoso.com -ImapEnabled $true"));
    }

    @Test
    void popTurnedOffPointsAtPopEnabled() {
        ProbeResult.Failed f = MailReplies.failed(ProbeKind.POP3,
                new MessagingException("-ERR Protocol is disabled for this user."), TokenClaims.delegated("aud",
                        "tid", "app", "alice@contoso.com", Set.of("POP.AccessAsUser.All")), "alice@contoso.com",
                java.net.URI.create("pop3://localhost:995"), io.m365connect.core.net.HttpSettings.defaults(), "req", "", 5);
        assertEquals(Layer.EXCHANGE_ACCESS, f.layer());
        assertTrue(f.problem().fix().contains("-PopEnabled $true"));
    }

    @Test
    void redactionRemovesTheXoauth2PayloadAndBearerFromATrace() {
        String trace = "A1 AUTHENTICATE XOAUTH2 dXNlcj1hbGljZQFhdXRoPUJlYXJlciBleUp0ZXN0AQE=\n"
                + "dXNlcj1hbGljZQFhdXRoPUJlYXJlciBleUp0ZXN0AQEdXNlcj1hbGljZQFhdXRoPUJlYXJlciBleUp0ZXN0AQE=\n"
                + "user=alice\u0001auth=Bearer eyJsecret\u0001\u0001\nA1 NO AUTHENTICATE failed.";
        String out = MailReplies.redact(trace);
        assertFalse(out.contains("dXNlcj1h"));
        assertFalse(out.contains("eyJsecret"));
        assertTrue(out.contains("A1 NO AUTHENTICATE failed."));
    }
}
