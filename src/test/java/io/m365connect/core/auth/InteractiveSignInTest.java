package io.m365connect.core.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.m365connect.core.common.Cancellation;
import io.m365connect.core.practice.PracticeTenant.DemoCredential;
import io.m365connect.core.practice.PracticeTenant.LoggedRequest;
import io.m365connect.core.recipe.CredentialKind;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Browser sign-in (authorization code + PKCE, loopback redirect) through MSAL4J with a scripted browser. */
class InteractiveSignInTest {
    private static final String APP = "custom-graph";
    @RegisterExtension
    static final PracticeFixture practice = PracticeFixture.started();
    private static final ExecutorService browsers = Executors.newCachedThreadPool();

    @AfterAll
    static void stop() {
        browsers.shutdownNow();
    }

    private static String userRead() {
        return practice.tenant.cloud().graph().scope("User.Read");
    }

    /** Records the sign-in address MSAL built. */
    private static final class Seen implements BrowserSignInListener {
        final AtomicReference<URI> url = new AtomicReference<>();

        @Override
        public void openingBrowser(URI authorizeUrl) {
            url.set(authorizeUrl);
        }

        int loopbackPort() {
            String redirect = Arrays.stream(url.get().getRawQuery().split("&")).filter(p -> p.startsWith("redirect_uri="))
                    .map(p -> URLDecoder.decode(p.substring(13), StandardCharsets.UTF_8)).findFirst().orElseThrow();
            return URI.create(redirect).getPort();
        }
    }

    @Test
    void scriptedBrowserSignsInAndTheCodeIsRedeemedWithPkce() throws Exception {
        DemoCredential demo = practice.demo(APP);
        String client = practice.cloneApp(APP);
        ScriptedBrowser person = new ScriptedBrowser(ScriptedBrowser.trusting(practice.tenant.caFile()),
                demo.username(), demo.password());
        Seen seen = new Seen();
        BrowserOpener browser = url -> browsers.execute(() -> {
            try {
                person.signIn(url);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        practice.tenant.clearRequestLog();

        TokenResult result = practice.service(browser).acquire(practice.request(client,
                new Credential.Interactive(Optional.empty(), seen), userRead()), new Cancellation());

        AccessToken token = assertInstanceOf(AccessToken.class, result, () -> String.valueOf(result));
        assertEquals(Optional.of(demo.username()), token.claims().orElseThrow().user());
        assertEquals(CredentialKind.INTERACTIVE, token.obtainedWith());
        String query = seen.url.get().getRawQuery();
        assertTrue(query.contains("code_challenge_method=S256") && query.contains("response_mode=form_post"), query);
        List<String> log = practice.log().stream().map(r -> r.method() + " " + r.path().replaceAll("\\?.*", ""))
                .toList();
        String tenant = practice.tenant.tenantId();
        assertEquals(List.of("GET /" + tenant + "/oauth2/v2.0/authorize", "POST /" + tenant + "/oauth2/v2.0/authorize",
                "POST /" + tenant + "/oauth2/v2.0/token"), log);
    }

    @Test
    void browserVariableStartsTheNamedCommandWhichSignsIn(@TempDir Path dir) throws Exception {
        DemoCredential demo = practice.demo(APP);
        String client = practice.cloneApp(APP);
        Path password = dir.resolve("password.txt");
        Files.writeString(password, demo.password());
        String classes = Path.of(ScriptedBrowser.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .toString();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        BrowserOpener browser = BrowserOpener.fromBrowserVariable(Map.of("BROWSER", java + " -cp " + classes + " "
                + ScriptedBrowser.class.getName() + " " + practice.tenant.caFile() + " " + demo.username() + " "
                + password)).orElseThrow();

        TokenResult result = practice.service(browser).acquire(practice.request(client,
                new Credential.Interactive(Optional.empty(), null), userRead()), new Cancellation());

        AccessToken token = assertInstanceOf(AccessToken.class, result, () -> String.valueOf(result));
        assertEquals(Optional.of(demo.username()), token.claims().orElseThrow().user());
    }

    @Test
    void cancelWhileWaitingForTheBrowserReleasesTheLoopbackPort() throws Exception {
        String client = practice.cloneApp(APP);
        Seen seen = new Seen();
        Cancellation cancellation = new Cancellation();
        BrowserOpener nobody = url -> { };
        practice.tenant.clearRequestLog();

        CompletableFuture<TokenResult> running = CompletableFuture.supplyAsync(() -> practice.service(nobody)
                .acquire(practice.request(client, new Credential.Interactive(Optional.empty(), seen), userRead()),
                        cancellation));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (seen.url.get() == null && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        int port = seen.loopbackPort();
        cancellation.cancel();

        Throwable thrown = assertThrows(Exception.class, () -> running.get(5, TimeUnit.SECONDS),
                () -> "the sign-in ended before the cancel with " + running.getNow(null));
        assertInstanceOf(CancellationException.class, thrown.getCause(), String.valueOf(thrown));
        try (ServerSocket again = new ServerSocket(port, 1, InetAddress.getByName("localhost"))) {
            assertEquals(port, again.getLocalPort());
        }
        assertTrue(practice.log().stream().noneMatch((LoggedRequest r) -> r.path().endsWith("/token")),
                "no token request after cancel");
    }
}
