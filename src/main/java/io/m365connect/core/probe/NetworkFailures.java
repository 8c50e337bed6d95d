package io.m365connect.core.probe;

import io.m365connect.core.common.Problem;
import io.m365connect.core.net.HttpSettings;
import io.m365connect.core.net.NetworkFailure;
import java.io.IOException;
import java.net.URI;

/** A service that could not be reached: the network layer, told the same way as for sign-in. */
final class NetworkFailures {
    private NetworkFailures() {
    }

    static ProbeResult.Failed failed(URI where, IOException e, HttpSettings settings, String request, long millis) {
        return new ProbeResult.Failed(Layer.NETWORK, problem(where, e, settings), request,
                e.getClass().getSimpleName() + ": " + (e.getMessage() == null ? "" : e.getMessage()), millis);
    }

    static Problem problem(URI where, Throwable e, HttpSettings settings) {
        return NetworkFailure.classify(e, where, settings).problem();
    }
}
