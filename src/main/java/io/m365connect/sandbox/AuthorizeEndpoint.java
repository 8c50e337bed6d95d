package io.m365connect.sandbox;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code /{tenant}/oauth2/v2.0/authorize}: a small sign-in page (GET) that posts back to itself (POST); on
 * success the code goes to the app's redirect URI by {@code form_post} (what MSAL4J's loopback listener takes)
 * or in the query.
 */
final class AuthorizeEndpoint {
    private static final List<String> CARRIED = List.of("client_id", "response_type", "redirect_uri", "scope",
            "state", "nonce", "code_challenge", "code_challenge_method", "response_mode", "prompt");

    private final PracticeDirectory directory;

    AuthorizeEndpoint(PracticeDirectory directory) {
        this.directory = directory;
    }

    Response page(Request request, String tenantSegment) {
        try {
            checkApp(request, tenantSegment);
            return Response.html(200, form(request, tenantSegment, null));
        } catch (EntraError e) {
            return errorPage(e);
        }
    }

    Response submit(Request request, String tenantSegment) {
        TenantDefinition.App app;
        try {
            app = checkApp(request, tenantSegment);
        } catch (EntraError e) {
            return errorPage(e);
        }
        TenantDefinition.User user;
        try {
            user = UserSignIn.browser(directory.tenant(), request.param("username").orElse(""),
                    request.param("password").orElse(""));
        } catch (EntraError e) {
            return Response.html(200, form(request, tenantSegment, e.description()));
        }
        String redirect = request.param("redirect_uri").orElseThrow();
        String code = directory.grants().newAuthCode(new GrantStore.AuthCode(
                new GrantStore.SignedIn(app.clientId(), user.upn(),
                        List.of(request.param("scope").orElse("openid").split("\\s+"))),
                redirect, request.param("code_challenge").orElse(null),
                request.param("code_challenge_method").orElse(null), request.param("nonce").orElse(null),
                directory.now().plusSeconds(600)));
        Map<String, String> answer = new LinkedHashMap<>();
        answer.put("code", code);
        request.param("state").ifPresent(s -> answer.put("state", s));
        answer.put("session_state", GrantStore.opaque(12));
        if ("form_post".equals(request.param("response_mode").orElse("query"))) {
            return Response.html(200, Html.formPost(redirect, answer));
        }
        String query = answer.entrySet().stream().map(e -> e.getKey() + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return Response.empty(302).withHeader("Location", redirect + (redirect.contains("?") ? "&" : "?") + query);
    }

    private TenantDefinition.App checkApp(Request request, String tenantSegment) {
        TenantDefinition tenant = directory.resolve(tenantSegment).orElse(directory.tenant());
        String clientId = request.param("client_id").orElseThrow(() -> EntraError.missingParameter("client_id"));
        TenantDefinition.App app = tenant.app(clientId)
                .orElseThrow(() -> EntraError.appNotFound(clientId, tenant.displayName()));
        String redirect = request.param("redirect_uri").orElseThrow(() -> EntraError.missingParameter("redirect_uri"));
        if (app.redirectUris().stream().noneMatch(r -> redirectMatches(r, redirect))) {
            throw EntraError.redirectMismatch(redirect, clientId);
        }
        return app;
    }

    /** Entra ignores the port of a loopback redirect URI for native apps (RFC 8252 section 7.3). */
    static boolean redirectMatches(String registered, String requested) {
        if (registered.equals(requested)) {
            return true;
        }
        try {
            URI a = URI.create(registered);
            URI b = URI.create(requested);
            boolean loopback = a.getHost() != null && List.of("localhost", "127.0.0.1")
                    .contains(a.getHost().toLowerCase(Locale.ROOT));
            return loopback && "http".equalsIgnoreCase(b.getScheme()) && a.getHost().equalsIgnoreCase(b.getHost())
                    && normalPath(a).equals(normalPath(b));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String normalPath(URI u) {
        String p = u.getPath() == null ? "" : u.getPath();
        return p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }

    private String form(Request request, String tenantSegment, String error) {
        Map<String, String> carried = new LinkedHashMap<>();
        for (String name : CARRIED) {
            request.param(name).ifPresent(v -> carried.put(name, v));
        }
        String app = directory.tenant().app(request.param("client_id").orElse(""))
                .map(TenantDefinition.App::displayName).orElse("");
        return Html.page("Sign in", "<p>to continue to " + Html.escape(app) + "</p>\n" + Html.error(error)
                + "<form method=\"POST\" action=\"/" + Html.escape(tenantSegment) + "/oauth2/v2.0/authorize\">\n"
                + Html.hidden(carried)
                + "<p><label for=\"username\">Account</label> <input id=\"username\" name=\"username\" value=\""
                + Html.escape(request.param("login_hint").orElse(request.param("username").orElse(""))) + "\"></p>\n"
                + "<p><label for=\"password\">Password</label> <input id=\"password\" type=\"password\" "
                + "name=\"password\"></p>\n<p><input type=\"submit\" value=\"Sign in\"></p>\n</form>");
    }

    private static Response errorPage(EntraError e) {
        return Response.html(400, Html.page("Sorry, but we're having trouble signing you in.",
                "<p role=\"alert\" id=\"error\">" + Html.escape(e.description()) + "</p>"));
    }
}
