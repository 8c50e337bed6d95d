package io.m365connect.core.probe;

import io.m365connect.core.common.Cancellation;
import io.m365connect.core.net.HttpClients;
import io.m365connect.core.net.HttpSettings;
import io.m365connect.core.recipe.ResourceApp;
import io.m365connect.core.tenant.MailEndpoint;
import io.m365connect.core.tenant.TlsMode;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.angus.mail.smtp.SMTPTransport;

/**
 * Signs in to IMAP, POP3 or SMTP submission with SASL XOAUTH2 through Angus Mail, then reads the inbox's
 * message count (IMAP/POP3) or just quits (SMTP: nothing is ever sent).
 */
public final class MailProbe implements ConnectionProbe {
    private final ProbeKind kind;

    public MailProbe(ProbeKind kind) {
        if (kind != ProbeKind.IMAP && kind != ProbeKind.POP3 && kind != ProbeKind.SMTP) {
            throw new IllegalArgumentException("not a mail probe: " + kind);
        }
        this.kind = kind;
    }

    @Override
    public ProbeKind kind() {
        return kind;
    }

    @Override
    public ResourceApp resource() {
        return ResourceApp.EXCHANGE;
    }

    @Override
    public ProbeResult run(ProbeTarget target, ProbeToken token, Cancellation cancellation) {
        Optional<MailEndpoint> endpoint = switch (kind) {
            case IMAP -> target.cloud().imapService();
            case POP3 -> target.cloud().pop3Service();
            default -> target.cloud().smtpService();
        };
        if (endpoint.isEmpty()) {
            return new ProbeResult.Skipped("The cloud " + target.cloud().id() + " has no " + kind.id() + " server.");
        }
        Optional<String> user = target.mailbox().or(() -> token.claims().user());
        if (user.isEmpty()) {
            return new ProbeResult.Skipped("No mailbox given: app-only " + kind.id()
                    + " access needs the mailbox to open (--mailbox).");
        }
        MailEndpoint ep = endpoint.get();
        String needed = MailReplies.neededGrant(kind, token.claims().appOnly());
        if (!token.claims().grants(needed)) {
            // Exchange refuses such a token with a bare "AUTHENTICATE failed"; saying why needs no connection.
            return MailReplies.missingGrant(kind, token.claims(), needed, "(not connected: the token cannot pass)",
                    "token claims: " + (token.claims().appOnly() ? "roles " + String.join(" ", token.claims().roles())
                            : "scp " + String.join(" ", token.claims().scopes())), 0);
        }
        TrackingSocketFactory sockets = new TrackingSocketFactory(tls(target.http()));
        cancellation.onCancel(sockets::closeAll);
        ByteArrayOutputStream trace = new ByteArrayOutputStream();
        String request = kind.id().toUpperCase(Locale.ROOT) + " " + ep.host() + ":" + ep.port() + " ("
                + (ep.tls() == TlsMode.IMPLICIT ? "TLS" : "STARTTLS") + ")\n"
                + (kind == ProbeKind.SMTP ? "AUTH" : kind == ProbeKind.IMAP ? "AUTHENTICATE" : "AUTH")
                + " XOAUTH2 user=" + user.get() + " (token not shown)";
        long start = System.nanoTime();
        try {
            String detail = connect(ep, user.get(), token.bearer(), target.http(), sockets, trace, true);
            return new ProbeResult.Passed(detail, GraphProbe.millisSince(start));
        } catch (MessagingException e) {
            cancellation.throwIfCancelled();
            if (kind == ProbeKind.SMTP && MailReplies.lineTooLong(e)) {
                return twoStepRetry(ep, user.get(), token, target, sockets, trace, request, start);
            }
            return MailReplies.failed(kind, e, token.claims(), user.get(), mailUri(ep), target.http(), request,
                    MailReplies.redact(trace.toString(StandardCharsets.UTF_8)), GraphProbe.millisSince(start));
        } finally {
            sockets.closeAll();
        }
    }

    /** Some servers cap the AUTH line (Dovecot: 1,024 bytes); the two-step form sends the token on its own line. */
    private ProbeResult twoStepRetry(MailEndpoint ep, String user, ProbeToken token, ProbeTarget target,
                                     TrackingSocketFactory sockets, ByteArrayOutputStream trace, String request,
                                     long start) {
        try {
            String detail = connect(ep, user, token.bearer(), target.http(), sockets, trace, false);
            return new ProbeResult.Passed(detail + " (two-step AUTH: the server refused the one-line form)",
                    GraphProbe.millisSince(start));
        } catch (MessagingException e) {
            return MailReplies.failed(kind, e, token.claims(), user, mailUri(ep), target.http(),
                    request + "\n(retried as two-step AUTH)",
                    MailReplies.redact(trace.toString(StandardCharsets.UTF_8)), GraphProbe.millisSince(start));
        }
    }

