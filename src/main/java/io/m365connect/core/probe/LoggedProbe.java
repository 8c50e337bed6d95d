package io.m365connect.core.probe;

import io.m365connect.core.common.Cancellation;
import io.m365connect.core.common.Log;
import io.m365connect.core.recipe.ResourceApp;
import java.util.Objects;
import java.util.concurrent.CancellationException;

/**
 * Writes each probe's start and verdict (with its layer) to the log, so a support case can see which call ran and
 * where it broke. Only what the person sees anyway goes in: the probe, tenant, app and the verdict's summary; the
 * token never (and {@link Log} redacts whatever slipped into a reply).
 */
final class LoggedProbe implements ConnectionProbe {
    private static final Log LOG = Log.of(LoggedProbe.class);

    private final ConnectionProbe probe;

    LoggedProbe(ConnectionProbe probe) {
        this.probe = Objects.requireNonNull(probe, "probe");
    }

    @Override
    public ProbeKind kind() {
        return probe.kind();
    }

    @Override
    public ResourceApp resource() {
        return probe.resource();
    }

    @Override
    public ProbeResult run(ProbeTarget target, ProbeToken token, Cancellation cancellation) {
        String name = "Probe " + probe.kind().id();
        LOG.info(name + ": starting for tenant " + target.tenant() + ", app " + target.clientId() + ", cloud "
                + target.cloud().id());
        ProbeResult result;
        try {
            result = probe.run(target, token, cancellation);
        } catch (CancellationException e) {
            LOG.info(name + ": cancelled");
            throw e;
        } catch (RuntimeException e) {
            LOG.error(name + ": failed unexpectedly", e);
            throw e;
        }
        LOG.info(name + ": " + verdict(result));
        return result;
    }

    static String verdict(ProbeResult result) {
        if (result instanceof ProbeResult.Passed p) {
            return "passed in " + p.millis() + " ms: " + p.detail();
        }
        if (result instanceof ProbeResult.Failed f) {
            return "failed at layer " + f.layer() + " in " + f.millis() + " ms: " + f.problem().summary();
        }
        return "skipped: " + ((ProbeResult.Skipped) result).why();
    }
}
