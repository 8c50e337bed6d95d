package io.m365connect.cli;

import io.m365connect.core.common.Problem;
import io.m365connect.core.common.ProblemException;
import io.m365connect.core.common.Secret;
import io.m365connect.core.net.HttpSettings;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --proxy}, {@code --trust-ca} and timeouts, for every command that talks to Microsoft. */
public final class NetworkOptions {
    @Option(names = "--proxy", paramLabel = "URL",
            description = "Proxy for all requests, e.g. http://proxy.corp:3128 or http://user@proxy.corp:3128 "
                    + "(password with --proxy-password). Default: the system's proxy settings.")
    String proxy;

    @Option(names = "--proxy-password", paramLabel = "SPEC",
            description = "Password for the proxy user: pass:TEXT, env:VAR, file:PATH or stdin.")
    String proxyPassword;

    @Option(names = "--trust-ca", paramLabel = "PEM",
            description = "Also trust the CA certificate(s) in this PEM file (e.g. a TLS-inspecting proxy's). "
                    + "Repeatable.")
    List<Path> trustCa = new ArrayList<>();

    @Option(names = "--connect-timeout", paramLabel = "SECONDS", description = "Connect timeout (default 10).")
    Integer connectTimeout;

    @Option(names = "--read-timeout", paramLabel = "SECONDS", description = "Answer timeout (default 30).")
    Integer readTimeout;

    /** The base settings with these options applied. */
    HttpSettings apply(HttpSettings base, PasswordSpec passwords) throws ProblemException {
        HttpSettings s = base;
        if (!trustCa.isEmpty()) {
            List<X509Certificate> cas = new ArrayList<>(s.extraTrustedCas());
            for (Path file : trustCa) {
                cas.addAll(readCas(file));
            }
            s = s.withTrustedCas(cas);
        }
        if (proxy != null) {
            s = withProxy(s, passwords);
        }
        if (connectTimeout != null || readTimeout != null) {
            s = s.withTimeouts(seconds(connectTimeout, s.connectTimeout(), "--connect-timeout"),
                    seconds(readTimeout, s.readTimeout(), "--read-timeout"));
        }
        return s;
    }

    private HttpSettings withProxy(HttpSettings s, PasswordSpec passwords) throws ProblemException {
        URI uri;
        try {
            uri = new URI(proxy.contains("://") ? proxy : "http://" + proxy);
        } catch (URISyntaxException e) {
            throw UsageProblem.of("--proxy " + proxy + " is not an address.", "Write it like http://proxy.corp:3128.");
        }
        if (uri.getHost() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
            throw UsageProblem.of("--proxy " + proxy + " is not an HTTP proxy address.",
                    "Write it like http://proxy.corp:3128 (SOCKS proxies are not supported).");
        }
        String user = null;
        Secret password = null;
        if (uri.getUserInfo() != null) {
            String[] parts = uri.getUserInfo().split(":", 2);
            user = parts[0];
            password = parts.length > 1 ? Secret.of(parts[1]) : null;
        }
        if (proxyPassword != null) {
            password = passwords.resolve(proxyPassword, "--proxy-password").orElseThrow();
        }
        URI address = URI.create(uri.getScheme() + "://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : ""));
        return s.withProxy(address, user, password);
    }

    static List<X509Certificate> readCas(Path file) throws UsageProblem {
        try (InputStream in = Files.newInputStream(file)) {
            List<X509Certificate> cas = new ArrayList<>();
            CertificateFactory.getInstance("X.509").generateCertificates(in)
                    .forEach(c -> cas.add((X509Certificate) c));
            if (cas.isEmpty()) {
                throw new CertificateException("no certificate");
            }
            return cas;
        } catch (IOException e) {
            throw new UsageProblem(Problem.of("The CA file " + file + " could not be read.",
                    "Check the path given with --trust-ca.", "the file does not exist"));
        } catch (CertificateException e) {
            throw new UsageProblem(Problem.of("The CA file " + file + " holds no certificate.",
                    "Give a PEM file with -----BEGIN CERTIFICATE----- blocks (ask IT for the proxy's root CA).",
                    "a private key or another file was given"));
        }
    }

    private static Duration seconds(Integer value, Duration fallback, String option) throws UsageProblem {
        if (value == null) {
            return fallback;
        }
        if (value < 1 || value > 600) {
            throw UsageProblem.of(option + " must be between 1 and 600 seconds.", "Example: " + option + " 20");
        }
        return Duration.ofSeconds(value);
    }
}
