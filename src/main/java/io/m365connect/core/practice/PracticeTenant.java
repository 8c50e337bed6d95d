package io.m365connect.core.practice;

import io.m365connect.core.tenant.Cloud;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * A Microsoft-like tenant running on this machine (the emulator), for practice runs and tests.
 * The ui and cli reach it only through this interface; {@code sandbox} implements it and {@code app} wires it.
 */
public interface PracticeTenant extends AutoCloseable {

    /** Starts the servers on loopback ({@code port} 0 = any free port) and writes the cloud file and CA. */
    void start(int port, Path workDir) throws Exception;

    void stop();

    boolean isRunning();

    /** The practice tenant's directory (tenant) ID. */
    String tenantId();

    /** {@code {cloud authority}/{tenant ID}}: what a token client takes as its authority. */
    default String authority() {
        return cloud().tenantAuthority(tenantId());
    }

    /** The custom cloud pointing every service at this tenant. */
    Cloud cloud();

    Path cloudFile();

    Path caFile();

    X509Certificate caCertificate();

    /** The demo tenant's identifiers and credentials, one per recipe, for the person to try. */
    List<DemoCredential> demoCredentials();

    /** Named faults a person can provoke ("make the secret expire", "remove consent" …). */
    List<PracticeFault> faults();

    void apply(PracticeFault fault);

    /** Undo every provoked fault. */
    void reset();

    /** Every request seen, in order; tests and benchmarks count round trips with it. */
    List<LoggedRequest> requestLog();

    void clearRequestLog();

    @Override
    default void close() {
        stop();
    }

    /** One request the emulator answered: method, path, OAuth grant type if any, HTTP status. */
    record LoggedRequest(String method, String path, String grantType, int status) { }

    /** A fault that can be provoked in the practice tenant. */
    record PracticeFault(String id, String description) { }

    /**
     * Demo values for one recipe. {@code secret} and {@code password} are practice values only, shown to the
     * person on purpose so they can try the wizard; they never belong to a real tenant.
     */
    record DemoCredential(String recipeId, String tenantId, String tenantDomain, String clientId,
                          String secret, Path certificateFile, String certificatePassword,
                          String username, String password) { }
}
