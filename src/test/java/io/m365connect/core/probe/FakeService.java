package io.m365connect.core.probe;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.m365connect.core.net.HttpSettings;
import io.m365connect.core.tenant.Cloud;
import io.m365connect.core.tenant.ServiceEndpoint;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** An HTTPS server on loopback that answers every request with one scripted reply and records what it saw. */
final class FakeService implements AutoCloseable {
    record Seen(String method, String pathAndQuery, Map<String, List<String>> headers, String body) {
    }

    private final HttpsServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(2);
    final List<Seen> seen = new CopyOnWriteArrayList<>();
    private volatile int status = 200;
    private volatile String body = "{}";
    private volatile long delayMillis;

    FakeService() throws Exception {
        server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(TestTls.serverContext()));
        server.createContext("/", ex -> {
            String requestBody = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            seen.add(new Seen(ex.getRequestMethod(), ex.getRequestURI().toString(), ex.getRequestHeaders(),
                    requestBody));
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] out = body.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.getResponseHeaders().add("request-id", "5a0f3c1e-0000-4000-8000-000000000001");
            ex.sendResponseHeaders(status, out.length);
            ex.getResponseBody().write(out);
            ex.close();
        });
        server.setExecutor(executor);
        server.start();
    }

    FakeService answer(int newStatus, String newBody) {
        this.status = newStatus;
        this.body = newBody;
        return this;
    }

    FakeService delay(long millis) {
        this.delayMillis = millis;
        return this;
    }

    String url() {
        return "https://localhost:" + server.getAddress().getPort();
    }

    /** A cloud whose Graph, Management and Exchange all live on this server, with the real resources. */
    Cloud cloud() {
        return new Cloud("lab", "Lab", url(), new ServiceEndpoint(url(), "https://graph.microsoft.com"),
                new ServiceEndpoint(url(), "https://manage.office.com"),
                new ServiceEndpoint(url(), "https://outlook.office365.com"), null, null, null, null, null);
    }

    static HttpSettings trusting() throws Exception {
        return HttpSettings.defaults().withTrustedCas(List.of(TestTls.certificate()))
                .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(10));
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    static String header(Seen s, String name) {
        return s.headers().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(e -> e.getValue().get(0)).findFirst().orElse("");
    }

}
