package io.m365connect.sandbox;

import io.m365connect.core.cert.PemText;
import io.m365connect.core.cert.SelfSignedFactory;
import io.m365connect.core.practice.PracticeTenant;
import io.m365connect.core.tenant.Cloud;
import io.m365connect.core.tenant.CloudCatalog;
import io.m365connect.core.tenant.ServiceEndpoint;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.UnaryOperator;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * The practice tenant: an Entra ID emulator plus Graph, Management Activity API and Exchange admin API
 * emulators on one loopback HTTPS port, with a CA of its own and a custom cloud file pointing at it.
 */
public final class EmulatorPracticeTenant implements PracticeTenant {
    static final String GRAPH_RESOURCE = "https://graph.microsoft.com";
    static final String MANAGEMENT_RESOURCE = "https://manage.office.com";
    static final String EXCHANGE_RESOURCE = "https://outlook.office365.com";

    private final TenantDefinition definition;
    private volatile EmulatorServer server = new EmulatorServer();
    private PracticeDirectory directory;
    private DeviceCodeEndpoints deviceCodes;
    private SelfSignedFactory.Issued ca;
    private Cloud cloud;
    private Path workDir;

    /** The built-in demo tenant, in which every recipe can succeed. */
    public EmulatorPracticeTenant() {
        this(TenantLoader.demo());
    }

    public EmulatorPracticeTenant(TenantDefinition definition) {
        this.definition = definition;
    }

    /** A tenant read from a JSON file of the demo tenant's shape. */
    public static EmulatorPracticeTenant fromFile(Path tenantFile) throws io.m365connect.core.common.ProblemException {
        return new EmulatorPracticeTenant(TenantLoader.read(tenantFile));
    }

    @Override
    public synchronized void start(int port, Path workDir) throws Exception {
        if (server.isRunning()) {
            throw new IllegalStateException("the practice tenant is already running");
        }
        this.workDir = workDir.toAbsolutePath();
        server = new EmulatorServer();
        ca = SelfSignedFactory.certificateAuthority("M365 Connect practice CA", Duration.ofDays(30));
        // The other three RSA keys do not depend on each other: make them side by side (this thread makes one).
        CompletableFuture<SelfSignedFactory.Issued> tlsKey = async(() -> SelfSignedFactory.tlsServer(ca, "localhost",
                List.of(), Duration.ofDays(30)));
        CompletableFuture<SelfSignedFactory.Issued> demoKey = async(() -> SelfSignedFactory.clientAuthentication(ca,
                "M365 Connect practice app", Duration.ofDays(30)));
        SigningKey signingKey = new SigningKey();
        SelfSignedFactory.Issued tls = join(tlsKey);
        SelfSignedFactory.Issued demo = join(demoKey);
        directory = new PracticeDirectory(definition, demo.certificate(), signingKey);
        deviceCodes = new DeviceCodeEndpoints(directory);
        PracticeRoutes.install(server, directory, deviceCodes);
        server.start(port, sslContext(tls));
        String base = "https://127.0.0.1:" + server.port();
        directory.setAuthority(base);
        cloud = new Cloud("practice", "Practice tenant (this computer)", base,
                new ServiceEndpoint(base, GRAPH_RESOURCE), new ServiceEndpoint(base, MANAGEMENT_RESOURCE),
                new ServiceEndpoint(base, EXCHANGE_RESOURCE), null, null, null, null, null);
        PracticeFiles.writePublic(cloudFile(), CloudCatalog.toJson(cloud).getBytes(StandardCharsets.UTF_8));
        PracticeFiles.writePublic(caFile(), PemText.certificate(ca.certificate()).getBytes(StandardCharsets.US_ASCII));
        PracticeFiles.writeDemoCredential(this.workDir, demo, ca);
    }

