package io.m365connect.core.probe;

import io.m365connect.core.common.Problem;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import javax.net.ssl.SSLException;

/** Turns a failure to reach a service into a problem a helpdesk person can act on. */
final class NetworkFailures {
    private NetworkFailures() {
    }

    static ProbeResult.Failed failed(String where, IOException e, String request, long millis) {
        return new ProbeResult.Failed(Layer.NETWORK, problem(where, e), request, e.getClass().getSimpleName()
                + ": " + (e.getMessage() == null ? "" : e.getMessage()), millis);
    }

    static Problem problem(String where, Throwable e) {
        Throwable root = root(e);
        if (root instanceof UnknownHostException) {
            return Problem.of("The name " + where + " could not be resolved.",
                    "Check the cloud setting (a national cloud has other host names) and the DNS of this computer.",
                    "no DNS on this network", "the wrong cloud is selected");
        }
        if (e instanceof HttpConnectTimeoutException || root instanceof ConnectException
                || root instanceof NoRouteToHostException) {
            return Problem.of("No connection could be made to " + where + ".",
                    "Check that this computer may reach " + where + " (firewall, proxy); set the proxy with --proxy "
                            + "or in the settings.",
                    "a firewall blocks the port", "a proxy is required on this network");
        }
        if (e instanceof HttpTimeoutException || root instanceof SocketTimeoutException) {
            return Problem.of(where + " did not answer in time.",
                    "Try again; if it keeps happening, check the proxy and the firewall.",
                    "a slow or filtering proxy", "a service outage");
        }
        if (inChain(e, SSLException.class) || inChain(e, java.security.cert.CertificateException.class)
                || inChain(e, java.security.GeneralSecurityException.class)) {
            return Problem.of("The TLS certificate of " + where + " is not trusted on this computer.",
                    "If your network inspects TLS, add the proxy's CA certificate (--trust-ca FILE or the network "
                            + "settings).",
                    "a TLS-inspecting proxy", "a wrong host name in the cloud settings");
        }
        return Problem.of("The connection to " + where + " failed: " + root.getClass().getSimpleName() + ".",
                "Check the network and the proxy settings, then run the check again.",
                "a network or proxy problem");
    }

    private static boolean inChain(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static Throwable root(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }
}
