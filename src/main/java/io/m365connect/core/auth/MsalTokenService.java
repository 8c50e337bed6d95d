package io.m365connect.core.auth;

import com.microsoft.aad.msal4j.ClientCredentialFactory;
import com.microsoft.aad.msal4j.ClientCredentialParameters;
import com.microsoft.aad.msal4j.ConfidentialClientApplication;
import com.microsoft.aad.msal4j.DeviceCodeFlowParameters;
import com.microsoft.aad.msal4j.IAuthenticationResult;
import com.microsoft.aad.msal4j.IClientCredential;
import com.microsoft.aad.msal4j.InteractiveRequestParameters;
import com.microsoft.aad.msal4j.PublicClientApplication;
import com.microsoft.aad.msal4j.SystemBrowserOptions;
import com.microsoft.aad.msal4j.UserNamePasswordParameters;
import io.m365connect.core.common.Cancellation;
import io.m365connect.core.common.Problem;
import io.m365connect.core.net.HttpClients;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Tokens through MSAL4J for every sign-in method, plus the confidential ROPC request MSAL cannot send.
 * Each request builds its own MSAL application with our HTTP transport, instance discovery off (the cloud's
 * authority is taken as given, so a request costs no discovery round trip) and its own executor, so a cancel
 * can stop device-code polling and the browser sign-in listener at once.
 */
public final class MsalTokenService implements TokenService {
    /** Loopback redirect; MSAL picks a free port and Entra accepts any port on http://localhost. */
    static final URI LOOPBACK = URI.create("http://localhost");
    private static final Duration WORKER_STOP = Duration.ofSeconds(5);

    private final ErrorExplanations explanations;
    private final BrowserOpener browser;
    private final Duration browserSignInTimeout;

    public MsalTokenService(ErrorExplanations explanations) {
        this(explanations, BrowserOpener.system(), Duration.ofMinutes(5));
    }

    public MsalTokenService(ErrorExplanations explanations, BrowserOpener browser, Duration browserSignInTimeout) {
        this.explanations = explanations;
        this.browser = browser;
        this.browserSignInTimeout = browserSignInTimeout;
    }

    @Override
    public TokenResult acquire(TokenRequest request, Cancellation cancellation) {
        cancellation.throwIfCancelled();
        HttpClient client;
        try {
            client = HttpClients.newClient(request.http());
        } catch (GeneralSecurityException e) {
            return AuthFailure.local(FailureLayer.TLS, Problem.of(
                    "The trusted CA certificates could not be used: " + e.getMessage() + ".",
                    "Check the file given with --trust-ca (PEM with CERTIFICATE blocks)."));
        }
        JdkHttpTransport transport = new JdkHttpTransport(client, request.http(), cancellation);
        Failures failures = new Failures(explanations);
        if (request.credential() instanceof Credential.UsernamePassword up && up.confidential()) {
            try {
                return new ConfidentialRopcClient(transport, failures).acquire(request, up);
            } catch (IOException e) {
                cancellation.throwIfCancelled();
                return Failures.fromNetwork(e, target(transport, request), request.http());
            }
        }
        return viaMsal(request, cancellation, transport, failures);
    }

    private TokenResult viaMsal(TokenRequest request, Cancellation cancellation, JdkHttpTransport transport,
                                Failures failures) {
        ExecutorService executor = Executors.newCachedThreadPool(daemonThreads());
        try {
            CompletableFuture<IAuthenticationResult> future = start(request, transport, executor);
            cancellation.onCancel(() -> future.cancel(true));
            IAuthenticationResult result = future.get();
            List<String> granted = result.scopes() == null ? List.of()
                    : Arrays.stream(result.scopes().trim().split("\\s+")).filter(s -> !s.isEmpty()).toList();
            Instant expires = result.expiresOnDate() == null ? null : result.expiresOnDate().toInstant();
            return AccessToken.of(result.accessToken(), expires, granted, request.credential().kind());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancellation.cancel();
            throw new CancellationException("interrupted");
        } catch (ExecutionException e) {
            cancellation.throwIfCancelled();
            return new MsalFailures(failures).from(e.getCause(), transport, request);
        } catch (CancellationException e) {
            cancellation.cancel();
            throw e;
        } catch (RuntimeException | MalformedURLException e) {
            cancellation.throwIfCancelled();
            return new MsalFailures(failures).from(e, transport, request);
        } finally {
            stop(executor);
        }
    }

