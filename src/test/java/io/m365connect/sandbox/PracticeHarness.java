package io.m365connect.sandbox;

import com.microsoft.aad.msal4j.ConfidentialClientApplication;
import com.microsoft.aad.msal4j.IClientCredential;
import com.microsoft.aad.msal4j.PublicClientApplication;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;

/** A running practice tenant for one test class, plus MSAL and plain HTTP clients that trust its CA. */
final class PracticeHarness implements AutoCloseable {
    static final String GRAPH_DEFAULT = "https://graph.microsoft.com/.default";
    static final String ADMIN = "admin@contosopractice.onmicrosoft.com";
    static final String ADMIN_PASSWORD = "Practice-Admin-2026!";

    final EmulatorPracticeTenant tenant = new EmulatorPracticeTenant();
    final Path dir;
    final SSLContext trust;
    final HttpClient http;
    /**
     * MSAL's work and the tests' own background steps run here, never on the common pool: on a two-core machine
     * that pool has one worker, and from JDK 25 on delayed tasks run on it too, so a sign-in polling there would
     * starve the step that completes it.
     */
    final ExecutorService workers = Executors.newCachedThreadPool();

    PracticeHarness() throws Exception {
        dir = Files.createTempDirectory("practice-test");
        tenant.start(0, dir);
        trust = tenant.clientTrust();
        http = HttpClient.newBuilder().sslContext(trust).connectTimeout(Duration.ofSeconds(5)).build();
    }

    String base() {
        return tenant.cloud().authority();
    }

    String tokenUrl() {
        return tenant.cloud().tokenEndpoint(tenant.tenantId());
    }

    String instanceDiscovery() {
        return tenant.msalInstanceDiscovery();
    }

    ConfidentialClientApplication confidential(String clientId, IClientCredential credential) throws Exception {
        return ConfidentialClientApplication.builder(clientId, credential)
                .authority(tenant.authority() + "/")
                .instanceDiscovery(false)
                .aadInstanceDiscoveryResponse(instanceDiscovery())
                .sslSocketFactory(trust.getSocketFactory())
                .connectTimeoutForDefaultHttpClient(5000)
                .readTimeoutForDefaultHttpClient(10000)
                .executorService(workers)
                .build();
    }

    PublicClientApplication publicClient(String clientId) throws Exception {
        return PublicClientApplication.builder(clientId)
                .authority(tenant.authority() + "/")
                .instanceDiscovery(false)
                .aadInstanceDiscoveryResponse(instanceDiscovery())
                .sslSocketFactory(trust.getSocketFactory())
                .connectTimeoutForDefaultHttpClient(5000)
                .readTimeoutForDefaultHttpClient(10000)
                .executorService(workers)
                .build();
    }

    /**
     * Registers a fresh copy of a demo app under a new client ID: MSAL keeps some caches per JVM, so each test
     * gets a client of its own.
     */
    String cloneApp(String recipe) {
        String clientId = UUID.randomUUID().toString();
        tenant.change(t -> {
            TenantDefinition.App a = t.apps().stream().filter(x -> recipe.equals(x.recipe())).findFirst().orElseThrow();
            return t.plusApp(new TenantDefinition.App(a.displayName(), clientId, UUID.randomUUID().toString(),
                    a.recipe(), a.publicClient(), a.secrets(), a.demoCertificate(), a.certificates(), a.redirectUris(),
                    a.consented(), a.grants(), a.directoryRoles()));
        });
        return clientId;
    }

    String clientOf(String recipe) {
        return tenant.demoCredentials().stream().filter(d -> recipe.equals(d.recipeId())).findFirst().orElseThrow()
                .clientId();
    }

    String secretOf(String recipe) {
        return tenant.demoCredentials().stream().filter(d -> recipe.equals(d.recipeId())).findFirst().orElseThrow()
                .secret();
    }

    HttpResponse<String> postForm(String url, Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String url, String bearer) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).GET();
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postJson(String url, String bearer, String json) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Something MSAL does that must end in a refusal of the tenant. */
    interface Call {
        void run() throws Exception;
    }

    /** The MSAL exception a refused call ends with (MSAL wraps it in an ExecutionException). */
    static com.microsoft.aad.msal4j.MsalServiceException msalRefusal(Call call) {
        java.util.concurrent.ExecutionException e = org.junit.jupiter.api.Assertions.assertThrows(
                java.util.concurrent.ExecutionException.class, call::run);
        return org.junit.jupiter.api.Assertions.assertInstanceOf(com.microsoft.aad.msal4j.MsalServiceException.class,
                e.getCause());
    }

    static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static List<String> lines(String s) {
        return List.of(s.split("\r\n"));
    }

    @Override
    public void close() {
        workers.shutdownNow();
        tenant.stop();
    }
}
