package io.m365connect.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.m365connect.core.common.Log;
import io.m365connect.core.practice.PracticeTenant.LoggedRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;

/** One HTTPS listener on loopback; every emulated service is a route on it, chosen by method and path. */
final class EmulatorServer {
    private static final Log LOG = Log.of(EmulatorServer.class);
    private static final int MAX_BODY = 1 << 20;

    /** A handler gets the request and the path's captured groups. */
    interface Handler {
        Response handle(Request request, Matcher path);
    }

    private record Route(String method, Pattern path, Handler handler) { }

    private final List<Route> routes = new ArrayList<>();
    private final List<LoggedRequest> log = new CopyOnWriteArrayList<>();
    private final WireFaults wireFaults = new WireFaults();
    private HttpsServer server;
    private ExecutorService executor;

    EmulatorServer route(String method, String pathRegex, Handler handler) {
        routes.add(new Route(method, Pattern.compile(pathRegex, Pattern.CASE_INSENSITIVE), handler));
        return this;
    }

    void start(int port, SSLContext tls) throws IOException {
        server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
        server.setHttpsConfigurator(new HttpsConfigurator(tls));
        ThreadFactory daemons = r -> {
            Thread t = Executors.defaultThreadFactory().newThread(r);
            t.setDaemon(true);
            t.setName("practice-tenant-" + t.getName());
            return t;
        };
        executor = Executors.newFixedThreadPool(4, daemons);
        server.setExecutor(executor);
        server.createContext("/", this::serve);
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    void stop() {
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
            server = null;
        }
    }

    boolean isRunning() {
        return server != null;
    }

    List<LoggedRequest> log() {
        return List.copyOf(log);
    }

    void clearLog() {
        log.clear();
    }

    void inject(WireFault fault) {
        wireFaults.add(fault);
    }

    void clearWireFaults() {
        wireFaults.clear();
    }

    private void serve(HttpExchange exchange) throws IOException {
        java.util.Optional<WireFault> fault = wireFaults.take(exchange.getRequestURI().getPath());
        if (fault.isPresent()) {
            exchange.getRequestBody().readNBytes(MAX_BODY);
            // Logged before the answer: a huge body may take until the client hangs up, and the entry must not
            // land in whatever the log is asked for next.
            log.add(new LoggedRequest(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), null,
                    WireFaults.status(fault.get())));
            WireFaults.answer(exchange, fault.get());
            return;
        }
        Response response;
        String grant = null;
        try {
            Request request = read(exchange);
            grant = request.form().get("grant_type");
            response = dispatch(request);
        } catch (EntraError e) {
            response = e.toResponse(exchange.getRequestHeaders().getFirst("client-request-id"));
        } catch (RuntimeException | IOException e) {
            LOG.warn("practice tenant failed on " + exchange.getRequestURI().getPath(), e);
            response = Response.json(500, Map.of("error", "server_error",
                    "error_description", "The practice tenant failed: " + e.getClass().getSimpleName()));
        }
        log.add(new LoggedRequest(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), grant,
                response.status()));
        write(exchange, response);
    }

    private Response dispatch(Request request) {
        boolean pathKnown = false;
        for (Route route : routes) {
            Matcher m = route.path().matcher(request.path());
            if (m.matches()) {
                pathKnown = true;
                if (route.method().equals(request.method())) {
                    return route.handler().handle(request, m);
                }
            }
        }
        return pathKnown ? Response.empty(405) : Response.json(404, Map.of("error", Map.of(
                "code", "NotFound", "message", "The practice tenant has no endpoint at " + request.path())));
    }

    private static Request read(HttpExchange exchange) throws IOException {
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            byte[] bytes = in.readNBytes(MAX_BODY);
            body = new String(bytes, StandardCharsets.UTF_8);
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        Map<String, String> form = type != null && type.toLowerCase(Locale.ROOT)
                .startsWith("application/x-www-form-urlencoded") ? Request.decodeForm(body) : Map.of();
        String host = exchange.getRequestHeaders().getFirst("Host");
        return new Request(exchange.getRequestMethod().toUpperCase(Locale.ROOT), exchange.getRequestURI().getPath(),
                Request.decodeForm(exchange.getRequestURI().getRawQuery()), form, headers, body,
                "https://" + (host == null ? "127.0.0.1" : host));
    }

    private static void write(HttpExchange exchange, Response response) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", response.contentType());
        response.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
        byte[] body = response.body();
        exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
