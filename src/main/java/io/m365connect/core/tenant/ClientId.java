package io.m365connect.core.tenant;

import io.m365connect.core.common.Problem;
import io.m365connect.core.common.ProblemException;
import java.util.Locale;

/** An app registration's Application (client) ID: always a GUID. */
public record ClientId(String value) {

    public static ClientId parse(String input) throws ProblemException {
        String s = input == null ? "" : input.strip().replaceAll("^[\"'{]+|[\"'}]+$", "");
        if (s.isEmpty()) {
            throw new ProblemException(Problem.of("No client ID given.",
                    "Copy the Application (client) ID from the app registration's Overview page."));
        }
        if (!TenantRef.isGuid(s)) {
            throw new ProblemException(Problem.of("'" + s + "' is not an Application (client) ID.",
                    "Copy the Application (client) ID (a GUID) from the app registration's Overview page.",
                    "the app's name or the Object ID was entered instead", "a character is missing"));
        }
        return new ClientId(s.toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
