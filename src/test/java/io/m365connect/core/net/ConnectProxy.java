package io.m365connect.core.net;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A tiny HTTP CONNECT proxy on loopback for tests: tunnels to the requested host:port, optionally demanding
 * Basic credentials (answering 407 without them), and records every CONNECT line and whether it carried
 * credentials.
 */
public final class ConnectProxy implements AutoCloseable {
    private final ServerSocket server;
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = Executors.defaultThreadFactory().newThread(r);
        t.setDaemon(true);
        return t;
    });
    private final Optional<String> expectedAuthorization;
    /** Each CONNECT seen: "CONNECT host:port" plus " +auth" when it carried Proxy-Authorization. */
    public final List<String> seen = new CopyOnWriteArrayList<>();

    public ConnectProxy(Optional<String> user, Optional<String> password) throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        expectedAuthorization = user.map(u -> "Basic " + Base64.getEncoder().encodeToString(
                (u + ":" + password.orElse("")).getBytes(StandardCharsets.UTF_8)));
        pool.execute(this::acceptLoop);
    }

    public int port() {
        return server.getLocalPort();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                pool.execute(() -> serve(client));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            InputStream in = client.getInputStream();
            OutputStream out = client.getOutputStream();
            while (true) {
                List<String> head = readHead(in);
                if (head.isEmpty()) {
                    return;
                }
                String[] requestLine = head.get(0).split(" ");
                Optional<String> auth = head.stream().filter(h -> h.toLowerCase(Locale.ROOT)
                        .startsWith("proxy-authorization:")).map(h -> h.substring(h.indexOf(':') + 1).strip()).findFirst();
                seen.add(requestLine[0] + " " + requestLine[1] + (auth.isPresent() ? " +auth" : ""));
                if (!"CONNECT".equals(requestLine[0])) {
                    out.write("HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    return;
                }
                if (expectedAuthorization.isPresent() && !expectedAuthorization.equals(auth)) {
                    out.write(("HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm=\"test\"\r\n"
                            + "Content-Length: 0\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    continue;
                }
                String[] target = requestLine[1].split(":");
                Socket upstream = new Socket(target[0], Integer.parseInt(target[1]));
                out.write("HTTP/1.1 200 Connection established\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                pool.execute(() -> pipe(upstream, client));
                pipe(client, upstream);
                return;
            }
        } catch (IOException e) {
            // the client or the upstream closed the tunnel
        }
    }

    private static void pipe(Socket from, Socket to) {
        try {
            from.getInputStream().transferTo(to.getOutputStream());
        } catch (IOException e) {
            // one side closed
        } finally {
            try {
                to.shutdownOutput();
            } catch (IOException ignored) {
                // already closed
            }
        }
    }

    private static List<String> readHead(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        List<String> lines = new java.util.ArrayList<>();
        int b;
        while ((b = in.read()) >= 0) {
            if (b == '\n') {
                String s = line.toString(StandardCharsets.US_ASCII).strip();
                line.reset();
                if (s.isEmpty()) {
                    return lines;
                }
                lines.add(s);
            } else {
                line.write(b);
            }
        }
        return List.of();
    }

    @Override
    public void close() throws IOException {
        server.close();
        pool.shutdownNow();
    }
}
