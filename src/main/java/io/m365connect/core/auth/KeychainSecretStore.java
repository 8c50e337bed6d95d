package io.m365connect.core.auth;

import com.microsoft.aad.msal4jextensions.persistence.CacheFileAccessor;
import com.microsoft.aad.msal4jextensions.persistence.ICacheAccessor;
import com.microsoft.aad.msal4jextensions.persistence.linux.KeyRingAccessor;
import com.microsoft.aad.msal4jextensions.persistence.mac.KeyChainAccessor;
import io.m365connect.core.common.Log;
import io.m365connect.core.common.Problem;
import io.m365connect.core.common.ProblemException;
import io.m365connect.core.common.Secret;
import io.m365connect.core.profile.SecretStore;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Remembers secrets in the OS keychain through MSAL4J's persistence extension: libsecret (GNOME Keyring, KWallet
 * through the Secret Service) on Linux, the login Keychain on macOS, and on Windows the user's data protection
 * (DPAPI): the value is encrypted with a key only that Windows account holds and kept as the encrypted blob under
 * the app's home, as MSAL's own token cache is there. Availability is probed once with a write, read and delete of
 * a test entry.
 */
public final class KeychainSecretStore implements SecretStore {
    static final String SCHEMA = "io.m365connect.Secret";
    static final String SERVICE = "M365 Connect";
    private static final Log LOG = Log.of(KeychainSecretStore.class);

    /** How long a caller waits for the first answer of the keychain before it is told to try later. */
    static final Duration PROBE_WAIT = Duration.ofSeconds(15);
    /** One daemon thread for the probe: a keychain that waits for a prompt blocks in native code. */
    private static final ExecutorService PROBES = Executors.newSingleThreadExecutor(r -> {
        Thread t = Executors.defaultThreadFactory().newThread(r);
        t.setName("m365connect-keychain-probe");
        t.setDaemon(true);
        return t;
    });

    private final String os;
    /** The extension touches this (empty) file after each write so other processes notice; it holds no secret. */
    private final Path changeMarker;
    private final Supplier<Availability> probe;
    private final Duration wait;
    private CompletableFuture<Availability> probing;

    public KeychainSecretStore(Path appHome) {
        this(appHome, System.getProperty("os.name", ""));
    }

    KeychainSecretStore(Path appHome, String osName) {
        this.os = osName.toLowerCase(Locale.ROOT);
        this.changeMarker = appHome.resolve("keychain.changed");
        this.probe = this::probe;
        this.wait = PROBE_WAIT;
    }

    /** For tests: a probe of their own and how long to wait for it. */
    KeychainSecretStore(Path appHome, Supplier<Availability> probe, Duration wait) {
        this.os = "linux";
        this.changeMarker = appHome.resolve("keychain.changed");
        this.probe = probe;
        this.wait = wait;
    }

