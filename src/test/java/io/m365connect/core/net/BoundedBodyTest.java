package io.m365connect.core.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Against a loopback server that sends a small reply, an endless one, and one cut short. */
class BoundedBodyTest {
    private HttpServer server;
    private final AtomicLong sentOfEndless = new AtomicLong();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/small", ex -> {
            byte[] body = "{\"ok\":true}".getBytes();
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.createContext("/endless", ex -> {
            ex.sendResponseHeaders(200, 0);
            byte[] block = new byte[64 * 1024];
            try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < 16 * 1024; i++) {
                    out.write(block);
                    sentOfEndless.addAndGet(block.length);
                }
            } catch (IOException clientWentAway) {
                // the client cancelled, as it should
            }
        });
        server.createContext("/cut", ex -> {
            ex.sendResponseHeaders(200, 10_000);
            ex.getResponseBody().write("{\"access_tok".getBytes());
            ex.getResponseBody().flush();
            ex.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    @Test
    void smallReplyIsReadWhole() throws Exception {
        String body = client.send(HttpRequest.newBuilder(uri("/small")).build(), BoundedBody.ofString()).body();
        assertEquals("{\"ok\":true}", body);
    }

    @Test
    void endlessReplyStopsAtTheLimitWithAPlainMessage() {
        IOException e = assertThrows(IOException.class,
                () -> client.send(HttpRequest.newBuilder(uri("/endless")).build(), BoundedBody.ofString(1024 * 1024)));
        BoundedBody.TooLarge tooLarge = assertInstanceOf(BoundedBody.TooLarge.class,
                e instanceof BoundedBody.TooLarge ? e : e.getCause());
        assertEquals("The reply was larger than 1,048,576 bytes and was not read to the end.", tooLarge.getMessage());
        assertTrue(sentOfEndless.get() < 1024L * 1024 * 1024, "the download was cancelled, not read to its end");
    }

    @Test
    void replyCutShortIsAnIoFailureNotAHalfBody() {
        IOException e = assertThrows(IOException.class,
                () -> client.send(HttpRequest.newBuilder(uri("/cut")).build(), BoundedBody.ofString()));
        assertTrue(e.getMessage() != null && !e.getMessage().isBlank(), String.valueOf(e));
    }
}
