package io.m365connect.sandbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The device code flow: {@code POST /{tenant}/oauth2/v2.0/devicecode} hands out a user code, and the
 * verification page {@code /common/oauth2/deviceauth} is where a person enters it and signs in.
 */
final class DeviceCodeEndpoints {
    static final String VERIFICATION_PATH = "/common/oauth2/deviceauth";
    private static final long LIFETIME_SECONDS = 900;

    private final PracticeDirectory directory;
    private final TokenIssuer issuer;
    private volatile int intervalSeconds = 5;

    DeviceCodeEndpoints(PracticeDirectory directory) {
        this.directory = directory;
        this.issuer = new TokenIssuer(directory);
    }

    void setInterval(int seconds) {
        this.intervalSeconds = seconds;
    }

    Response start(Request request, String tenantSegment) {
        TenantDefinition tenant = directory.resolve(tenantSegment).orElse(directory.tenant());
        String clientId = request.param("client_id").orElseThrow(() -> EntraError.missingParameter("client_id"));
        TenantDefinition.App app = tenant.app(clientId)
                .orElseThrow(() -> EntraError.appNotFound(clientId, tenant.displayName()));
        String scope = request.param("scope").orElseThrow(() -> EntraError.missingParameter("scope"));
        issuer.audience(ScopeRequest.parse(scope));
        String userCode = GrantStore.userCode();
        String deviceCode = directory.grants().newDeviceCode(new GrantStore.DeviceCode(app.clientId(), userCode,
                List.of(scope.trim().split("\\s+")), directory.now().plusSeconds(LIFETIME_SECONDS), null));
        String uri = directory.authority() + VERIFICATION_PATH;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("user_code", userCode);
        body.put("device_code", deviceCode);
        body.put("verification_uri", uri);
        body.put("expires_in", LIFETIME_SECONDS);
        body.put("interval", intervalSeconds);
        body.put("message", "To sign in, use a web browser to open the page " + uri + " and enter the code "
                + userCode + " to authenticate.");
        return Response.json(200, body);
    }

    Response page(Request request) {
        return Response.html(200, form(request.param("user_code").orElse(""), null));
    }

    /** The person entered the code and signed in: the pending device code becomes redeemable for this user. */
    Response submit(Request request) {
        String code = request.param("user_code").orElse("");
        String upn = request.param("username").orElse("");
        try {
            GrantStore.DeviceCode pending = directory.grants().pendingDeviceCode(code).orElse(null);
            if (pending == null) {
                return Response.html(400, form(code, "That code is not valid or has expired. Check the code and "
                        + "try again."));
            }
            TenantDefinition.User user = UserSignIn.browser(directory.tenant(), upn,
                    request.param("password").orElse(""));
            directory.grants().approveDeviceCode(code, user.upn());
            return Response.html(200, Html.page("You're signed in", "<p id=\"done\">You have signed in to the "
                    + "application on your device as " + Html.escape(user.upn())
                    + ". You may now close this window.</p>"));
        } catch (EntraError e) {
            return Response.html(400, form(code, e.description()));
        }
    }

    private static String form(String code, String error) {
        return Html.page("Enter code", Html.error(error)
                + "<form method=\"POST\" action=\"" + VERIFICATION_PATH + "\">\n"
                + "<p><label for=\"user_code\">Code</label> <input id=\"user_code\" name=\"user_code\" value=\""
                + Html.escape(code) + "\"></p>\n"
                + "<p><label for=\"username\">Account</label> <input id=\"username\" name=\"username\"></p>\n"
                + "<p><label for=\"password\">Password</label> <input id=\"password\" type=\"password\" "
                + "name=\"password\"></p>\n<p><input type=\"submit\" value=\"Sign in\"></p>\n</form>");
    }
}
