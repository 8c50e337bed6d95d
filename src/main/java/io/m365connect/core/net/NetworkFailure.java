package io.m365connect.core.net;

import io.m365connect.core.common.Problem;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateExpiredException;
import java.util.Locale;
import java.util.Objects;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;

/**
 * A failure to reach a server, told in plain words: which kind (refused, unknown host, timeout, untrusted TLS,
 * proxy) and what to do. Built from the exception chain so no stack trace reaches a person.
 */
public record NetworkFailure(Kind kind, String host, Problem problem) {

    /** The closed set of ways the network can fail before a server answers. */
    public enum Kind { UNKNOWN_HOST, CONNECTION_REFUSED, CONNECT_TIMEOUT, READ_TIMEOUT, UNTRUSTED_TLS, TLS, PROXY_AUTH,
        PROXY, OTHER }

    public NetworkFailure {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(problem, "problem");
        host = host == null ? "" : host;
    }

    /** Is {@code error} (or one of its causes) a network failure rather than a server's answer? */
    public static boolean isNetwork(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    /** Explains {@code error}, which happened while reaching {@code target} with {@code settings}. */
    public static NetworkFailure classify(Throwable error, URI target, HttpSettings settings) {
        String host = target == null ? "" : target.getHost() + (target.getPort() > 0 ? ":" + target.getPort() : "");
        String proxy = settings.proxy().map(p -> p.getHost() + (p.getPort() > 0 ? ":" + p.getPort() : "")).orElse("");
        boolean viaProxy = settings.proxyMode() == HttpSettings.ProxyMode.EXPLICIT;
        Kind kind = kindOf(error);
        return new NetworkFailure(kind, host, problemFor(kind, host, viaProxy, proxy, settings, error));
    }

    static Kind kindOf(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (message.contains("407") || message.contains("proxy authentication required")
                    || message.contains("too many authentication attempts")) {
                return Kind.PROXY_AUTH;
            }
            if (t instanceof UnknownHostException) {
                return Kind.UNKNOWN_HOST;
            }
            if (t instanceof HttpConnectTimeoutException) {
                return Kind.CONNECT_TIMEOUT;
            }
            if (t instanceof HttpTimeoutException) {
                return Kind.READ_TIMEOUT;
            }
            if (t instanceof SocketTimeoutException) {
                return message.contains("connect") ? Kind.CONNECT_TIMEOUT : Kind.READ_TIMEOUT;
            }
            if (t instanceof CertPathValidatorException || t instanceof CertificateExpiredException
                    || t instanceof SSLPeerUnverifiedException || message.contains("pkix path")
                    || message.contains("unable to find valid certification path")
                    || message.contains("no subject alternative") || message.contains("no name matching")) {
                return Kind.UNTRUSTED_TLS;
            }
            if (message.contains("unable to tunnel") || message.contains("proxy")) {
                return Kind.PROXY;
            }
            if (t instanceof ConnectException || t instanceof NoRouteToHostException) {
                return message.contains("timed out") ? Kind.CONNECT_TIMEOUT : Kind.CONNECTION_REFUSED;
            }
        }
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SSLHandshakeException || t instanceof SSLException) {
                return Kind.TLS;
            }
        }
        return Kind.OTHER;
    }

    private static Problem problemFor(Kind kind, String host, boolean viaProxy, String proxy, HttpSettings settings,
                                      Throwable error) {
        return switch (kind) {
            case UNKNOWN_HOST -> Problem.of("The name " + host + " could not be found (DNS).",
                    viaProxy ? "Check the proxy address " + proxy + "."
                            : "Check the network connection and the cloud chosen; behind a proxy, give it with --proxy.",
                    "no network or DNS", "a typing error in a custom cloud file", "a proxy is needed to go out");
            case CONNECTION_REFUSED -> Problem.of((viaProxy ? "The proxy " + proxy : host) + " refused the connection.",
                    viaProxy ? "Check the proxy address and port." : "Check the address, or whether a proxy is needed.",
                    "nothing listens on that port", "a firewall rejects the connection");
            case CONNECT_TIMEOUT -> Problem.of("No connection to " + (viaProxy ? "the proxy " + proxy : host)
                            + " within " + settings.connectTimeout().toSeconds() + " s.",
                    "Check the network and firewall; behind a proxy, give it with --proxy.",
                    "a firewall silently drops the connection", "a proxy is required");
            case READ_TIMEOUT -> Problem.of(host + " accepted the connection but did not answer within "
                            + settings.readTimeout().toSeconds() + " s.",
                    "Try again; if it keeps happening, check the proxy or firewall between here and " + host + ".",
                    "the server or a proxy in between is stuck", "a very slow network");
            case UNTRUSTED_TLS -> Problem.of("The certificate presented for " + host + " is not trusted.",
                    "Add your company's CA with --trust-ca if a proxy inspects TLS.",
                    "a proxy or firewall inspects TLS with the company's own CA", "a wrong host in a custom cloud file");
            case TLS -> Problem.of("The secure (TLS) connection to " + host + " failed: " + firstLine(error) + ".",
                    "Check that nothing between here and " + host + " blocks TLS 1.2; if a proxy inspects TLS, "
                            + "add your company's CA with --trust-ca.",
                    "a proxy or firewall interferes with TLS", "an outdated TLS setting");
            case PROXY_AUTH -> settings.proxyUser().isPresent()
                    ? Problem.of("The proxy " + proxy + " did not accept the user name and password (HTTP 407).",
                            "Check the proxy user and password (--proxy http://user@host:port --proxy-password SPEC).",
                            "a wrong proxy password", "the proxy wants an authentication method other than Basic")
                    : Problem.of("The proxy " + proxy + " asks for a user name and password (HTTP 407).",
                            "Give the proxy user in the address (--proxy http://user@host:port) and its password with "
                                    + "--proxy-password, or ask IT for an exception for the sign-in address.",
                            "the proxy requires authentication");
            case PROXY -> Problem.of("The proxy " + proxy + " did not open a connection to " + host + ": "
                            + firstLine(error) + ".",
                    "Check the proxy address and that it allows HTTPS to " + host + ".",
                    "the proxy blocks the destination", "a wrong proxy address");
            case OTHER -> Problem.of("The connection to " + host + " failed: " + firstLine(error) + ".",
                    "Check the network and try again.", "the network dropped the connection");
        };
    }

    private static String firstLine(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
