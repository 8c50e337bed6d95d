package io.m365connect.core.tenant;

import io.m365connect.core.common.Problem;
import io.m365connect.core.common.ProblemException;
import java.net.IDN;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tenant as a person gives it: the Directory (tenant) ID or one of its verified domains. Pasted forms are
 * forgiven (spaces, quotes, braces, a whole sign-in URL); "common"/"organizations"/"consumers" are refused
 * because a connection is always to one tenant.
 */
public record TenantRef(String value, boolean isId) {
    private static final Pattern GUID = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern DOMAIN = Pattern.compile(
            "(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]");
    private static final Pattern IN_URL = Pattern.compile("^https?://[^/]+/([^/?#]+)");

    public static boolean isGuid(String s) {
        return s != null && GUID.matcher(s.trim().toLowerCase(Locale.ROOT)).matches();
    }

    public static TenantRef parse(String input) throws ProblemException {
        String s = clean(input);
        if (s.isEmpty()) {
            throw new ProblemException(Problem.of("No tenant given.",
                    "Enter the Directory (tenant) ID from the app registration's Overview page, or the tenant's "
                            + "domain such as contoso.onmicrosoft.com."));
        }
        String lower = s.toLowerCase(Locale.ROOT);
        if (GUID.matcher(lower).matches()) {
            return new TenantRef(lower, true);
        }
        if (lower.equals("common") || lower.equals("organizations") || lower.equals("consumers")) {
            throw new ProblemException(Problem.of("'" + s + "' is not one tenant.",
                    "Enter the Directory (tenant) ID or a domain of the tenant you are connecting to.",
                    "'" + s + "' lets any tenant sign in; app-only sign-in and these checks need one tenant"));
        }
        String ascii;
        try {
            ascii = IDN.toASCII(lower);
        } catch (IllegalArgumentException e) {
            ascii = lower;
        }
        if (DOMAIN.matcher(ascii).matches()) {
            return new TenantRef(ascii, false);
        }
        throw new ProblemException(Problem.of("'" + s + "' is neither a tenant ID nor a domain name.",
                "Paste the Directory (tenant) ID (a GUID like 72f988bf-86f1-41af-91ab-2d7cd011db47) from the app "
                        + "registration's Overview page, or a domain such as contoso.onmicrosoft.com.",
                looksLikeBrokenGuid(lower) ? "a GUID with a missing or extra character" : "a typing error"));
    }

    /** Accepts what people paste: quotes, braces, whitespace, or a sign-in/portal URL holding the tenant. */
    private static String clean(String input) {
        if (input == null) {
            return "";
        }
        String s = input.strip();
        Matcher url = IN_URL.matcher(s);
        if (url.find()) {
            s = url.group(1);
        }
        s = s.replaceAll("^[\"'{<\\s]+|[\"'}>\\s.]+$", "");
        int at = s.lastIndexOf('@');
        if (at >= 0 && at < s.length() - 1) {
            s = s.substring(at + 1);
        }
        return s;
    }

    private static boolean looksLikeBrokenGuid(String s) {
        return s.matches("[0-9a-f-]{30,40}");
    }

    /** The GUID, when this is an ID. */
    public Optional<String> id() {
        return isId ? Optional.of(value) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
