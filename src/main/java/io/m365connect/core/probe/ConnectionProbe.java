package io.m365connect.core.probe;

import io.m365connect.core.common.Cancellation;
import io.m365connect.core.recipe.ResourceApp;

/**
 * One read-only call that proves a layer of the connection works. A probe never changes the tenant and
 * never throws for an expected failure: every outcome is a {@link ProbeResult}.
 */
public interface ConnectionProbe {

    ProbeKind kind();

    /** The resource whose token this probe sends; the check runner fetches one token per resource. */
    ResourceApp resource();

    ProbeResult run(ProbeTarget target, ProbeToken token, Cancellation cancellation);
}
