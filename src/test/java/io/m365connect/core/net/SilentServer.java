package io.m365connect.core.net;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A loopback socket that accepts connections and never answers: the server that makes clients time out. */
public final class SilentServer implements AutoCloseable {
    private final ServerSocket server;
    private final List<Socket> held = new CopyOnWriteArrayList<>();
    private final ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
        Thread t = Executors.defaultThreadFactory().newThread(r);
        t.setDaemon(true);
        return t;
    });

    public SilentServer() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        pool.execute(() -> {
            while (!server.isClosed()) {
                try {
                    Socket s = server.accept();
                    held.add(s);
                } catch (IOException e) {
                    return;
                }
            }
        });
    }

    public int port() {
        return server.getLocalPort();
    }

    public int accepted() {
        return held.size();
    }

    /** Whether every accepted connection has been closed by the client (checked by reading without blocking long). */
    public boolean allClosedByClient() throws IOException {
        for (Socket s : held) {
            s.setSoTimeout(200);
            try {
                while (s.getInputStream().read() >= 0) {
                    // drain what the client sent (its TLS hello) until it closes
                }
            } catch (java.net.SocketTimeoutException e) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket s : held) {
            s.close();
        }
        pool.shutdownNow();
    }
}
