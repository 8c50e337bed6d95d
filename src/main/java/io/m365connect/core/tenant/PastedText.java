package io.m365connect.core.tenant;

import io.m365connect.core.common.Guids;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans what people paste from portals, PowerShell and mails: blanks and invisible marks at the ends,
 * surrounding quotes, braces or angle brackets; and finds values inside pasted links.
 */
final class PastedText {
    private static final String WRAPPERS_OPEN = "\"'`{<([\u201C\u2018\u00AB";
    private static final String WRAPPERS_CLOSE = "\"'`}>)]\u201D\u2019\u00BB";
    private static final Pattern GUID_NO_DASHES = Pattern.compile("[0-9a-fA-F]{32}");

    private PastedText() {
    }

    /** Strips blanks, zero-width marks and matching wrappers at both ends, repeatedly. */
    static String clean(String raw) {
        String s = raw == null ? "" : raw;
        String before;
        do {
            before = s;
            s = stripInvisibleEnds(s);
            if (s.length() >= 2) {
                int open = WRAPPERS_OPEN.indexOf(s.charAt(0));
                if (open >= 0 && WRAPPERS_CLOSE.indexOf(s.charAt(s.length() - 1)) == open) {
                    s = s.substring(1, s.length() - 1);
                }
            }
        } while (!s.equals(before));
        return s;
    }

    private static String stripInvisibleEnds(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isInvisible(s.charAt(start))) {
            start++;
        }
        while (end > start && isInvisible(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    private static boolean isInvisible(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT
                || Character.isISOControl(c);
    }

    /** The first control or invisible formatting character inside the value, if any. */
    static Optional<Integer> firstControlCharacter(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    static boolean looksLikeUrl(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://");
    }

    static Optional<URI> uri(String s) {
        try {
            return Optional.of(new URI(s.replace(" ", "%20")));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /**
     * The value after {@code key} in a link, whether written as a query parameter ({@code key=value}) or,
     * as the Entra and Azure portals do in their {@code #view/...} fragments, as a path pair
     * ({@code /key/value} or {@code /key~/value}).
     */
    static Optional<String> valueAfterKey(String url, String key) {
        Pattern p = Pattern.compile("(?i)[?&#/]" + Pattern.quote(key) + "(?:=|~?/)([^&#/?~]+)");
        Matcher m = p.matcher(url);
        return m.find() ? Optional.of(decode(m.group(1))) : Optional.empty();
    }

    private static String decode(String s) {
        try {
            return java.net.URLDecoder.decode(s, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    /** A GUID written with or without dashes, in the canonical lower-case dashed form; empty otherwise. */
    static Optional<String> canonicalGuid(String s) {
        if (Guids.isGuid(s)) {
            return Optional.of(s.toLowerCase(Locale.ROOT));
        }
        if (GUID_NO_DASHES.matcher(s).matches()) {
            String h = s.toLowerCase(Locale.ROOT);
            return Optional.of(h.substring(0, 8) + "-" + h.substring(8, 12) + "-" + h.substring(12, 16) + "-"
                    + h.substring(16, 20) + "-" + h.substring(20));
        }
        return Optional.empty();
    }

    /** Something a person meant as a GUID: mostly hex digits, no dot, a few slips at most. */
    static boolean meantAsGuid(String s) {
        if (s.contains(".")) {
            return false;
        }
        int hex = 0;
        int dashes = 0;
        int others = 0;
        for (char c : s.toCharArray()) {
            if (Character.digit(c, 16) >= 0) {
                hex++;
            } else if (c == '-') {
                dashes++;
            } else if (c != ' ') {
                others++;
            }
        }
        return others <= 3 && hex >= 16 && (dashes > 0 || hex >= 20);
    }
}
