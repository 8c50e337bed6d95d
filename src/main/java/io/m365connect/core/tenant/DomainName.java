package io.m365connect.core.tenant;

import java.util.Locale;
import java.util.regex.Pattern;

/** Checks a DNS domain name as a person typed it (after {@link PastedText#clean}). */
final class DomainName {
    private static final Pattern LABEL = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern TOP = Pattern.compile("[a-z][a-z0-9-]*[a-z0-9]");

    private DomainName() {
    }

    static InputResult<String> read(String what, String text) {
        if (text.contains(" ")) {
            return InputResult.rejected("The " + what + " \"" + text + "\" contains a space; a domain cannot.",
                    "Remove the spaces, e.g. contoso.onmicrosoft.com.",
                    "a space was typed around a dot", "a name with spaces was entered instead of a domain");
        }
        String value = text.toLowerCase(Locale.ROOT);
        if (value.endsWith(".")) {
            value = value.substring(0, value.length() - 1);
        }
        String[] labels = value.split("\\.", -1);
        boolean ok = labels.length >= 2 && value.length() <= 253 && TOP.matcher(labels[labels.length - 1]).matches();
        for (String label : labels) {
            ok &= LABEL.matcher(label).matches();
        }
        if (!ok) {
            return InputResult.rejected("The " + what + " \"" + text + "\" is not a valid domain name.",
                    "Use letters, digits and hyphens between the dots, e.g. contoso.onmicrosoft.com.",
                    "two dots in a row or a dot at the start", "a character such as _ or / that domains cannot hold");
        }
        return InputResult.accepted(value);
    }
}
