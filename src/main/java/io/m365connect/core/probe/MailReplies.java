package io.m365connect.core.probe;

import io.m365connect.core.common.Problem;
import io.m365connect.core.net.HttpSettings;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** What an IMAP, POP3 or SMTP server's refusal means, told apart by the reply and by what the token carries. */
final class MailReplies {
    private static final Pattern AUTH_LINE = Pattern.compile("(?i)(AUTH(?:ENTICATE)?\\s+XOAUTH2)\\s+\\S+");
    private static final Pattern LONG_BASE64 = Pattern.compile("(?m)^[A-Za-z0-9+/=]{60,}$");
    private static final Pattern BEARER = Pattern.compile("auth=Bearer [^\\u0001\\s]+");
    private static final int MAX_TRACE_LINES = 30;

    private MailReplies() {
    }

    static boolean lineTooLong(MessagingException e) {
        return text(e).contains("line too long");
    }

    static ProbeResult.Failed failed(ProbeKind kind, MessagingException e, TokenClaims claims, String user,
                                     URI server, HttpSettings http, String request, String trace, long millis) {
        String reply = lastServerLines(trace, e);
        Throwable cause = e.getCause();
        if (!(e instanceof AuthenticationFailedException) && cause instanceof IOException io
                && !text(e).contains("not connected")) {
            return new ProbeResult.Failed(Layer.NETWORK, NetworkFailures.problem(server, io, http),
                    request, reply, millis);
        }
        String said = text(e);
        if (kind == ProbeKind.SMTP && said.contains("smtpclientauthentication is disabled")) {
            return new ProbeResult.Failed(Layer.SMTP_AUTH, new Problem(
                    "The token was fine, but SMTP AUTH is turned off" + (said.contains("mailbox") ? " for the mailbox "
                            + user : " for the organization") + ".",
                    List.of("Exchange Online turns SMTP AUTH off by default"),
                    "In Exchange Online PowerShell run: Set-CASMailbox -Identity " + user
                            + " -SmtpClientAuthenticationDisabled $false (or for everyone: Set-TransportConfig "
                            + "-SmtpClientAuthenticationDisabled $false). It can take a while to apply."),
                    request, reply, millis);
        }
        if (said.contains("authenticated but not connected") || said.contains("disabled")
                || said.contains("not enabled")) {
            return new ProbeResult.Failed(Layer.EXCHANGE_ACCESS, protocolOff(kind, claims, user), request, reply,
                    millis);
        }
        String needed = neededGrant(kind, claims.appOnly());
        if (!claims.grants(needed)) {
            return missingGrant(kind, claims, needed, request, reply, millis);
        }
        if (claims.appOnly()) {
            return new ProbeResult.Failed(Layer.EXCHANGE_ACCESS, Problem.of(
                    "The token carries " + needed + ", but Exchange refused the sign-in to " + user + ".",
                    "Register the app's service principal in Exchange Online and give it access to the mailbox "
                            + "(New-ServicePrincipal, then Add-MailboxPermission; the lines to run are in the fix).",
                    "the service principal is not registered in Exchange", "no FullAccess on the mailbox"),
                    request, reply, millis);
        }
        return new ProbeResult.Failed(Layer.EXCHANGE_ACCESS, protocolOff(kind, claims, user), request, reply, millis);
    }

    static ProbeResult.Failed missingGrant(ProbeKind kind, TokenClaims claims, String needed, String request,
                                           String reply, long millis) {
        Layer layer = claims.appOnly() ? Layer.PERMISSION : Layer.CONSENT;
        return new ProbeResult.Failed(layer, Problem.of(
                "The " + kind.id().toUpperCase(Locale.ROOT) + " server refuses this token: it does not carry "
                        + needed + ".",
                "Add the " + (claims.appOnly() ? "application" : "delegated") + " permission " + needed
                        + " of Office 365 Exchange Online and grant admin consent. A new grant can take a few "
                        + "minutes to apply.",
                claims.appOnly() ? "the permission is not granted" : "the permission is not consented"),
                request, reply, millis);
    }

    private static Problem protocolOff(ProbeKind kind, TokenClaims claims, String user) {
        String protocol = kind == ProbeKind.IMAP ? "Imap" : kind == ProbeKind.POP3 ? "Pop" : "";
        String fix = kind == ProbeKind.SMTP
                ? "Set-CASMailbox -Identity " + user + " -SmtpClientAuthenticationDisabled $false"
                : "Set-CASMailbox -Identity " + user + " -" + protocol + "Enabled $true";
        return new Problem("The " + kind.id().toUpperCase(Locale.ROOT) + " server accepted the token but not the "
                + "mailbox " + user + ".",
                claims.appOnly()
                        ? List.of(kind.id().toUpperCase(Locale.ROOT) + " is turned off for the mailbox",
                                "the app has no FullAccess permission on the mailbox")
                        : List.of(kind.id().toUpperCase(Locale.ROOT) + " is turned off for the mailbox",
                                "the account that signed in is not " + user + " and has no access to it"),
                "In Exchange Online PowerShell run: " + fix
                        + (claims.appOnly() ? " and give the app FullAccess (Add-MailboxPermission)." : "."));
    }

    static String neededGrant(ProbeKind kind, boolean appOnly) {
        return switch (kind) {
            case IMAP -> appOnly ? "IMAP.AccessAsApp" : "IMAP.AccessAsUser.All";
            case POP3 -> appOnly ? "POP.AccessAsApp" : "POP.AccessAsUser.All";
            default -> appOnly ? "SMTP.SendAsApp" : "SMTP.Send";
        };
    }

    /** The server's own last lines, without the token (Angus hides AUTH commands; this hides any echo). */
    static String redact(String trace) {
        String out = AUTH_LINE.matcher(trace).replaceAll("$1 (token not shown)");
        out = BEARER.matcher(out).replaceAll("auth=Bearer (token not shown)");
        return LONG_BASE64.matcher(out).replaceAll("(token not shown)");
    }

    private static String lastServerLines(String trace, MessagingException e) {
        List<String> lines = trace.lines().filter(l -> !l.startsWith("DEBUG")).toList();
        List<String> tail = lines.subList(Math.max(0, lines.size() - MAX_TRACE_LINES), lines.size());
        String body = String.join("\n", tail);
        String message = e.getMessage() == null ? "" : redact(e.getMessage());
        return body.isBlank() ? message : body + (body.contains(message) ? "" : "\n" + message);
    }

    private static String text(MessagingException e) {
        StringBuilder b = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            b.append(t.getMessage()).append(' ');
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }
}
