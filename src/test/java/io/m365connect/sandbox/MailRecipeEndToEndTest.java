package io.m365connect.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.m365connect.core.common.Cancellation;
import io.m365connect.core.diagnose.CheckReport;
import io.m365connect.core.diagnose.ConnectionCheck;
import io.m365connect.core.diagnose.Finding;
import io.m365connect.core.diagnose.PortalFixLinks;
import io.m365connect.core.net.HttpSettings;
import io.m365connect.core.probe.Layer;
import io.m365connect.core.probe.ProbeResult;
import io.m365connect.core.probe.ProbeTarget;
import io.m365connect.core.probe.TestTls;
import io.m365connect.core.tenant.Cloud;
import io.m365connect.core.tenant.MailEndpoint;
import io.m365connect.core.tenant.TlsMode;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Email connector recipe (ROPC): tokens from the practice tenant, IMAP/POP3/SMTP sign-in with XOAUTH2 at
 * GreenMail, which takes the issued token as the mailbox password (as Exchange takes a valid token).
 */
class MailRecipeEndToEndTest {
    private static final String RECIPE = "email-ropc";
    private static final String MAILBOX = "mailbox@contosopractice.onmicrosoft.com";
    private static final String MFA_USER = "mfa.user@contosopractice.onmicrosoft.com";
    private static PracticeHarness h;
    private static PracticeTokens tokens;
    private static GreenMail greenMail;

    @BeforeAll
    static void start() throws Exception {
        TestTls.useForGreenMail();
        h = new PracticeHarness();
        tokens = new PracticeTokens(h);
        ConnectionChecksEndToEndTest.h = h;
        greenMail = new GreenMail(new ServerSetup[] {new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAPS),
                new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_POP3S),
                new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTPS)});
        greenMail.start();
    }

    @AfterAll
    static void stop() {
        greenMail.stop();
        h.close();
    }

    @AfterEach
    void reset() {
        h.tenant.reset();
        h.tenant.clearRequestLog();
    }

    private CheckReport run(String user, String password) throws Exception {
        Cloud cloud = ConnectionChecksEndToEndTest.cloud(
                new MailEndpoint("localhost", greenMail.getImaps().getPort(), TlsMode.IMPLICIT),
                new MailEndpoint("localhost", greenMail.getPop3s().getPort(), TlsMode.IMPLICIT),
                new MailEndpoint("localhost", greenMail.getSmtps().getPort(), TlsMode.IMPLICIT));
        HttpSettings http = HttpSettings.defaults().withTrustedCas(List.of(h.tenant.caCertificate(),
                TestTls.certificate()));
        String client = ConnectionChecksEndToEndTest.clientOf(RECIPE);
        ProbeTarget target = new ProbeTarget(cloud, ConnectionChecksEndToEndTest.DOMAIN, client, Optional.empty(),
                Optional.of(user), http);
        ConnectionCheck.TokenSource source = PracticeTokens.tap(
                tokens.password(ConnectionChecksEndToEndTest.DOMAIN, client, user, password),
                token -> greenMail.setUser(user, user, token));
        return new ConnectionCheck(ConnectionChecksEndToEndTest.RECIPES.find(RECIPE).orElseThrow(), target,
                new PortalFixLinks(cloud, ConnectionChecksEndToEndTest.DOMAIN, client)).run(source, r -> { },
                Cancellation.none());
    }

    @Test
    void mailPassesOverImapPopAndSmtpWithXoauth2() throws Exception {
        CheckReport r = run(MAILBOX, "Practice-Mailbox-2026!");
        assertTrue(r.passed(), () -> r.diagnosis().findings() + " " + r.rows());
        assertTrue(((ProbeResult.Passed) ConnectionChecksEndToEndTest.result(r, "IMAP (XOAUTH2)")).detail()
                .contains("INBOX has 0 messages"));
        assertEquals(2, h.tenant.requestLog().size(), "one password grant per resource");
    }

    @Test
    void anMfaUserCannotUseThePasswordFlow() throws Exception {
        Finding f = ConnectionChecksEndToEndTest.first(run(MFA_USER, "Practice-Mfa-2026!"));
        assertEquals(Layer.SIGN_IN, f.layer());
    }

    @Test
    void imapAccessAsUserNotConsentedIsTheConsentLayer() throws Exception {
        h.tenant.change(t -> t.withApp(ConnectionChecksEndToEndTest.clientOf(RECIPE),
                a -> a.withoutScopes(Set.of("IMAP.AccessAsUser.All"))));
        CheckReport r = run(MAILBOX, "Practice-Mailbox-2026!");
        Finding f = ConnectionChecksEndToEndTest.first(r);
        assertEquals(Layer.CONSENT, f.layer());
        assertTrue(f.problem().summary().contains("IMAP.AccessAsUser.All"), f.problem().summary());
        ProbeResult.Failed imap = (ProbeResult.Failed) ConnectionChecksEndToEndTest.result(r, "IMAP (XOAUTH2)");
        assertEquals(Layer.CONSENT, imap.layer());
        assertTrue(ConnectionChecksEndToEndTest.result(r, "SMTP submission (XOAUTH2)").passed());
    }

    @Test
    void aWrongPasswordIsTheCredentialLayer() throws Exception {
        Finding f = ConnectionChecksEndToEndTest.first(run(MAILBOX, "not-the-password"));
        assertEquals(Layer.CREDENTIAL, f.layer());
    }
}
