package io.m365connect.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Exchange Online admin API as the ExchangeOnlineManagement module uses it ({@code POST /adminapi/beta/
 * {tenant}/InvokeCommand}) and the documented v2.0 endpoints ({@code POST /adminapi/v2.0/{tenant}/{Endpoint}}).
 * App-only callers need the Exchange.ManageAsApp role and a supported Entra role on their service principal
 * (seen in {@code wids}); users need Exchange.Manage and such a role themselves.
 */
final class ExchangeAdminApi {
    static final String APP_ID = "00000002-0000-0ff1-ce00-000000000000";
    /** Entra roles Exchange accepts for app-only administration (EXO app-only documentation). */
    static final Set<String> SUPPORTED_ROLES = Set.of("29232cdf-9323-42fd-ade2-1d097af3e4de",
            "17315797-102d-40b4-93e0-432062caca18", "62e90394-69f5-4237-9190-012177145e10",
            "f2ef992c-3afb-46b9-b7cf-a126ee74c451", "194ae4cb-b126-40b2-bd5b-6091b380977d",
            "31392ffb-586c-42d1-9346-e59415a2cc4e", "729827e3-9c14-49f7-bb1b-9608f156bbb8",
            "5d6b6bb7-de71-4623-b4af-96380a352509");
    private static final Set<String> APP_ROLES = Set.of("Exchange.ManageAsApp", "Exchange.ManageAsAppV2");
    private static final Set<String> USER_SCOPES = Set.of("Exchange.Manage", "Exchange.ManageV2");

    private final PracticeDirectory directory;
    private final BearerCheck bearer;

    ExchangeAdminApi(PracticeDirectory directory) {
        this.directory = directory;
        this.bearer = new BearerCheck(directory);
    }

    /** The documented v2.0 endpoints each take one cmdlet only. */
    private static final Map<String, String> V2_ENDPOINTS = Map.of("AcceptedDomain", "Get-AcceptedDomain",
            "OrganizationConfig", "Get-OrganizationConfig", "Mailbox", "Get-Mailbox");

    Response invokeEndpoint(Request request, String urlTenant, String endpoint) {
        Response checked = invoke(request, "v2.0", urlTenant);
        if (checked.status() != 200) {
            return checked;
        }
        String wanted = V2_ENDPOINTS.get(endpoint);
        String cmdlet = cmdletOf(request);
        if (!wanted.equalsIgnoreCase(cmdlet)) {
            return error(400, "BadRequest", "The endpoint " + endpoint + " accepts only " + wanted + ", not '"
                    + cmdlet + "'.");
        }
        return checked;
    }

    private static String cmdletOf(Request request) {
        try {
            return Jwt.JSON.readTree(request.body()).path("CmdletInput").path("CmdletName").asText("");
        } catch (IOException e) {
            return "";
        }
    }

    Response invoke(Request request, String version, String urlTenant) {
        BearerCheck.Result result = bearer.check(request, APP_ID);
        if (result instanceof BearerCheck.Invalid invalid) {
            return unauthorized("2000001", "The token is not valid: " + invalid.reason().name().toLowerCase());
        }
        BearerCheck.Valid token = (BearerCheck.Valid) result;
        TenantDefinition t = directory.tenant();
        if (!t.isNamedBy(urlTenant) || !token.tid().equalsIgnoreCase(t.tenantId())) {
            return unauthorized("2000003", "The tenant in the URL is not the tenant of the token");
        }
        if (!token.hasAny(token.appOnly() ? APP_ROLES : USER_SCOPES)) {
            // Observed behaviour is a 401 naming the missing permission; the exact diagnostic text is not documented.
            return unauthorized("2000008", "The token has neither " + String.join(" nor ",
                    token.appOnly() ? APP_ROLES : USER_SCOPES) + ", which this API requires");
        }
        if (token.wids().stream().noneMatch(SUPPORTED_ROLES::contains)) {
            String who = token.appOnly() ? "application " + token.appId() : "the signed-in user";
            return error(403, "Forbidden", "The role assigned to " + who + " isn't supported in this scenario. "
                    + "Please check online documentation for assigning correct Directory Roles to Azure AD "
                    + "Application for EXO App-Only Authentication.");
        }
        return run(request, version, urlTenant);
    }

    private Response run(Request request, String version, String urlTenant) {
        String cmdlet;
        try {
            JsonNode body = Jwt.JSON.readTree(request.body());
            cmdlet = body.path("CmdletInput").path("CmdletName").asText("");
        } catch (IOException e) {
            return error(400, "BadRequest", "The request body is not JSON.");
        }
        TenantDefinition t = directory.tenant();
        List<Map<String, Object>> rows = switch (cmdlet) {
            case "Get-AcceptedDomain" -> t.domains().stream().map(d -> row("DomainName", d, "DomainType",
                    "Authoritative", "Default", d.equals(t.initialDomain()), "InitialDomain",
                    d.equals(t.initialDomain()))).toList();
            case "Get-OrganizationConfig" -> List.of(row("Name", t.initialDomain(), "DisplayName", t.displayName(),
                    "OAuth2ClientProfileEnabled", true, "Identity", t.initialDomain()));
            case "Get-Mailbox" -> t.users().stream().filter(u -> !u.federated()).map(u -> row("UserPrincipalName",
                    u.upn(), "PrimarySmtpAddress", u.upn(), "DisplayName", u.displayName(), "ExternalDirectoryObjectId",
                    u.objectId())).toList();
            default -> null;
        };
        if (rows == null) {
            return error(400, "BadRequest", "The cmdlet '" + cmdlet + "' is not available in the practice tenant; "
                    + "it answers Get-AcceptedDomain, Get-OrganizationConfig and Get-Mailbox.");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("@odata.context", directory.authority() + "/adminapi/" + version + "/" + urlTenant
                + "/$metadata#Collection(Exchange.GenericHashTable)");
        out.put("value", rows);
        return Response.json(200, out);
    }

    private static Map<String, Object> row(Object... pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(String.valueOf(pairs[i]), pairs[i + 1]);
        }
        return m;
    }

    /** Exchange turns a bearer away with an empty 401, the reason in x-ms-diagnostics. */
    private Response unauthorized(String code, String reason) {
        return Response.empty(401)
                .withHeader("WWW-Authenticate", "Bearer client_id=\"" + APP_ID + "\", trusted_issuers=\""
                        + "00000001-0000-0000-c000-000000000000@*\", token_types=\"app_asserted_user_v1 "
                        + "service_asserted_app_v1\", authorization_uri=\"" + directory.authority()
                        + "/common/oauth2/authorize\", error=\"invalid_token\"")
                .withHeader("x-ms-diagnostics", code + ";reason=\"" + reason + "\";error_category=\"invalid_token\"");
    }

    static Response error(int status, String code, String message) {
        return Response.json(status, Map.of("error", Map.of("code", code, "message", message)));
    }
}
