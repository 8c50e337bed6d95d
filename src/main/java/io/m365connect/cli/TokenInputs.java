package io.m365connect.cli;

import io.m365connect.core.auth.Credential;
import io.m365connect.core.common.Problem;
import io.m365connect.core.common.Secret;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/** Checks the token command's tenant, client ID and certificate inputs before anything goes on the network. */
final class TokenInputs {
    private static final Pattern GUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private TokenInputs() {
    }

    static String tenant(String value) throws UsageProblem {
        String t = value == null ? "" : value.strip();
        if (t.isEmpty() || t.contains(" ") || t.contains("/")) {
            throw UsageProblem.of("'" + t + "' is neither a tenant ID nor a domain name.",
                    "Give the Directory (tenant) ID or a domain such as contoso.onmicrosoft.com.");
        }
        return t;
    }

    static String clientId(String value) throws UsageProblem {
        String c = value == null ? "" : value.strip();
        if (!GUID.matcher(c).matches()) {
            throw UsageProblem.of("'" + c + "' is not an Application (client) ID.",
                    "Copy the Application (client) ID (a GUID) from the app registration's Overview page.");
        }
        return c;
    }

    static Credential certificate(Path cert, Optional<Path> key, Optional<Secret> password) throws UsageProblem {
        throw new UsageProblem(Problem.of("Reading certificate files is not available in this build.",
                "Use --secret, or a build that includes the certificate reader."));
    }
}
