package io.m365connect.core.handoff;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The PowerShell a fix needs, filled in with the session's values, each command under one comment that says
 * why. Service principals are looked up with Microsoft Graph PowerShell: the AzureAD modules are retired.
 */
public final class ExchangeScript {

    /** One command and the comment shown above it. */
    public record Line(String comment, String command) {
        public Line {
            Objects.requireNonNull(comment, "comment");
            Objects.requireNonNull(command, "command");
        }
    }

    private final List<Line> lines;

    private ExchangeScript(List<Line> lines) {
        this.lines = List.copyOf(lines);
    }

    public List<Line> lines() {
        return lines;
    }

    /** The commands alone, for "lines to run" in a fix. */
    public List<String> commands() {
        return lines.stream().map(Line::command).toList();
    }

    /** The script as text: a comment line above each command. */
    public String text() {
        StringBuilder b = new StringBuilder();
        for (Line l : lines) {
            b.append("# ").append(l.comment()).append('\n').append(l.command()).append('\n');
        }
        return b.toString();
    }

    /**
     * IMAP/POP (and SMTP) app-only access: register the enterprise app in Exchange Online, then give it
     * FullAccess on each mailbox. Only the mailboxes listed get access, which is also how IMAP/POP app access
     * is limited (RBAC for Applications does not cover IMAP/POP).
     */
    public static ExchangeScript mailboxAccess(String tenant, String appId, List<String> mailboxes) {
        List<Line> out = new ArrayList<>(lookUpServicePrincipal(tenant, appId));
        out.add(new Line("Sign in to Exchange Online as an Exchange administrator",
                "Connect-ExchangeOnline -Organization " + q(tenant)));
        out.add(new Line("Register the app's service principal in Exchange Online (uses the enterprise app's object ID, "
                + "not the app registration's)",
                "New-ServicePrincipal -AppId " + q(appId) + " -ObjectId $sp.Id -DisplayName $sp.DisplayName"));
        for (String mailbox : mailboxes) {
            out.add(new Line("Let the app open " + mailbox + " over IMAP/POP/SMTP (only listed mailboxes are reachable)",
                    "Add-MailboxPermission -Identity " + q(mailbox) + " -User $sp.Id -AccessRights FullAccess"));
        }
        return new ExchangeScript(out);
    }

    /**
     * RBAC for Applications: limit an app-only grant to named mailboxes through a management scope.
     * {@code exchangeRole} is e.g. {@code Application SMTP.SendAsApp} or {@code Application EWS.AccessAsApp}
     * (the RBAC counterpart of full_access_as_app).
     */
    public static ExchangeScript scopedApplicationRole(String tenant, String appId, String exchangeRole,
                                                       List<String> mailboxes) {
        String scope = "M365 Connect " + appId;
        List<String> filters = mailboxes.stream().map(m -> "PrimarySmtpAddress -eq '" + m.replace("'", "''") + "'")
                .toList();
        List<Line> out = new ArrayList<>(lookUpServicePrincipal(tenant, appId));
        out.add(new Line("Sign in to Exchange Online as an Exchange administrator",
                "Connect-ExchangeOnline -Organization " + q(tenant)));
        out.add(new Line("Register the app's service principal in Exchange Online (skip if it exists)",
                "New-ServicePrincipal -AppId " + q(appId) + " -ObjectId $sp.Id -DisplayName $sp.DisplayName"));
        out.add(new Line("A scope that matches only the named mailboxes",
                "New-ManagementScope -Name " + q(scope) + " -RecipientRestrictionFilter \""
                        + String.join(" -or ", filters).replace("\"", "`\"") + "\""));
        out.add(new Line("Grant " + exchangeRole + " to the app within that scope only",
                "New-ManagementRoleAssignment -App " + q(appId) + " -Role " + q(exchangeRole)
                        + " -CustomResourceScope " + q(scope)));
        out.add(new Line("Show what the app may now do, per mailbox",
                "Test-ServicePrincipalAuthorization -Identity " + q(appId)));
        return new ExchangeScript(out);
    }

    /** Turns SMTP AUTH on for one mailbox; Exchange Online has it off by default. */
    public static ExchangeScript enableSmtpAuth(String tenant, String mailbox) {
        return new ExchangeScript(List.of(
                new Line("Sign in to Exchange Online as an Exchange administrator",
                        "Connect-ExchangeOnline -Organization " + q(tenant)),
                new Line("Allow SMTP AUTH for this mailbox only (the organization setting stays as it is)",
                        "Set-CASMailbox -Identity " + q(mailbox) + " -SmtpClientAuthenticationDisabled $false")));
    }

    /** Gives the app's service principal a directory role (e.g. Exchange Administrator) with Graph PowerShell. */
    public static ExchangeScript assignDirectoryRole(String tenant, String appId, String roleName,
                                                     String roleTemplateId) {
        List<Line> out = new ArrayList<>();
        out.add(new Line("Sign in to Microsoft Graph with the right to assign roles",
                "Connect-MgGraph -TenantId " + q(tenant) + " -Scopes 'RoleManagement.ReadWrite.Directory' -NoWelcome"));
        out.add(new Line("Find the enterprise app (service principal) of app " + appId,
                "$sp = Get-MgServicePrincipal -Filter \"appId eq '" + appId.replace("'", "''") + "'\""));
        out.add(new Line("Assign the " + roleName + " role to it, tenant-wide",
                "New-MgRoleManagementDirectoryRoleAssignment -PrincipalId $sp.Id -RoleDefinitionId "
                        + q(roleTemplateId) + " -DirectoryScopeId '/'"));
        return new ExchangeScript(out);
    }

    private static List<Line> lookUpServicePrincipal(String tenant, String appId) {
        return List.of(
                new Line("Sign in to Microsoft Graph to read enterprise apps (the AzureAD modules are retired)",
                        "Connect-MgGraph -TenantId " + q(tenant) + " -Scopes 'Application.Read.All' -NoWelcome"),
                new Line("Find the enterprise app (service principal) of app " + appId + "; its object ID is needed below",
                        "$sp = Get-MgServicePrincipal -Filter \"appId eq '" + appId.replace("'", "''") + "'\""));
    }

    /** A PowerShell single-quoted string: nothing inside is expanded; a quote is doubled. */
    static String q(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
