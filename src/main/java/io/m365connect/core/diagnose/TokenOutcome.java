package io.m365connect.core.diagnose;

import io.m365connect.core.common.Problem;
import io.m365connect.core.probe.Layer;
import io.m365connect.core.probe.ProbeToken;
import io.m365connect.core.recipe.ResourceApp;
import java.util.Objects;

/** The token for one resource: issued, or refused at a layer (tenant, app, credential, consent …). */
public sealed interface TokenOutcome {
    ResourceApp resource();

    long millis();

    record Issued(ResourceApp resource, ProbeToken token, long millis) implements TokenOutcome {
        public Issued {
            Objects.requireNonNull(resource, "resource");
            Objects.requireNonNull(token, "token");
        }
    }

    /** {@code code}: the AADSTS number or OAuth error, for the support ticket; may be empty. */
    record Refused(ResourceApp resource, Layer layer, Problem problem, String code, long millis)
            implements TokenOutcome {
        public Refused {
            Objects.requireNonNull(resource, "resource");
            Objects.requireNonNull(layer, "layer");
            Objects.requireNonNull(problem, "problem");
            code = code == null ? "" : code;
        }
    }
}
