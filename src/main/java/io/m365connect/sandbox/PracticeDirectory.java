package io.m365connect.sandbox;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

/**
 * The live state of the practice tenant: its definition (faults swap in a changed copy), the demo certificate,
 * the token-signing key, the clock, and the one-time things Entra remembers (assertion ids, codes, refresh tokens).
 */
final class PracticeDirectory {
    /** Entra tolerates this much clock difference on assertion times. */
    static final java.time.Duration SKEW = java.time.Duration.ofMinutes(5);

    private final TenantDefinition original;
    private final AtomicReference<TenantDefinition> current;
    private final X509Certificate demoCertificate;
    private final SigningKey signingKey;
    private final Map<String, Instant> usedAssertionIds = new ConcurrentHashMap<>();
    private final GrantStore grants = new GrantStore();
    private volatile Clock clock = Clock.systemUTC();
    private volatile String authority = "https://127.0.0.1";

    PracticeDirectory(TenantDefinition tenant, X509Certificate demoCertificate, SigningKey signingKey) {
        this.signingKey = signingKey;
        this.original = tenant;
        this.current = new AtomicReference<>(tenant);
        this.demoCertificate = demoCertificate;
    }

    TenantDefinition tenant() {
        return current.get();
    }

    void change(UnaryOperator<TenantDefinition> change) {
        current.updateAndGet(change);
    }

    void reset() {
        current.set(original);
    }

    SigningKey signingKey() {
        return signingKey;
    }

    GrantStore grants() {
        return grants;
    }

    Instant now() {
        return clock.instant();
    }

    void useClock(Clock c) {
        this.clock = c;
    }

    String authority() {
        return authority;
    }

    void setAuthority(String authority) {
        this.authority = authority;
    }

    /** The v1 issuer that Entra puts into tokens for Graph, Exchange Online and the Management API. */
    String v1Issuer() {
        return "https://sts.windows.net/" + tenant().tenantId() + "/";
    }

    /** The v2 issuer: in ID tokens and the OpenID configuration. */
    String v2Issuer() {
        return authority + "/" + tenant().tenantId() + "/v2.0";
    }

    /**
     * The tenant a path segment names. {@code common} and {@code organizations} resolve later from the user,
     * so they come back empty; anything else unknown is refused as Entra does.
     */
    Optional<TenantDefinition> resolve(String segment) {
        String s = segment.toLowerCase(Locale.ROOT);
        if (s.equals("common") || s.equals("organizations")) {
            return Optional.empty();
        }
        TenantDefinition t = tenant();
        if (t.isNamedBy(segment)) {
            return Optional.of(t);
        }
        if (!segment.matches("[A-Za-z0-9.-]+")) {
            throw EntraError.tenantMalformed(segment);
        }
        throw EntraError.tenantNotFound(segment);
    }

    /** The certificates registered on an app: the demo certificate if it uses it, plus its PEM certificates. */
    List<X509Certificate> certificates(TenantDefinition.App app) {
        List<X509Certificate> list = new ArrayList<>();
        if (app.demoCertificate() && demoCertificate != null) {
            list.add(demoCertificate);
        }
        for (String pem : app.certificates()) {
            list.add(parsePem(pem));
        }
        return list;
    }

    static X509Certificate parsePem(String pem) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
        } catch (CertificateException e) {
            throw new IllegalArgumentException("a registered certificate is not a PEM X.509 certificate", e);
        }
    }

    /** Records a client assertion id; false when it was already used and has not yet expired. */
    boolean firstUseOfAssertion(String jti, Instant expires) {
        Instant now = now();
        usedAssertionIds.values().removeIf(exp -> exp.plus(SKEW).isBefore(now));
        return usedAssertionIds.putIfAbsent(jti, expires) == null;
    }
}