    /**
     * Probed once, by one thread however many ask. A keychain that wants to be unlocked or created first (GNOME
     * Keyring shows a prompt; with no screen to show it on, it waits forever) blocks the probe: after
     * {@link #PROBE_WAIT} the caller is told so, and a later call gets the answer once the prompt was answered.
     */
    @Override
    public Availability availability() {
        CompletableFuture<Availability> answer;
        synchronized (this) {
            if (probing == null) {
                probing = CompletableFuture.supplyAsync(probe, PROBES);
            }
            answer = probing;
        }
        try {
            return answer.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            LOG.info("The keychain has not answered within " + wait.toSeconds() + " s");
            return new Unavailable("The system keychain did not answer within " + wait.toSeconds() + " s; it may be "
                    + "waiting for you to unlock it or to create a keyring. Open this page again once it is unlocked.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Unavailable("Looking for the system keychain was interrupted.");
        } catch (ExecutionException e) {
            return new Unavailable("The system keychain could not be reached (" + e.getCause() + ").");
        }
    }

    private Availability probe() {
        if (!os.contains("win") && !os.contains("linux") && !os.contains("mac")) {
            return new Unavailable("No supported keychain on " + os + ".");
        }
        try {
            Files.createDirectories(changeMarker.getParent());
            if (!Files.exists(changeMarker)) {
                Files.createFile(changeMarker);
            }
            if (os.contains("win")) {
                Files.createDirectories(changeMarker.resolveSibling("secrets"));
            }
            Key probe = new Key("probe", "availability");
            ICacheAccessor accessor = accessor(probe);
            byte[] sample = "probe".getBytes(StandardCharsets.UTF_8);
            accessor.write(sample);
            byte[] back = accessor.read();
            accessor.delete();
            if (!Arrays.equals(sample, back)) {
                return new Unavailable("The keychain did not give back what was stored in it.");
            }
            return new Available(os.contains("mac") ? "the macOS Keychain" : os.contains("win")
                    ? "Windows data protection (DPAPI) for your account" : "the Secret Service (GNOME Keyring or KWallet)");
        } catch (IOException | RuntimeException | Error e) {
            // libsecret without a bus fails inside the extension's JNA error struct with a java.lang.Error.
            LOG.info("No keychain: " + e);
            return new Unavailable(os.contains("mac") || os.contains("win")
                    ? "The system's secret store cannot be reached (" + e.getMessage() + ")."
                    : "No Secret Service (GNOME Keyring or KWallet) is running in this session, so there is nowhere "
                    + "safe to keep a secret; it is not written to a file instead.");
        }
    }

    private ICacheAccessor accessor(Key key) {
        String marker = changeMarker.toString();
        if (os.contains("mac")) {
            return new KeyChainAccessor(marker, SERVICE, key.kind() + ":" + key.id());
        }
        if (os.contains("win")) {
            // CacheFileAccessor encrypts with DPAPI on Windows only; it is never chosen elsewhere.
            return new CacheFileAccessor(changeMarker.resolveSibling("secrets").resolve(entryName(key)).toString());
        }
        return new KeyRingAccessor(marker, "default", SCHEMA, key.label(), "kind", key.kind(), "id", key.id());
    }

    @Override
    public void remember(Key key, Secret value) throws ProblemException {
        requireAvailable();
        byte[] bytes = utf8(value);
        try {
            accessor(key).write(bytes);
        } catch (RuntimeException | Error e) {
            throw failed("could not be stored in the keychain", e);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    @Override
    public Optional<Secret> recall(Key key) throws ProblemException {
        if (!isAvailable()) {
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = accessor(key).read();
        } catch (RuntimeException | Error e) {
            throw failed("could not be read from the keychain", e);
        }
        if (bytes == null || bytes.length == 0) {
            return Optional.empty();
        }
        CharBuffer chars = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(bytes));
        char[] array = Arrays.copyOf(chars.array(), chars.limit());
        Arrays.fill(chars.array(), '\0');
        Arrays.fill(bytes, (byte) 0);
        Secret secret = Secret.of(array);
        Arrays.fill(array, '\0');
        return Optional.of(secret);
    }

    @Override
    public void forget(Key key) throws ProblemException {
        if (!isAvailable()) {
            return;
        }
        try {
            accessor(key).delete();
        } catch (RuntimeException | Error e) {
            throw failed("could not be removed from the keychain", e);
        }
    }

    static String entryName(Key key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((key.kind() + "\n" + key.id()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16) + ".dpapi";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private void requireAvailable() throws ProblemException {
        if (availability() instanceof Unavailable u) {
            throw new ProblemException(Problem.of("The secret cannot be remembered on this computer.",
                    "Type it each time, or keep it in your password manager.", u.reason().replaceAll("\\.$", "")));
        }
    }

    private static byte[] utf8(Secret value) {
        char[] chars = value.chars();
        ByteBuffer buffer = StandardCharsets.UTF_8.encode(CharBuffer.wrap(chars));
        Arrays.fill(chars, '\0');
        byte[] bytes = Arrays.copyOf(buffer.array(), buffer.limit());
        Arrays.fill(buffer.array(), (byte) 0);
        return bytes;
    }

    private static ProblemException failed(String what, Throwable e) {
        // The extension's messages name the keyring domain and code, never the value.
        LOG.warn("Keychain: " + what, e);
        return new ProblemException(Problem.of("The secret " + what + ".",
                "Unlock your keychain (log in again) and retry, or type the secret each time.",
                "the keychain is locked", "the keychain service stopped"), e);
    }

}
