package io.m365connect.core.auth;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A browser without a screen, as a person would use one: opens the sign-in page, fills the form, and follows
 * the form_post answer to the app's loopback listener. Used in-process, or as the {@code BROWSER} command
 * ({@code main}) the way a real browser is started.
 */
public final class ScriptedBrowser {
    private static final Pattern ACTION = Pattern.compile("<form[^>]*action=\"([^\"]+)\"");
    private static final Pattern HIDDEN = Pattern.compile(
            "<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">");

    private final HttpClient client;
    private final String user;
    private final String password;

    public ScriptedBrowser(SSLContext trust, String user, String password) {
        this.client = HttpClient.newBuilder().sslContext(trust).proxy(HttpClient.Builder.NO_PROXY)
                .connectTimeout(Duration.ofSeconds(5)).build();
        this.user = user;
        this.password = password;
    }

    /** Signs in; returns the loopback listener's status code. */
    public int signIn(URI authorize) throws IOException, InterruptedException {
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(authorize).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Map<String, String> form = hidden(page.body());
        form.put("username", user);
        form.put("password", password);
        HttpResponse<String> answer = post(authorize.resolve(action(page.body())), form);
        return post(URI.create(action(answer.body())), hidden(answer.body())).statusCode();
    }

    private HttpResponse<String> post(URI to, Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return client.send(HttpRequest.newBuilder(to).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String action(String html) throws IOException {
        Matcher m = ACTION.matcher(html);
        if (!m.find()) {
            throw new IOException("no form on the page: " + html);
        }
        return unescape(m.group(1));
    }

    private static Map<String, String> hidden(String html) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher m = HIDDEN.matcher(html);
        while (m.find()) {
            fields.put(unescape(m.group(1)), unescape(m.group(2)));
        }
        return fields;
    }

    private static String unescape(String s) {
        return s.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    public static SSLContext trusting(Path caPem) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        try (InputStream in = Files.newInputStream(caPem)) {
            ks.setCertificateEntry("ca", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(ks);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, tmf.getTrustManagers(), null);
        return context;
    }

    /** {@code ScriptedBrowser CA_PEM USER PASSWORD_FILE URL}: what the BROWSER variable runs. */
    public static void main(String[] args) throws Exception {
        String password = Files.readString(Path.of(args[2])).strip();
        int status = new ScriptedBrowser(trusting(Path.of(args[0])), args[1], password).signIn(URI.create(args[3]));
        System.exit(status == 200 ? 0 : 1);
    }
}
