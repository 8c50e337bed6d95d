package io.m365connect.sandbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The Office 365 Management Activity API's read-only probe, {@code GET /api/v1.0/{tenant}/activity/feed/
 * subscriptions/list}, with its AF error codes: AF10001 (no ActivityFeed permission), AF20010 (URL tenant is
 * not the token's tenant), AF20013 (tenant in the URL is not a GUID).
 */
final class ManagementActivityApi {
    static final String APP_ID = "c5393580-f805-4401-95e8-94b7a6ef2fc2";
    private static final Set<String> FEED = Set.of("ActivityFeed.Read", "ActivityFeed.ReadDlp");
    private static final Pattern GUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final List<String> CONTENT_TYPES = List.of("Audit.AzureActiveDirectory", "Audit.Exchange",
            "Audit.SharePoint", "Audit.General", "DLP.All");

    private final BearerCheck bearer;

    ManagementActivityApi(PracticeDirectory directory) {
        this.bearer = new BearerCheck(directory);
    }

    Response listSubscriptions(Request request, String urlTenant) {
        BearerCheck.Result result = bearer.check(request, APP_ID);
        if (result instanceof BearerCheck.Invalid) {
            // The API is an ASP.NET service: an unusable bearer gets the framework's standard refusal.
            return Response.json(401, Map.of("Message", "Authorization has been denied for this request."))
                    .withHeader("WWW-Authenticate", "Bearer");
        }
        BearerCheck.Valid token = (BearerCheck.Valid) result;
        if (!GUID.matcher(urlTenant).matches()) {
            return error(400, "AF20013", "The tenant ID passed in the URL (" + urlTenant + ") is not a valid GUID.");
        }
        if (!urlTenant.equalsIgnoreCase(token.tid())) {
            return error(401, "AF20010", "The tenant ID passed in the URL (" + urlTenant + ") does not match the "
                    + "tenant ID passed in the access token (" + token.tid() + ").");
        }
        if (!token.hasAny(FEED)) {
            return error(401, "AF10001", "The permission set (" + String.join(",", token.permissions())
                    + ") sent in the request does not include the expected permission.");
        }
        List<Map<String, Object>> subscriptions = CONTENT_TYPES.stream()
                .filter(t -> !t.equals("DLP.All") || token.permissions().contains("ActivityFeed.ReadDlp"))
                .map(t -> {
                    Map<String, Object> s = new LinkedHashMap<>();
                    s.put("contentType", t);
                    s.put("status", "enabled");
                    s.put("webhook", null);
                    return s;
                }).toList();
        return Response.json(200, subscriptions);
    }

    static Response error(int status, String code, String message) {
        return Response.json(status, Map.of("error", Map.of("code", code, "message", message)));
    }
}
