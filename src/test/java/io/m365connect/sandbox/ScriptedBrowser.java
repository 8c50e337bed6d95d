package io.m365connect.sandbox;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Plays the person at the practice tenant's sign-in page: reads the form, fills it in and posts it. */
final class ScriptedBrowser {
    private static final Pattern HIDDEN = Pattern.compile(
            "<input type=\"hidden\" name=\"([^\"]*)\" value=\"([^\"]*)\">");
    private static final Pattern ACTION = Pattern.compile("<form method=\"POST\"[^>]* action=\"([^\"]*)\"");

    private final PracticeHarness h;

    ScriptedBrowser(PracticeHarness h) {
        this.h = h;
    }

    /** Signs in on the authorize page; returns the page the tenant answers with (the form_post page on success). */
    String signIn(String authorizeUrl, String upn, String password) throws Exception {
        String page = h.get(authorizeUrl, null).body();
        Map<String, String> fields = hidden(page);
        fields.put("username", upn);
        fields.put("password", password);
        return h.postForm(h.base() + action(page), fields).body();
    }

    /** Posts a form_post page's fields to its action, as the browser's onload script would. */
    static int followFormPost(String page) throws Exception {
        String body = hidden(page).entrySet().stream()
                .map(e -> PracticeHarness.enc(e.getKey()) + "=" + PracticeHarness.enc(e.getValue()))
                .reduce((a, b) -> a + "&" + b).orElse("");
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(action(page)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        return r.statusCode();
    }

    static Map<String, String> hidden(String page) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher m = HIDDEN.matcher(page);
        while (m.find()) {
            fields.put(unescape(m.group(1)), unescape(m.group(2)));
        }
        return fields;
    }

    static String action(String page) {
        Matcher m = ACTION.matcher(page);
        if (!m.find()) {
            throw new AssertionError("no form on the page: " + page);
        }
        return unescape(m.group(1));
    }

    private static String unescape(String s) {
        return s.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }
}
