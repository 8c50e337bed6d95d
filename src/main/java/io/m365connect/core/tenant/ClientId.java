package io.m365connect.core.tenant;

import java.util.Objects;
import java.util.Optional;

/**
 * An app registration's application (client) ID, a GUID. Read from typed or pasted text, including a portal
 * link that carries {@code appId/...}, {@code applicationId/...} or {@code ?client_id=...}.
 */
public record ClientId(String value) {
    public ClientId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value;
    }

    public static InputResult<ClientId> parse(String raw) {
        String text = PastedText.clean(raw);
        if (text.isEmpty()) {
            return InputResult.rejected("Enter the application (client) ID.",
                    "Copy the Application (client) ID from the app's Overview page in the Entra admin center.",
                    "the field is empty");
        }
        Optional<Integer> control = PastedText.firstControlCharacter(text);
        if (control.isPresent()) {
            return Inputs.controlCharacter("application (client) ID", text, control.get());
        }
        Optional<String> note = Optional.empty();
        if (PastedText.looksLikeUrl(text)) {
            String link = text;
            Optional<String> found = PastedText.valueAfterKey(link, "appId")
                    .or(() -> PastedText.valueAfterKey(link, "applicationId"))
                    .or(() -> PastedText.valueAfterKey(link, "client_id"));
            if (found.isEmpty()) {
                return InputResult.rejected("This link does not contain an application (client) ID.",
                        "Paste the Application (client) ID itself, or the link of the app's Overview page.",
                        "the link points to a list of apps, not to one app");
            }
            text = PastedText.clean(found.get());
            note = Optional.of("Application (client) ID taken from the pasted link.");
        }
        if (text.contains(".") && !PastedText.meantAsGuid(text)) {
            return InputResult.rejected("The application (client) ID is a GUID, not a domain or a name.",
                    "Copy the Application (client) ID from the app's Overview page; it looks like "
                            + GuidText.EXAMPLE + ".",
                    "the tenant domain or the app's display name was entered");
        }
        InputResult<String> guid = GuidText.read("application (client) ID", text);
        if (guid instanceof InputResult.Rejected<String> r) {
            return new InputResult.Rejected<>(r.problem());
        }
        return new InputResult.Accepted<>(new ClientId(guid.acceptedValue().orElseThrow()), note);
    }

    /** Reads the client ID and refuses the tenant's own ID, the most common mix-up on the Overview page. */
    public static InputResult<ClientId> parse(String raw, Optional<TenantRef> tenant) {
        InputResult<ClientId> result = parse(raw);
        Optional<ClientId> id = result.acceptedValue();
        if (id.isPresent() && tenant.isPresent() && tenant.get().isGuid()
                && tenant.get().value().equals(id.get().value())) {
            return InputResult.rejected("The application (client) ID is the same as the tenant ID.",
                    "On the app's Overview page, copy \"Application (client) ID\", not \"Directory (tenant) ID\".",
                    "the two GUIDs sit next to each other on the Overview page and the wrong one was copied");
        }
        return result;
    }
}
