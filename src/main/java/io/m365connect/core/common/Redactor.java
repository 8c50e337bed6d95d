package io.m365connect.core.common;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes credentials from text before it is logged or shown: JWTs, {@code Authorization}/{@code Bearer}
 * values, {@code client_secret=}/{@code client_assertion=}/{@code password=} style fields (form, query and
 * JSON), PEM private-key blocks, and every secret value registered at run time (also in its base64, base64url
 * and URL-encoded forms, the ways a value travels in HTTP).
 */
public final class Redactor {
    public static final String MASK = "[redacted]";
    /** Shorter values would mask ordinary words; such a secret is not worth the name anyway. */
    static final int MIN_REGISTERED_LENGTH = 6;

    private static final Pattern PRIVATE_KEY = Pattern.compile(
            "-----BEGIN ([A-Z0-9 ]*)PRIVATE KEY-----.*?(-----END \\1PRIVATE KEY-----|\\z)", Pattern.DOTALL);
    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]{4,}(\\.[A-Za-z0-9_-]*){0,2}");
    private static final Pattern AUTH_HEADER = Pattern.compile(
            "(?i)((?:proxy-)?authorization\\s*[:=]\\s*)(?:(bearer|basic|negotiate|ntlm)\\s+)?[^\\s,;\"']+");
    private static final Pattern BEARER = Pattern.compile("(?i)\\b(bearer|basic)\\s+[A-Za-z0-9._~+/=-]{8,}");
    private static final String FIELD_NAMES = "client_secret|client_assertion|password|passwd|pwd|secret|"
            + "access_token|refresh_token|id_token|assertion|code|device_code|code_verifier|passout|passin|"
            + "proxy_password|token";
    private static final Pattern FORM_FIELD = Pattern.compile(
            "(?i)(?<![A-Za-z0-9_])((?:" + FIELD_NAMES + ")=)[^&\\s\"']+");
    private static final Pattern JSON_FIELD = Pattern.compile(
            "(?i)(\"(?:" + FIELD_NAMES + "|clientSecret|certificatePassword|proxyPassword)\"\\s*:\\s*\")[^\"]*(\")");
    private static final Pattern COLON_FIELD = Pattern.compile(
            "(?i)(\\b(?:client secret|password|passwort|secret)\\s*[:=]\\s*)(?!\\[redacted\\])\\S+");

    private static final Set<String> KNOWN = ConcurrentHashMap.newKeySet();

    private Redactor() {
    }

    /** Masks the value, and its encoded forms, wherever it appears from now on. */
    public static void register(Secret secret) {
        if (secret != null && !secret.isEmpty()) {
            secret.reveal(Redactor::registerValue);
        }
    }

    static Void registerValue(String value) {
        if (value == null || value.length() < MIN_REGISTERED_LENGTH) {
            return null;
        }
        for (String form : encodedForms(value)) {
            KNOWN.add(form);
        }
        return null;
    }

    /** The value as it may appear in a log line or HTTP trace. */
    public static List<String> encodedForms(String value) {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        List<String> forms = new ArrayList<>(List.of(value,
                Base64.getEncoder().encodeToString(utf8),
                Base64.getEncoder().withoutPadding().encodeToString(utf8),
                Base64.getUrlEncoder().withoutPadding().encodeToString(utf8),
                URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return forms.stream().distinct().toList();
    }

    /** Forgets every registered value (tests; a new session). */
    public static void forgetAll() {
        KNOWN.clear();
    }

    public static String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = text;
        if (!KNOWN.isEmpty()) {
            List<String> known = new ArrayList<>(KNOWN);
            known.sort(Comparator.comparingInt(String::length).reversed());
            for (String value : known) {
                out = out.replace(value, MASK);
            }
        }
        out = PRIVATE_KEY.matcher(out).replaceAll("[redacted private key]");
        out = replaceKeepingGroup(AUTH_HEADER, out);
        out = BEARER.matcher(out).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + " " + MASK));
        out = JWT.matcher(out).replaceAll(Matcher.quoteReplacement("[redacted token]"));
        out = replaceKeepingGroup(FORM_FIELD, out);
        out = JSON_FIELD.matcher(out).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK + m.group(2)));
        out = replaceKeepingGroup(COLON_FIELD, out);
        return out;
    }

    private static String replaceKeepingGroup(Pattern pattern, String text) {
        return pattern.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK));
    }
}