    private static <T> CompletableFuture<T> async(Callable<T> work) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return work.call();
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        });
    }

    private static <T> T join(CompletableFuture<T> future) throws Exception {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    private SSLContext sslContext(SelfSignedFactory.Issued tls) throws Exception {
        char[] pass = "in-memory".toCharArray();
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        ks.setKeyEntry("server", tls.keyPair().getPrivate(), pass,
                new Certificate[] {tls.certificate(), ca.certificate()});
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, pass);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(kmf.getKeyManagers(), null, null);
        return context;
    }

    @Override
    public synchronized void stop() {
        server.stop();
    }

    @Override
    public boolean isRunning() {
        return server.isRunning();
    }

    @Override
    public Cloud cloud() {
        return running(cloud);
    }

    @Override
    public Path cloudFile() {
        return running(workDir).resolve(PracticeFiles.CLOUD_FILE);
    }

    @Override
    public Path caFile() {
        return running(workDir).resolve(PracticeFiles.CA_FILE);
    }

    @Override
    public X509Certificate caCertificate() {
        return running(ca).certificate();
    }

    @Override
    public String tenantId() {
        return definition.tenantId();
    }

    @Override
    public List<DemoCredential> demoCredentials() {
        TenantDefinition t = running(directory).tenant();
        List<DemoCredential> list = new ArrayList<>();
        TenantDefinition.User admin = t.users().isEmpty() ? null : t.users().get(0);
        for (TenantDefinition.App app : definition.apps()) {
            boolean cert = app.demoCertificate();
            String secret = app.secrets().isEmpty() ? null : app.secrets().get(0).value();
            boolean userFlow = app.publicClient() || app.grants().stream().anyMatch(g -> !g.scopes().isEmpty());
            list.add(new DemoCredential(app.recipe(), t.tenantId(), t.initialDomain(), app.clientId(), secret,
                    cert ? workDir.resolve(PracticeFiles.DEMO_PFX) : null, cert ? PracticeFiles.DEMO_PFX_PASSWORD : null,
                    userFlow && admin != null ? admin.upn() : null, userFlow && admin != null ? admin.password() : null));
        }
        return list;
    }

    /**
     * What MSAL4J needs as {@code aadInstanceDiscoveryResponse} for this authority (with {@code
     * instanceDiscovery(false)}): {@code preferred_network} is the bare host (MSAL adds the port itself),
     * {@code preferred_cache} and the first alias are host:port. Any other combination makes MSAL send refreshes
     * to port 443 or fail with "Invalid host".
     */
    public String msalInstanceDiscovery() {
        java.net.URI base = java.net.URI.create(cloud().authority());
        String hostPort = base.getAuthority();
        String host = base.getHost();
        return "{\"tenant_discovery_endpoint\":\"" + cloud().authority() + "/" + tenantId()
                + "/v2.0/.well-known/openid-configuration\",\"api-version\":\"1.1\",\"metadata\":[{"
                + "\"preferred_network\":\"" + host + "\",\"preferred_cache\":\"" + hostPort + "\",\"aliases\":[\""
                + hostPort + "\",\"" + host + "\"]}]}";
    }

    /** A TLS context that trusts only this tenant's CA, for test clients (hostname checks stay on). */
    public SSLContext clientTrust() throws java.security.GeneralSecurityException, java.io.IOException {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        ks.setCertificateEntry("practice-ca", caCertificate());
        javax.net.ssl.TrustManagerFactory tmf = javax.net.ssl.TrustManagerFactory.getInstance("PKIX");
        tmf.init(ks);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, tmf.getTrustManagers(), null);
        return context;
    }

    /** The demo certificate in PEM and its key (owner-only), next to the PFX. */
    public Path demoCertificateFile() {
        return running(workDir).resolve(PracticeFiles.DEMO_CERT);
    }

    public Path demoKeyFile() {
        return running(workDir).resolve(PracticeFiles.DEMO_KEY);
    }

    @Override
    public List<PracticeFault> faults() {
        return PracticeFaults.ALL;
    }

    @Override
    public void apply(PracticeFault fault) {
        PracticeFaults.apply(fault, running(directory));
    }

    @Override
    public void reset() {
        running(directory).reset();
    }

    /** Changes the running tenant directly (tests register extra apps, certificates or users this way). */
    public void change(UnaryOperator<TenantDefinition> change) {
        running(directory).change(change);
    }

    /** Approves a pending device-code sign-in as this user, as the person would on the verification page. */
    public boolean approveDeviceCode(String userCode, String upn) {
        return running(directory).grants().approveDeviceCode(userCode, upn);
    }

    /** How long device-code clients wait between polls (Entra says 5 s; tests use 1). */
    public void deviceCodeInterval(int seconds) {
        running(deviceCodes).setInterval(seconds);
    }

    /** Lets tests move time (expired secrets, assertions and codes) without waiting. */
    public void useClock(Clock clock) {
        running(directory).useClock(clock);
    }

    /** The key that verifies every token this tenant signs (also published at discovery/v2.0/keys). */
    public java.security.interfaces.RSAPublicKey signingKey() {
        return running(directory).signingKey().publicKey();
    }

    @Override
    public List<LoggedRequest> requestLog() {
        return server.log();
    }

    @Override
    public void clearRequestLog() {
        server.clearLog();
    }

    private static <T> T running(T value) {
        if (value == null) {
            throw new IllegalStateException("the practice tenant has not been started");
        }
        return value;
    }
}
