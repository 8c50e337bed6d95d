package io.m365connect.core.probe;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * A submission server with STARTTLS that behaves like the peers GreenMail cannot play: one that caps the
 * AUTH line (as Dovecot's submission service does at 1,024 bytes) and one with SMTP AUTH turned off
 * (Exchange Online's 5.7.139 reply).
 */
final class ScriptedSmtpServer implements AutoCloseable {
    enum Mode { LINE_LIMIT, SMTP_AUTH_DISABLED, SILENT }

    private final ServerSocket server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final SSLContext tls;
    private final Mode mode;
    private final String token;
    final List<String> commands = new CopyOnWriteArrayList<>();

    ScriptedSmtpServer(Mode mode, String token) throws Exception {
        this.mode = mode;
        this.token = token;
        this.tls = TestTls.serverContext();
        this.server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        executor.submit(this::serve);
    }

    int port() {
        return server.getLocalPort();
    }

    private Void serve() throws IOException {
        while (!server.isClosed()) {
            Socket s = server.accept();
            executor.submit(() -> session(s));
        }
        return null;
    }

    private Void session(Socket socket) throws IOException {
        try (Socket plain = socket) {
            if (mode == Mode.SILENT) {
                plain.getInputStream().read();
                return null;
            }
            Socket s = plain;
            BufferedReader in = reader(s);
            OutputStream out = s.getOutputStream();
            send(out, "220 fake.test ESMTP ready");
            boolean secure = false;
            String line;
            while ((line = in.readLine()) != null) {
                commands.add(line.length() > 40 ? line.substring(0, 40) + "…(" + line.length() + ")" : line);
                String upper = line.toUpperCase();
                if (upper.startsWith("EHLO")) {
                    send(out, secure ? "250-fake.test\r\n250 AUTH XOAUTH2" : "250-fake.test\r\n250 STARTTLS");
                } else if (upper.equals("STARTTLS")) {
                    send(out, "220 2.0.0 Ready to start TLS");
                    SSLSocket t = (SSLSocket) tls.getSocketFactory().createSocket(s, null, s.getPort(), true);
                    t.setUseClientMode(false);
                    t.startHandshake();
                    s = t;
                    in = reader(s);
                    out = s.getOutputStream();
                    secure = true;
                } else if (upper.startsWith("AUTH")) {
                    auth(line, in, out);
                } else if (upper.equals("QUIT")) {
                    send(out, "221 2.0.0 Bye");
                    return null;
                } else {
                    send(out, "502 5.5.2 Command not implemented");
                }
            }
        }
        return null;
    }

    private void auth(String line, BufferedReader in, OutputStream out) throws IOException {
        if (mode == Mode.SMTP_AUTH_DISABLED) {
            send(out, "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the "
                    + "Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.");
            return;
        }
        if (line.length() > 1024) {
            send(out, "500 5.5.2 Line too long");
            return;
        }
        String[] parts = line.split(" ");
        if (parts.length != 2) {
            send(out, "501 5.5.4 Syntax error");
            return;
        }
        send(out, "334 ");
        String response = in.readLine();
        commands.add("(XOAUTH2 response, " + (response == null ? 0 : response.length()) + " characters)");
        String decoded = new String(Base64.getDecoder().decode(response == null ? "" : response.trim()),
                StandardCharsets.UTF_8);
        send(out, decoded.contains("auth=Bearer " + token + "\u0001")
                ? "235 2.7.0 Authentication successful" : "535 5.7.3 Authentication unsuccessful");
    }

    private static BufferedReader reader(Socket s) throws IOException {
        return new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII));
    }

    private static void send(OutputStream out, String reply) throws IOException {
        out.write((reply + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
        executor.shutdownNow();
    }
}
