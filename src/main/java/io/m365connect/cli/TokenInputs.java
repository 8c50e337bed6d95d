package io.m365connect.cli;

import io.m365connect.core.auth.Credential;
import io.m365connect.core.common.Problem;
import io.m365connect.core.common.Secret;
import io.m365connect.core.tenant.ClientId;
import io.m365connect.core.tenant.InputResult;
import io.m365connect.core.tenant.TenantRef;
import java.nio.file.Path;
import java.util.Optional;

/** Checks the token command's tenant, client ID and certificate inputs before anything goes on the network. */
final class TokenInputs {
    private TokenInputs() {
    }

    /** The tenant as the wizard reads it (ID, domain, pasted link or user name); refused with its problem. */
    static String tenant(String value) throws UsageProblem {
        InputResult<TenantRef> r = TenantRef.parse(value);
        return r.acceptedValue().map(TenantRef::value)
                .orElseThrow(() -> new UsageProblem(r.rejection().orElseThrow()));
    }

    static String clientId(String value, String tenant) throws UsageProblem {
        InputResult<ClientId> r = ClientId.parse(value, TenantRef.parse(tenant).acceptedValue());
        return r.acceptedValue().map(ClientId::value)
                .orElseThrow(() -> new UsageProblem(r.rejection().orElseThrow()));
    }

    static Credential certificate(Path cert, Optional<Path> key, Optional<Secret> password) throws UsageProblem {
        throw new UsageProblem(Problem.of("Reading certificate files is not available in this build.",
                "Use --secret, or a build that includes the certificate reader."));
    }
}
