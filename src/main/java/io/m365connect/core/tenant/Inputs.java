package io.m365connect.core.tenant;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks for the other values a recipe asks for: free text, a user name, an email address and the
 * Organization, which must be the tenant's initial domain in the chosen cloud.
 */
public final class Inputs {
    private static final Pattern LOCAL_PART = Pattern.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+");

    private Inputs() {
    }

    /** Required free text: cleaned of blanks and wrappers at the ends; no control characters. */
    public static InputResult<String> text(String label, String raw, boolean required) {
        String text = PastedText.clean(raw);
        if (text.isEmpty()) {
            return required ? empty(label) : InputResult.accepted("");
        }
        Optional<Integer> control = PastedText.firstControlCharacter(text);
        return control.isPresent() ? controlCharacter(label, text, control.get()) : InputResult.accepted(text);
    }

    /** A user principal name or email address: {@code name@domain}. */
    public static InputResult<String> userName(String label, String raw, boolean required) {
        InputResult<String> text = text(label, raw, required);
        if (!text.isAccepted() || text.acceptedValue().orElseThrow().isEmpty()) {
            return text;
        }
        String value = text.acceptedValue().orElseThrow();
        int at = value.lastIndexOf('@');
        if (at <= 0 || !LOCAL_PART.matcher(value.substring(0, at)).matches()) {
            return InputResult.rejected(label + ": \"" + value + "\" is not a user name of the form name@domain.",
                    "Enter the full sign-in name, e.g. mailbox@contoso.com.",
                    "only the part before @ was entered", "a display name was entered");
        }
        InputResult<String> domain = DomainName.read("domain of " + label, value.substring(at + 1));
        return domain.acceptedValue().map(d -> InputResult.accepted(value.substring(0, at + 1) + d))
                .orElse(domain);
    }

    /**
     * The tenant's initial domain, the one Microsoft gave it at sign-up: one name in front of the cloud's
     * suffix. Exchange Online's app-only sign-in (Connect-ExchangeOnline -Organization) takes only that one.
     */
    public static InputResult<String> initialDomain(String label, String raw, boolean required, Cloud cloud) {
        InputResult<String> text = text(label, raw, required);
        if (!text.isAccepted() || text.acceptedValue().orElseThrow().isEmpty()) {
            return text;
        }
        InputResult<String> domain = DomainName.read(label, text.acceptedValue().orElseThrow());
        if (!domain.isAccepted()) {
            return domain;
        }
        String value = domain.acceptedValue().orElseThrow();
        List<String> suffixes = InitialDomains.suffixes(cloud);
        for (String suffix : suffixes) {
            String head = value.endsWith("." + suffix) ? value.substring(0, value.length() - suffix.length() - 1) : "";
            if (!head.isEmpty() && !head.contains(".")) {
                return InputResult.accepted(value);
            }
        }
        String example = "contoso." + suffixes.get(0);
        return InputResult.rejected(
                label + " must be the tenant's initial domain, ending in ." + suffixes.get(0) + " (e.g. " + example
                        + "); \"" + value + "\" is not.",
                "In the Microsoft 365 admin center, open Settings > Domains and copy the domain ending in ."
                        + suffixes.get(0) + ".",
                "a custom domain such as contoso.com was entered",
                "the routing domain (name.mail." + suffixes.get(0) + ") was entered",
                "the tenant is in another cloud than the one chosen on the Target step");
    }

    static <T> InputResult<T> controlCharacter(String label, String text, int index) {
        String code = String.format(Locale.ROOT, "U+%04X", (int) text.charAt(index));
        return InputResult.rejected(
                "The " + label + " contains an invisible control character (" + code + ") at position "
                        + (index + 1) + ".",
                "Clear the field and type or paste the value again.",
                "it was copied from a document or chat that adds hidden characters");
    }

    private static <T> InputResult<T> empty(String label) {
        return InputResult.rejected("Enter " + label + ".", "This value is required by the system you are connecting.",
                "the field is empty");
    }
}