    private String connect(MailEndpoint ep, String user, String bearer, HttpSettings http,
                           TrackingSocketFactory sockets, ByteArrayOutputStream trace, boolean oneLine)
            throws MessagingException {
        Session session = Session.getInstance(properties(ep, http, sockets, oneLine));
        session.setDebug(true);
        session.setDebugOut(new PrintStream(trace, true, StandardCharsets.UTF_8));
        if (kind == ProbeKind.SMTP) {
            SMTPTransport transport = (SMTPTransport) session.getTransport("smtp");
            try {
                if (oneLine) {
                    transport.connect(ep.host(), ep.port(), user, bearer);
                } else {
                    transport.connect(ep.host(), ep.port(), null, null);
                    authenticateTwoStep(transport, user, bearer);
                }
                return "Signed in to " + ep.host() + ":" + ep.port() + " as " + user + " (nothing sent)";
            } finally {
                closeQuietly(transport);
            }
        }
        Store store = session.getStore(kind == ProbeKind.IMAP ? "imap" : "pop3");
        try {
            store.connect(ep.host(), ep.port(), user, bearer);
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            int count = inbox.getMessageCount();
            inbox.close(false);
            return "Signed in to " + ep.host() + ":" + ep.port() + " as " + user + "; INBOX has " + count
                    + " message" + (count == 1 ? "" : "s");
        } finally {
            if (store.isConnected()) {
                store.close();
            }
        }
    }

    private static void authenticateTwoStep(SMTPTransport transport, String user, String bearer)
            throws MessagingException {
        int code = transport.simpleCommand("AUTH XOAUTH2");
        if (code != 334) {
            throw new AuthenticationFailedException(transport.getLastServerResponse());
        }
        String payload = "user=" + user + "\u0001auth=Bearer " + bearer + "\u0001\u0001";
        code = transport.simpleCommand(Base64.getEncoder().encodeToString(payload.getBytes(StandardCharsets.UTF_8)));
        if (code != 235) {
            throw new AuthenticationFailedException(transport.getLastServerResponse());
        }
    }

    private Properties properties(MailEndpoint ep, HttpSettings http, TrackingSocketFactory sockets,
                                  boolean oneLine) {
        String p = "mail." + (kind == ProbeKind.IMAP ? "imap" : kind == ProbeKind.POP3 ? "pop3" : "smtp");
        Properties props = new Properties();
        props.put(p + ".ssl.socketFactory", sockets);
        props.put(p + ".socketFactory", sockets.plain);
        props.put(p + ".ssl.checkserveridentity", "true");
        if (ep.tls() == TlsMode.IMPLICIT) {
            props.put(p + ".ssl.enable", "true");
        } else {
            props.put(p + ".starttls.enable", "true");
            props.put(p + ".starttls.required", "true");
        }
        props.put(p + ".auth.mechanisms", "XOAUTH2");
        props.put(p + ".auth", oneLine ? "true" : "false");
        props.put(p + ".connectiontimeout", Long.toString(http.connectTimeout().toMillis()));
        props.put(p + ".timeout", Long.toString(http.readTimeout().toMillis()));
        props.put("mail.debug.auth", "false");
        if (http.proxyMode() == HttpSettings.ProxyMode.EXPLICIT) {
            URI proxy = http.proxy().orElseThrow();
            props.put(p + ".proxy.host", proxy.getHost());
            props.put(p + ".proxy.port", Integer.toString(proxy.getPort() < 0 ? 8080 : proxy.getPort()));
            http.proxyUser().ifPresent(u -> props.put(p + ".proxy.user", u));
            http.proxyPassword().ifPresent(s -> props.put(p + ".proxy.password", new String(s.chars())));
        }
        return props;
    }

    private URI mailUri(MailEndpoint ep) {
        return URI.create(kind.id() + "://" + ep.host() + ":" + ep.port());
    }

    private static javax.net.ssl.SSLSocketFactory tls(HttpSettings http) {
        try {
            return HttpClients.sslContext(http).getSocketFactory();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("TLS could not be set up: " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(Transport transport) {
        try {
            if (transport.isConnected()) {
                transport.close();
            }
        } catch (MessagingException e) {
            // QUIT after a finished check: a refused QUIT changes nothing the check found
            return;
        }
    }
}
