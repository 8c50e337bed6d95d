package io.m365connect.core.handoff;

import io.m365connect.core.cert.PemText;
import io.m365connect.core.common.Problem;
import io.m365connect.core.common.ProblemException;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateEncodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Renders the files {@link RecipeFiles#plan} names for a session's certificate. */
public final class CredentialFiles {
    private final PfxEncoder pfx;

    public CredentialFiles(PfxEncoder pfx) {
        this.pfx = Objects.requireNonNull(pfx, "pfx");
    }

    public List<Artifact> render(HandoffSession session) throws ProblemException {
        List<RecipeFiles.Kind> plan = RecipeFiles.plan(session);
        if (plan.isEmpty()) {
            return List.of();
        }
        HandoffCredential.Certificate c = (HandoffCredential.Certificate) session.credential();
        List<Artifact> out = new ArrayList<>();
        for (RecipeFiles.Kind kind : plan) {
            out.add(switch (kind) {
                case CERTIFICATE_PEM -> Artifact.publicText(kind.fileName(), OutputFields.certificatePem(c));
                case PRIVATE_KEY_PEM -> Artifact.privateFile(kind.fileName(),
                        PemText.privateKey(c.key()).getBytes(StandardCharsets.US_ASCII));
                case PFX -> Artifact.privateFile(kind.fileName(), pfx(c));
                case CER -> Artifact.publicFile(kind.fileName(), der(c));
            });
        }
        return out;
    }

    private byte[] pfx(HandoffCredential.Certificate c) throws ProblemException {
        if (c.pfxPassword().isEmpty()) {
            throw new ProblemException(Problem.of("The PFX file needs a password.",
                    "Choose a password for the PFX file; the target asks for it together with the file.",
                    "no password was chosen"));
        }
        return pfx.pfx(c.certificate(), c.issuers(), c.key(), c.pfxPassword());
    }

    private static byte[] der(HandoffCredential.Certificate c) throws ProblemException {
        try {
            return c.certificate().getEncoded();
        } catch (CertificateEncodingException e) {
            throw new ProblemException(Problem.of("The certificate could not be encoded as a .cer file.",
                    "Choose the certificate again; if it keeps failing, make a new one.", "the certificate is damaged"), e);
        }
    }
}
