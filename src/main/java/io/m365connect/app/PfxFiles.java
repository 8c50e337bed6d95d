package io.m365connect.app;

import io.m365connect.core.common.Problem;
import io.m365connect.core.common.ProblemException;
import io.m365connect.core.handoff.PfxEncoder;

/** The PFX writer the hand-off uses. */
final class PfxFiles {
    private PfxFiles() {
    }

    static PfxEncoder encoder() {
        return (certificate, issuers, key, password) -> {
            throw new ProblemException(Problem.of("This build cannot write PFX files yet.",
                    "Save the PEM files instead, or use a build that includes the certificate writer."));
        };
    }
}
