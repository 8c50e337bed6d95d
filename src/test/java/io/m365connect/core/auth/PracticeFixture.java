package io.m365connect.core.auth;

import io.m365connect.core.common.Cancellation;
import io.m365connect.core.diagnose.ErrorCatalog;
import io.m365connect.core.net.HttpSettings;
import io.m365connect.core.practice.PracticeTenant;
import io.m365connect.sandbox.EmulatorPracticeTenant;
import io.m365connect.sandbox.TenantDefinition;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The practice tenant (our Entra ID emulator on loopback HTTPS) for token tests, with settings that trust its
 * CA. Each test registers its own copy of a demo app under a new client ID, because MSAL4J keeps static
 * per-JVM caches keyed by client.
 */
final class PracticeFixture implements AutoCloseable, AfterAllCallback {
    final EmulatorPracticeTenant tenant = new EmulatorPracticeTenant();
    final Path dir;
    final HttpSettings http;

    /**
     * Started once per test class ({@code @RegisterExtension static final}); stopped after the class's last
     * test.
     */
    static PracticeFixture started() {
        try {
            return new PracticeFixture();
        } catch (Exception e) {
            throw new IllegalStateException("the practice tenant did not start", e);
        }
    }

    private PracticeFixture() throws Exception {
        dir = Files.createTempDirectory("tokens-practice");
        tenant.start(0, dir);
        http = HttpSettings.defaults().withTrustedCas(List.of(tenant.caCertificate()))
                .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(10));
    }

    MsalTokenService service(BrowserOpener browser) {
        return new MsalTokenService(ErrorCatalog.loadBuiltIn(), browser, Duration.ofSeconds(30));
    }

    MsalTokenService service() {
        return service(url -> {
            throw new java.io.IOException("no browser in this test");
        });
    }

    /** A fresh copy of the demo app for {@code recipe}, changed by {@code change}; returns its client ID. */
    String cloneApp(String recipe, UnaryOperator<TenantDefinition.App> change) {
        String clientId = UUID.randomUUID().toString();
        tenant.change(t -> {
            TenantDefinition.App a = t.apps().stream().filter(x -> recipe.equals(x.recipe())).findFirst()
                    .orElseThrow();
            return t.plusApp(change.apply(new TenantDefinition.App(a.displayName(), clientId,
                    UUID.randomUUID().toString(), a.recipe(), a.publicClient(), a.secrets(), a.demoCertificate(),
                    a.certificates(), a.redirectUris(), a.consented(), a.grants(), a.directoryRoles())));
        });
        return clientId;
    }

    String cloneApp(String recipe) {
        return cloneApp(recipe, a -> a);
    }

    PracticeTenant.DemoCredential demo(String recipe) {
        return tenant.demoCredentials().stream().filter(d -> recipe.equals(d.recipeId())).findFirst().orElseThrow();
    }

    TokenRequest request(String clientId, Credential credential, String scope) {
        return new TokenRequest(tenant.cloud(), tenant.tenantId(), clientId, credential, List.of(scope), http, true);
    }

    TokenResult acquire(TokenRequest request) {
        tenant.clearRequestLog();
        return service().acquire(request, new Cancellation());
    }

    List<PracticeTenant.LoggedRequest> log() {
        return tenant.requestLog();
    }

    String graph() {
        return tenant.cloud().graph().defaultScope();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    @Override
    public void close() {
        tenant.stop();
    }
}
