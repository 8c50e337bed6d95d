package io.m365connect.core.probe;

import io.m365connect.core.common.Problem;
import io.m365connect.core.net.BoundedBody;
import io.m365connect.core.net.HttpSettings;
import io.m365connect.core.net.NetworkFailure;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;

/**
 * A call that got no usable reply: the network layer, told the same way as for sign-in; or a reply too large to
 * read, which a service does not send (a proxy's or a broken service's answer).
 */
final class NetworkFailures {
    private NetworkFailures() {
    }

    static ProbeResult.Failed failed(String service, URI where, IOException e, HttpSettings settings, String request,
                                     long millis) {
        String reply = e.getClass().getSimpleName() + ": " + (e.getMessage() == null ? "" : e.getMessage());
        Optional<BoundedBody.TooLarge> tooLarge = tooLarge(e);
        if (tooLarge.isPresent()) {
            return new ProbeResult.Failed(Layer.SERVICE, Problem.of(String.format(
                    "%s (%s) sent a reply larger than %,d bytes; it was not read to the end.", service,
                    where.getHost() + (where.getPort() > 0 ? ":" + where.getPort() : ""), tooLarge.get().limit()),
                    "Check the cloud's address for " + ServiceReply.midSentence(service) + " and the proxy settings, "
                            + "then run the check again.",
                    "a proxy or firewall answered instead of " + ServiceReply.midSentence(service),
                    "the service is misbehaving"),
                    request, tooLarge.get().getMessage(), millis);
        }
        return new ProbeResult.Failed(Layer.NETWORK, problem(where, e, settings), request, reply, millis);
    }

    static Problem problem(URI where, Throwable e, HttpSettings settings) {
        return NetworkFailure.classify(e, where, settings).problem();
    }

    /** The HTTP client may hand the body's own failure on wrapped in another IOException. */
    private static Optional<BoundedBody.TooLarge> tooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BoundedBody.TooLarge large) {
                return Optional.of(large);
            }
        }
        return Optional.empty();
    }
}