    private CompletableFuture<IAuthenticationResult> start(TokenRequest r, JdkHttpTransport transport,
                                                            ExecutorService executor) throws MalformedURLException {
        Set<String> scopes = new LinkedHashSet<>(r.scopes());
        Credential c = r.credential();
        if (c instanceof Credential.ClientSecret s) {
            return confidential(r, s.secret().reveal(ClientCredentialFactory::createFromSecret), transport, executor)
                    .acquireToken(ClientCredentialParameters.builder(scopes).skipCache(r.fresh()).build());
        }
        if (c instanceof Credential.ClientCertificate cert) {
            IClientCredential credential = cert.chain().size() > 1
                    ? ClientCredentialFactory.createFromCertificateChain(cert.key(), cert.chain())
                    : ClientCredentialFactory.createFromCertificate(cert.key(), cert.certificate());
            return confidential(r, credential, transport, executor)
                    .acquireToken(ClientCredentialParameters.builder(scopes).skipCache(r.fresh()).build());
        }
        PublicClientApplication app = publicClient(r, transport, executor);
        if (c instanceof Credential.DeviceCode d) {
            return app.acquireToken(DeviceCodeFlowParameters.builder(scopes, code -> d.onPrompt().accept(
                    new DeviceCodePrompt(code.userCode(), URI.create(code.verificationUri()),
                            Instant.now().plusSeconds(code.expiresIn()), Duration.ofSeconds(code.interval()),
                            code.message()))).build());
        }
        if (c instanceof Credential.UsernamePassword up) {
            // MSAL reads the array later on its own thread, so it cannot be wiped here.
            return app.acquireToken(UserNamePasswordParameters.builder(scopes, up.username(),
                    up.password().chars()).build());
        }
        Credential.Interactive in = (Credential.Interactive) c;
        InteractiveRequestParameters.InteractiveRequestParametersBuilder params = InteractiveRequestParameters
                .builder(LOOPBACK).scopes(scopes)
                .httpPollingTimeoutInSeconds((int) browserSignInTimeout.toSeconds())
                .systemBrowserOptions(SystemBrowserOptions.builder()
                        .openBrowserAction(url -> openBrowser(url, in.listener())).build());
        in.loginHint().ifPresent(params::loginHint);
        return app.acquireToken(params.build());
    }

    private void openBrowser(java.net.URL url, BrowserSignInListener listener) {
        URI uri;
        try {
            uri = url.toURI();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("MSAL built an invalid sign-in address", e);
        }
        listener.openingBrowser(uri);
        try {
            browser.open(uri);
        } catch (IOException e) {
            // The loopback listener keeps waiting: the person can still open the link by hand.
            listener.browserNotOpened(uri, e.getMessage());
        }
    }

    private ConfidentialClientApplication confidential(TokenRequest r, IClientCredential credential,
                                                       JdkHttpTransport transport, ExecutorService executor)
            throws MalformedURLException {
        return ConfidentialClientApplication.builder(r.clientId(), credential)
                .authority(r.authority())
                .instanceDiscovery(false)
                .aadInstanceDiscoveryResponse(instanceDiscovery(r))
                .httpClient(new MsalHttpClient(transport))
                .executorService(executor)
                .disableInternalRetries()
                .build();
    }

    private PublicClientApplication publicClient(TokenRequest r, JdkHttpTransport transport,
                                                 ExecutorService executor) throws MalformedURLException {
        return PublicClientApplication.builder(r.clientId())
                .authority(r.authority())
                .instanceDiscovery(false)
                .aadInstanceDiscoveryResponse(instanceDiscovery(r))
                .httpClient(new MsalHttpClient(transport))
                .executorService(executor)
                .disableInternalRetries()
                .build();
    }

    /**
     * The discovery answer MSAL would otherwise fetch. MSAL rebuilds request URLs from preferred_network plus
     * the authority's own port, so that one is the bare host; the cache key (preferred_cache) must carry the
     * port or cached tokens are looked up under the wrong key (MSAL for Java issue 529).
     */
    static String instanceDiscovery(TokenRequest r) {
        URI authority = URI.create(r.cloud().authority());
        String host = authority.getHost();
        String hostPort = host + (authority.getPort() > 0 ? ":" + authority.getPort() : "");
        String aliases = hostPort.equals(host) ? "\"" + host + "\"" : "\"" + host + "\",\"" + hostPort + "\"";
        return "{\"tenant_discovery_endpoint\":\"" + r.authority() + "v2.0/.well-known/openid-configuration\","
                + "\"api-version\":\"1.1\",\"metadata\":[{\"preferred_network\":\"" + host + "\","
                + "\"preferred_cache\":\"" + hostPort + "\",\"aliases\":[" + aliases + "]}]}";
    }

    static URI target(JdkHttpTransport transport, TokenRequest request) {
        return transport.lastTarget() != null ? transport.lastTarget() : URI.create(request.tokenEndpoint());
    }

    private static void stop(ExecutorService executor) {
        executor.shutdownNow();
        try {
            // Waiting lets MSAL close the loopback listener before we return, so its port is free again.
            executor.awaitTermination(WORKER_STOP.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        java.util.concurrent.ThreadFactory base = Executors.defaultThreadFactory();
        return runnable -> {
            Thread t = base.newThread(runnable);
            t.setName("m365connect-signin");
            t.setDaemon(true);
            return t;
        };
    }
}
