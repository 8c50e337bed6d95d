package io.m365connect.sandbox;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The wire faults waiting for their requests; each is used up after its {@code times}. */
final class WireFaults {
    private final List<WireFault> pending = new ArrayList<>();
    private final List<Integer> left = new ArrayList<>();

    synchronized void add(WireFault fault) {
        pending.add(fault);
        left.add(fault.times());
    }

    synchronized void clear() {
        pending.clear();
        left.clear();
    }

    synchronized Optional<WireFault> take(String path) {
        for (int i = 0; i < pending.size(); i++) {
            if (pending.get(i).matches(path) && left.get(i) > 0) {
                left.set(i, left.get(i) - 1);
                return Optional.of(pending.get(i));
            }
        }
        return Optional.empty();
    }

    /** Answers the exchange as the fault says. */
    static void answer(HttpExchange exchange, WireFault fault) throws IOException {
        try (exchange) {
            switch (fault.kind()) {
                case STATUS -> {
                    if (fault.retryAfterSeconds() > 0) {
                        exchange.getResponseHeaders().set("Retry-After", String.valueOf(fault.retryAfterSeconds()));
                    }
                    byte[] body = ("{\"error\":\"temporarily_unavailable\",\"error_description\":\"AADSTS90033: "
                            + "The service is temporarily unavailable (practice tenant wire fault " + fault.status()
                            + ").\"}").getBytes(StandardCharsets.UTF_8);
                    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
                    exchange.sendResponseHeaders(fault.status(), body.length);
                    exchange.getResponseBody().write(body);
                }
                case TRUNCATED -> {
                    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
                    exchange.sendResponseHeaders(200, 4096);
                    OutputStream out = exchange.getResponseBody();
                    out.write("{\"token_type\":\"Bearer\",\"expires_in\":3599,\"access_tok".getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    // Closing the exchange now leaves the declared length unmet: the client sees the cut.
                }
                case NOT_JSON -> {
                    byte[] body = "<html><body><h1>Proxy error</h1><p>Gateway says no.</p></body></html>"
                            .getBytes(StandardCharsets.UTF_8);
                    exchange.getResponseHeaders().set("Content-Type", "text/html");
                    exchange.sendResponseHeaders(200, body.length);
                    exchange.getResponseBody().write(body);
                }
                case HUGE -> {
                    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
                    exchange.sendResponseHeaders(200, WireFault.HUGE_BYTES);
                    byte[] block = new byte[64 * 1024];
                    java.util.Arrays.fill(block, (byte) ' ');
                    block[0] = '{';
                    OutputStream out = exchange.getResponseBody();
                    try {
                        for (long sent = 0; sent < WireFault.HUGE_BYTES; sent += block.length) {
                            out.write(block);
                            block[0] = ' ';
                        }
                    } catch (IOException clientStopped) {
                        // a bounded client stops reading; that is the point
                    }
                }
                default -> throw new IllegalStateException("unknown wire fault " + fault.kind());
            }
        }
    }

    /** The HTTP status {@link #answer} sends for a fault. */
    static int status(WireFault fault) {
        return fault.kind() == WireFault.Kind.STATUS ? fault.status() : 200;
    }
}
