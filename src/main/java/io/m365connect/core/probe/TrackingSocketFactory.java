package io.m365connect.core.probe;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.SSLSocketFactory;

/**
 * Hands Angus Mail its TLS sockets (trusting the app's extra CAs) and remembers them, so Cancel can close
 * them and unblock a connect or read at once instead of waiting for the timeout.
 */
final class TrackingSocketFactory extends SSLSocketFactory {
    private final SSLSocketFactory tls;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();

    TrackingSocketFactory(SSLSocketFactory tls) {
        this.tls = tls;
    }

    /** Plain sockets for STARTTLS, also tracked. */
    final javax.net.SocketFactory plain = new javax.net.SocketFactory() {
        @Override
        public Socket createSocket() {
            return track(new Socket());
        }

        @Override
        public Socket createSocket(String host, int port) throws IOException {
            return track(new Socket(host, port));
        }

        @Override
        public Socket createSocket(String host, int port, InetAddress local, int localPort) throws IOException {
            return track(new Socket(host, port, local, localPort));
        }

        @Override
        public Socket createSocket(InetAddress host, int port) throws IOException {
            return track(new Socket(host, port));
        }

        @Override
        public Socket createSocket(InetAddress host, int port, InetAddress local, int localPort) throws IOException {
            return track(new Socket(host, port, local, localPort));
        }
    };

    void closeAll() {
        for (Socket s : sockets) {
            try {
                s.close();
            } catch (IOException e) {
                // closing to abort: the probe reports the cancel, nothing else to say about this socket
                continue;
            }
        }
    }

    private Socket track(Socket s) {
        sockets.add(s);
        return s;
    }

    @Override
    public Socket createSocket() throws IOException {
        return track(tls.createSocket());
    }

    @Override
    public Socket createSocket(Socket s, String host, int port, boolean autoClose) throws IOException {
        return track(tls.createSocket(s, host, port, autoClose));
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return track(tls.createSocket(host, port));
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress local, int localPort) throws IOException {
        return track(tls.createSocket(host, port, local, localPort));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return track(tls.createSocket(host, port));
    }

    @Override
    public Socket createSocket(InetAddress host, int port, InetAddress local, int localPort) throws IOException {
        return track(tls.createSocket(host, port, local, localPort));
    }

    @Override
    public String[] getDefaultCipherSuites() {
        return tls.getDefaultCipherSuites();
    }

    @Override
    public String[] getSupportedCipherSuites() {
        return tls.getSupportedCipherSuites();
    }
}
