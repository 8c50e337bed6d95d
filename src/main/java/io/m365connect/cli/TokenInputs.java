package io.m365connect.cli;

import io.m365connect.core.auth.Credential;
import io.m365connect.core.cert.CertificateBundle;
import io.m365connect.core.cert.CertificateProblem;
import io.m365connect.core.common.ProblemException;
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

    /**
     * The certificate and key the assertion is signed with, read like {@code cert inspect} reads them (the
     * password asked for on a terminal only when the file needs one).
     */
    static Credential certificate(Path cert, Optional<Path> key, Optional<Secret> password) throws ProblemException {
        CertificateBundle bundle;
        try {
            bundle = new CertSupport(password).read(cert, key);
        } catch (CertificateProblem p) {
            throw new CommandFailure(CertSupport.exitCode(p), p);
        }
        if (bundle.privateKey().isEmpty()) {
            throw UsageProblem.of(cert + " holds the certificate but not its private key.",
                    "Give the PFX/P12 that includes the key, or the key file with --key KEYFILE.");
        }
        if (!bundle.keyMatches()) {
            throw UsageProblem.of("The private key does not belong to the certificate in " + cert + ".",
                    "Give the key that was made together with this certificate.");
        }
        return new Credential.ClientCertificate(bundle.certificate(), bundle.privateKey().get(), bundle.chain());
    }
}
