package io.m365connect.core.auth;

import io.m365connect.core.common.Secret;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/** Checks on a client secret before it is sent, for mistakes people make when copying it from the portal. */
public final class ClientSecrets {
    /** The portal shows each secret's ID (a GUID) next to its value; the value itself is never a GUID. */
    public static final String LOOKS_LIKE_ID =
            "This looks like the secret's ID, not its value. In Certificates & secrets copy the Value column "
                    + "(shown only right after the secret is created), not the Secret ID.";

    private static final Pattern GUID = Pattern.compile(
            "\\{?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}}?");

    private ClientSecrets() {
    }

    /** The warning for a secret that is a GUID, if it is one. */
    public static Optional<String> warning(Secret secret) {
        if (secret == null || secret.isEmpty()) {
            return Optional.empty();
        }
        return secret.reveal(v -> GUID.matcher(v.trim()).matches()) ? Optional.of(LOOKS_LIKE_ID) : Optional.empty();
    }

    /** A pasted secret without the spaces and line breaks that copying from a web page adds around it. */
    public static Secret trimmed(Secret secret) {
        char[] chars = secret.chars();
        try {
            int start = 0;
            int end = chars.length;
            while (start < end && Character.isWhitespace(chars[start])) {
                start++;
            }
            while (end > start && Character.isWhitespace(chars[end - 1])) {
                end--;
            }
            char[] inner = Arrays.copyOfRange(chars, start, end);
            Secret result = Secret.of(inner);
            Arrays.fill(inner, '\0');
            return result;
        } finally {
            Arrays.fill(chars, '\0');
        }
    }
}
