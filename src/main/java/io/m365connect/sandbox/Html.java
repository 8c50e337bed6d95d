package io.m365connect.sandbox;

import java.util.Map;

/** The practice tenant's few pages; each says plainly that it is the practice tenant, not Microsoft. */
final class Html {
    private Html() {
    }

    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(title)
                + " - Practice tenant</title></head>\n<body style=\"font-family:sans-serif;max-width:32em;margin:2em auto\">"
                + "\n<p><strong>Practice tenant on this computer - not Microsoft.</strong> Use the demo accounts only.</p>"
                + "\n<h1>" + escape(title) + "</h1>\n" + body + "\n</body></html>\n";
    }

    static String hidden(Map<String, String> fields) {
        StringBuilder b = new StringBuilder();
        fields.forEach((k, v) -> b.append("<input type=\"hidden\" name=\"").append(escape(k)).append("\" value=\"")
                .append(escape(v)).append("\">\n"));
        return b.toString();
    }

    static String error(String text) {
        return text == null ? "" : "<p role=\"alert\" id=\"error\">" + escape(text) + "</p>\n";
    }

    /** Entra's form_post answer: a page that posts the code to the app's redirect URI by itself. */
    static String formPost(String redirectUri, Map<String, String> fields) {
        return "<!DOCTYPE html>\n<html><head><title>Working...</title></head>\n"
                + "<body onload=\"javascript:document.forms[0].submit()\">\n<form method=\"POST\" name=\"hiddenform\" action=\""
                + escape(redirectUri) + "\">\n" + hidden(fields)
                + "<noscript><p>Script is disabled. Click Submit to continue.</p><input type=\"submit\" value=\"Submit\">"
                + "</noscript>\n</form>\n</body></html>\n";
    }
}
