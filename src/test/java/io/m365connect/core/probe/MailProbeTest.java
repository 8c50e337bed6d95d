package io.m365connect.core.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import io.m365connect.core.common.Cancellation;
import io.m365connect.core.net.HttpSettings;
import io.m365connect.core.tenant.Cloud;
import io.m365connect.core.tenant.MailEndpoint;
import io.m365connect.core.tenant.TlsMode;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MailProbeTest {
    private static final String MAILBOX = "alice@contoso.test";
    /** As long as a real Entra token, so the one-line AUTH passes 1,024 bytes. */
    private static final String TOKEN = "eyJ0eXAiOiJKV1Qi." + "x".repeat(1800) + ".sig";
    private static GreenMail greenMail;
    private static HttpSettings trusting;

    @BeforeAll
    static void startMailServer() throws Exception {
        TestTls.useForGreenMail();
        greenMail = new GreenMail(ServerSetup.dynamicPort(new ServerSetup[] {
                new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAPS),
                new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_POP3S),
                new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTPS)}));
        greenMail.start();
        // GreenMail compares the XOAUTH2 bearer with the user's password.
        greenMail.setUser(MAILBOX, MAILBOX, TOKEN);
        GreenMailUtil.sendTextEmail(MAILBOX, "helpdesk@contoso.test", "hello", "body", greenMail.getSmtps()
                .getServerSetup());
        trusting = HttpSettings.defaults().withTrustedCas(List.of(TestTls.certificate()))
                .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(5));
    }

    @AfterAll
    static void stop() {
        greenMail.stop();
    }

    private static Cloud cloud(int imap, int pop, MailEndpoint smtp) {
        return new Cloud("lab", "Lab", "https://localhost:1", null, null, null,
                new MailEndpoint("localhost", imap, TlsMode.IMPLICIT), new MailEndpoint("localhost", pop,
                TlsMode.IMPLICIT), smtp, null, null);
    }

    private static ProbeTarget target(HttpSettings http, MailEndpoint smtp) {
        return new ProbeTarget(cloud(greenMail.getImaps().getPort(), greenMail.getPop3s().getPort(), smtp),
                "contoso.test", "11111111-2222-3333-4444-555555555555", Optional.empty(), Optional.of(MAILBOX), http);
    }

    private static ProbeTarget target() {
        return target(trusting, new MailEndpoint("localhost", greenMail.getSmtps().getPort(), TlsMode.IMPLICIT));
    }

    private static ProbeToken appToken(String token, String... roles) {
        return new ProbeToken(token, TokenClaims.appOnly("https://outlook.office365.com", "tid", "app",
                Set.of(roles), Set.of()));
    }

    private static ProbeToken userToken(String token, String... scopes) {
        return new ProbeToken(token, TokenClaims.delegated("https://outlook.office.com", "tid", "app", MAILBOX,
                Set.of(scopes)));
    }

    @Test
    void imapSignsInWithXoauth2AndCountsTheInbox() {
        ProbeResult r = new MailProbe(ProbeKind.IMAP).run(target(), appToken(TOKEN, "IMAP.AccessAsApp"),
                Cancellation.none());
        ProbeResult.Passed passed = assertInstanceOf(ProbeResult.Passed.class, r);
        assertTrue(passed.detail().contains("INBOX has 1 message"), passed.detail());
    }

    @Test
    void pop3SignsInWithXoauth2() {
        ProbeResult r = new MailProbe(ProbeKind.POP3).run(target(), userToken(TOKEN, "POP.AccessAsUser.All"),
                Cancellation.none());
        assertInstanceOf(ProbeResult.Passed.class, r, r.toString());
    }

    @Test
    void smtpSignsInWithoutSendingAnything() {
        int before = greenMail.getReceivedMessages().length;
        ProbeResult r = new MailProbe(ProbeKind.SMTP).run(target(), userToken(TOKEN, "SMTP.Send"),
                Cancellation.none());
        ProbeResult.Passed passed = assertInstanceOf(ProbeResult.Passed.class, r);
        assertTrue(passed.detail().contains("nothing sent"));
        assertEquals(before, greenMail.getReceivedMessages().length);
    }

    @Test
    void imapRefusalWithTheRoleInTheTokenPointsAtTheExchangeServicePrincipal() {
        ProbeResult r = new MailProbe(ProbeKind.IMAP).run(target(), appToken("other-token", "IMAP.AccessAsApp"),
                Cancellation.none());
        ProbeResult.Failed failed = assertInstanceOf(ProbeResult.Failed.class, r);
        assertEquals(Layer.EXCHANGE_ACCESS, failed.layer());
        assertTrue(failed.problem().fix().contains("New-ServicePrincipal"), failed.problem().fix());
        assertTrue(failed.reply().contains("AUTHENTICATE failed"), failed.reply());
    }

    @Test
    void imapRefusalWithoutTheRoleIsAMissingPermission() {
        ProbeResult r = new MailProbe(ProbeKind.IMAP).run(target(), appToken("other-token"), Cancellation.none());
        ProbeResult.Failed failed = assertInstanceOf(ProbeResult.Failed.class, r);
        assertEquals(Layer.PERMISSION, failed.layer());
        assertTrue(failed.problem().summary().contains("IMAP.AccessAsApp"));
    }

    @Test
    void delegatedImapWithoutTheScopeIsMissingConsent() {
        ProbeResult r = new MailProbe(ProbeKind.IMAP).run(target(), userToken("other-token", "User.Read"),
                Cancellation.none());
        ProbeResult.Failed failed = assertInstanceOf(ProbeResult.Failed.class, r);
        assertEquals(Layer.CONSENT, failed.layer());
        assertTrue(failed.problem().summary().contains("IMAP.AccessAsUser.All"));
    }

    @Test
    void theTokenNeverAppearsInTheRequestOrReply() {
        String secretToken = "zz" + "q".repeat(300);
        ProbeResult.Failed failed = assertInstanceOf(ProbeResult.Failed.class,
                new MailProbe(ProbeKind.SMTP).run(target(), userToken(secretToken, "SMTP.Send"), Cancellation.none()));
        assertFalse(failed.request().contains("qqqqqqqqqq"));
        assertFalse(failed.reply().contains("qqqqqqqqqq"), failed.reply());
    }

    @Test
    void anUntrustedServerCertificateIsANetworkProblemNamingTheCaOption() {
        ProbeTarget untrusting = target(HttpSettings.defaults(), null);
        ProbeResult.Failed failed = assertInstanceOf(ProbeResult.Failed.class,
                new MailProbe(ProbeKind.IMAP).run(untrusting, appToken(TOKEN, "IMAP.AccessAsApp"),
                        Cancellation.none()));
        assertEquals(Layer.NETWORK, failed.layer());
        assertTrue(failed.problem().fix().contains("--trust-ca"), failed.problem().oneLine());
    }

    @Test
    void smtpFallsBackToTheTwoStepFormWhenTheAuthLineIsTooLong() throws Exception {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer(ScriptedSmtpServer.Mode.LINE_LIMIT, TOKEN)) {
            ProbeTarget t = target(trusting, new MailEndpoint("localhost", server.port(), TlsMode.STARTTLS));
            ProbeResult r = new MailProbe(ProbeKind.SMTP).run(t, userToken(TOKEN, "SMTP.Send"), Cancellation.none());
            ProbeResult.Passed passed = assertInstanceOf(ProbeResult.Passed.class, r, r.toString());
            assertTrue(passed.detail().contains("two-step"));
            assertTrue(server.commands.contains("STARTTLS"));
            assertTrue(server.commands.contains("AUTH XOAUTH2"), server.commands.toString());
        }
    }

    @Test
    void smtpAuthDisabledIsItsOwnLayerWithTheCommandToTurnItOn() throws Exception {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer(ScriptedSmtpServer.Mode.SMTP_AUTH_DISABLED, TOKEN)) {
            ProbeTarget t = target(trusting, new MailEndpoint("localhost", server.port(), TlsMode.STARTTLS));
            ProbeResult.Failed failed = assertInstanceOf(ProbeResult.Failed.class,
                    new MailProbe(ProbeKind.SMTP).run(t, appToken(TOKEN, "SMTP.SendAsApp"), Cancellation.none()));
            assertEquals(Layer.SMTP_AUTH, failed.layer());
            assertTrue(failed.problem().fix().contains("Set-CASMailbox -Identity " + MAILBOX
                    + " -SmtpClientAuthenticationDisabled $false"), failed.problem().fix());
            assertTrue(failed.reply().contains("5.7.139"), failed.reply());
        }
    }

    @Test
    void cancelClosesTheConnectionAtOnce() throws Exception {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        try (ScriptedSmtpServer server = new ScriptedSmtpServer(ScriptedSmtpServer.Mode.SILENT, TOKEN)) {
            ProbeTarget t = target(trusting.withTimeouts(Duration.ofSeconds(30), Duration.ofSeconds(30)),
                    new MailEndpoint("localhost", server.port(), TlsMode.STARTTLS));
            Cancellation cancel = new Cancellation();
            timer.schedule(cancel::cancel, 300, TimeUnit.MILLISECONDS);
            long start = System.nanoTime();
            assertThrows(CancellationException.class,
                    () -> new MailProbe(ProbeKind.SMTP).run(t, userToken(TOKEN, "SMTP.Send"), cancel));
            assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(5));
        } finally {
            timer.shutdownNow();
        }
    }
}
