package io.m365connect.core.tenant;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A tenant as a person names it: its directory (tenant) ID, a GUID, or one of its domains. Read from typed
 * or pasted text, including a sign-in link ({@code https://login.microsoftonline.com/{tenant}/...}) or a portal
 * link carrying {@code tenantId} or {@code #@domain}.
 */
public record TenantRef(String value, boolean isGuid) {
    /** Sign-in aliases that are accepted by the endpoints but do not name one tenant. */
    private static final Set<String> NOT_A_TENANT = Set.of("common", "organizations", "consumers");

    public TenantRef {
        Objects.requireNonNull(value, "value");
    }

    public boolean isDomain() {
        return !isGuid;
    }

    @Override
    public String toString() {
        return value;
    }

    public static InputResult<TenantRef> parse(String raw) {
        String text = PastedText.clean(raw);
        if (text.isEmpty()) {
            return InputResult.rejected("Enter the tenant: its directory (tenant) ID or its domain.",
                    "Copy the Directory (tenant) ID from the app's Overview page, or type the tenant's domain, "
                            + "e.g. contoso.onmicrosoft.com.",
                    "the field is empty");
        }
        Optional<Integer> control = PastedText.firstControlCharacter(text);
        if (control.isPresent()) {
            return Inputs.controlCharacter("tenant", text, control.get());
        }
        if (PastedText.looksLikeUrl(text)) {
            return fromLink(text);
        }
        return fromPlain(text, Optional.empty());
    }

    private static InputResult<TenantRef> fromLink(String url) {
        Optional<String> found = tenantInLink(url);
        if (found.isEmpty()) {
            return InputResult.rejected("This link does not name a tenant.",
                    "Paste the Directory (tenant) ID itself, or a link from the app's Overview page.",
                    "the link is a general portal page, not one inside your tenant");
        }
        return fromPlain(PastedText.clean(found.get()), Optional.of("Tenant taken from the pasted link."));
    }

    private static Optional<String> tenantInLink(String url) {
        Optional<String> key = PastedText.valueAfterKey(url, "tenantId")
                .or(() -> PastedText.valueAfterKey(url, "tenant"));
        if (key.isPresent()) {
            return key;
        }
        int at = url.indexOf("#@");
        if (at >= 0) {
            String rest = url.substring(at + 2);
            int end = indexOfAny(rest, "/?#&");
            return Optional.of(end < 0 ? rest : rest.substring(0, end));
        }
        Optional<URI> uri = PastedText.uri(url);
        if (uri.isPresent() && uri.get().getHost() != null && uri.get().getHost().startsWith("login.")) {
            String path = uri.get().getPath() == null ? "" : uri.get().getPath();
            String[] segments = path.split("/");
            return segments.length > 1 && !segments[1].isBlank() ? Optional.of(segments[1]) : Optional.empty();
        }
        return Optional.empty();
    }

    private static InputResult<TenantRef> fromPlain(String text, Optional<String> note) {
        String value = text;
        int at = value.lastIndexOf('@');
        if (at > 0 && value.indexOf('.', at) > at) {
            value = value.substring(at + 1);
            note = note.or(() -> Optional.of("Tenant taken from the user name's domain."));
        }
        if (NOT_A_TENANT.contains(value.toLowerCase(Locale.ROOT))) {
            return InputResult.rejected("\"" + value + "\" does not name one tenant.",
                    "Enter your tenant's directory (tenant) ID or its domain instead.",
                    "the value was copied from a multi-tenant sign-in link");
        }
        if (PastedText.meantAsGuid(value)) {
            InputResult<String> guid = GuidText.read("tenant ID", value);
            return withNote(guid, true, note);
        }
        if (value.contains(".") || value.contains(" ")) {
            InputResult<String> domain = DomainName.read("tenant domain", value);
            return withNote(domain, false, note);
        }
        return InputResult.rejected("\"" + value + "\" is neither a tenant ID nor a domain.",
                "Enter the Directory (tenant) ID (a GUID such as " + GuidText.EXAMPLE
                        + ") or a domain such as contoso.onmicrosoft.com.",
                "only the first part of the domain was typed", "the app's display name was entered");
    }

    private static InputResult<TenantRef> withNote(InputResult<String> r, boolean guid, Optional<String> note) {
        if (r instanceof InputResult.Rejected<String> rejected) {
            return new InputResult.Rejected<>(rejected.problem());
        }
        String v = r.acceptedValue().orElseThrow();
        return new InputResult.Accepted<>(new TenantRef(v, guid), note);
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
