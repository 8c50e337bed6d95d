package io.m365connect.sandbox;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How a client proves who it is at the token endpoint, checked as Entra checks it: a secret's value and expiry,
 * or a client assertion's signature against a registered certificate (found by {@code x5t#S256} or {@code x5t}),
 * its {@code aud} (the token URL), {@code iss}/{@code sub}, its time range and a never-reused {@code jti}.
 */
final class ClientAuthenticator {
    static final String JWT_BEARER = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

    /** The token claim {@code appidacr}: 0 public client, 1 client secret, 2 certificate. */
    enum Method {
        PUBLIC("0"), SECRET("1"), CERTIFICATE("2");

        final String acr;

        Method(String acr) {
            this.acr = acr;
        }
    }

    private final PracticeDirectory directory;

    ClientAuthenticator(PracticeDirectory directory) {
        this.directory = directory;
    }

    /**
     * Checks the credential the request carries. Without one the client counts as public, which only an app
     * that allows public client flows may be ({@code publicAllowed}); otherwise AADSTS7000218.
     */
    Method authenticate(Request request, TenantDefinition.App app, boolean publicAllowed) {
        Optional<String> secret = request.param("client_secret").or(() -> basicSecret(request, app));
        Optional<String> assertion = request.param("client_assertion");
        if (secret.isPresent()) {
            return checkSecret(secret.get(), app);
        }
        if (assertion.isPresent()) {
            if (!request.param("client_assertion_type").map(JWT_BEARER::equals).orElse(false)) {
                throw EntraError.missingParameter("client_assertion_type");
            }
            return checkAssertion(assertion.get(), app, request);
        }
        if (publicAllowed) {
            return Method.PUBLIC;
        }
        throw EntraError.credentialMissing();
    }

    /** {@code client_secret_basic}: the secret in an Authorization: Basic header, as the OpenID configuration offers. */
    private static Optional<String> basicSecret(Request request, TenantDefinition.App app) {
        return request.header("authorization").filter(h -> h.regionMatches(true, 0, "Basic ", 0, 6))
                .flatMap(h -> decodeAnyBase64(h.substring(6)))
                .map(bytes -> new String(bytes, java.nio.charset.StandardCharsets.UTF_8))
                .filter(pair -> pair.indexOf(':') > 0)
                .filter(pair -> java.net.URLDecoder.decode(pair.substring(0, pair.indexOf(':')),
                        java.nio.charset.StandardCharsets.UTF_8).equalsIgnoreCase(app.clientId()))
                .map(pair -> java.net.URLDecoder.decode(pair.substring(pair.indexOf(':') + 1),
                        java.nio.charset.StandardCharsets.UTF_8));
    }

    private Method checkSecret(String value, TenantDefinition.App app) {
        for (TenantDefinition.ClientSecret s : app.secrets()) {
            if (MessageDigest.isEqual(s.value().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    value.getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
                if (!s.expires().isAfter(directory.now())) {
                    throw EntraError.secretExpired(app.clientId());
                }
                return Method.SECRET;
            }
        }
        throw EntraError.invalidSecret(app.clientId());
    }

    private Method checkAssertion(String compact, TenantDefinition.App app, Request request) {
        Jwt jwt = Jwt.parse(compact).orElseThrow(() ->
                EntraError.assertionSignatureInvalid("The client assertion is not a well-formed JWT."));
        byte[] thumbprint = thumbprint(jwt).orElseThrow(() -> EntraError.assertionSignatureInvalid(
                "The client assertion header names no certificate: it needs x5t#S256 or x5t."));
        boolean sha256 = thumbprint.length == 32;
        X509Certificate cert = findCertificate(app, thumbprint, sha256).orElseThrow(() ->
                EntraError.certificateNotRegistered(HexFormat.of().withUpperCase().formatHex(thumbprint),
                        app.clientId()));
        if (cert.getPublicKey() instanceof RSAPublicKey rsa && rsa.getModulus().bitLength() < 2048) {
            throw EntraError.assertionSignatureInvalid("RSA key size " + rsa.getModulus().bitLength()
                    + " is less than the minimum required 2048 bits");
        }
        if (!jwt.verifiesWith(cert.getPublicKey())) {
            throw EntraError.assertionSignatureInvalid("The key was found but use of the key to verify the "
                    + "signature failed., Thumbprint of key used by client: '"
                    + HexFormat.of().withUpperCase().formatHex(thumbprint) + "'");
        }
        if (!audienceIsThisTokenEndpoint(jwt)) {
            throw EntraError.assertionAudience();
        }
        if (!jwt.text("iss").map(app.clientId()::equalsIgnoreCase).orElse(false)
                || !jwt.text("sub").map(app.clientId()::equalsIgnoreCase).orElse(false)) {
            throw EntraError.assertionSubject();
        }
        checkTimes(jwt);
        String jti = jwt.text("jti").orElseThrow(() -> EntraError.missingParameter("jti"));
        Instant exp = Instant.ofEpochSecond(jwt.seconds("exp").orElse(0L));
        if (!directory.firstUseOfAssertion(app.clientId() + "/" + jti, exp)) {
            throw EntraError.assertionReplayed();
        }
        return Method.CERTIFICATE;
    }

    private void checkTimes(Jwt jwt) {
        Instant now = directory.now();
        Optional<Long> exp = jwt.seconds("exp");
        Instant nbf = Instant.ofEpochSecond(jwt.seconds("nbf").orElse(jwt.seconds("iat").orElse(0L)));
        Instant expires = Instant.ofEpochSecond(exp.orElse(0L));
        if (exp.isEmpty() || now.isAfter(expires.plus(PracticeDirectory.SKEW))
                || now.isBefore(nbf.minus(PracticeDirectory.SKEW))) {
            throw EntraError.assertionOutOfTime(now, nbf, expires);
        }
    }

    /** The assertion's aud must be this tenant's token URL (v2 or v1), naming the tenant by GUID or domain. */
    private boolean audienceIsThisTokenEndpoint(Jwt jwt) {
        Object aud = jwt.claims().get("aud");
        List<?> values = aud instanceof List<?> l ? l : aud == null ? List.of() : List.of(aud);
        TenantDefinition t = directory.tenant();
        for (Object v : values) {
            String s = TenantDefinition.stripSlash(String.valueOf(v));
            String prefix = directory.authority() + "/";
            if (!s.regionMatches(true, 0, prefix, 0, prefix.length())) {
                continue;
            }
            String rest = s.substring(prefix.length());
            int slash = rest.indexOf('/');
            if (slash > 0 && t.isNamedBy(rest.substring(0, slash))) {
                String tail = rest.substring(slash).toLowerCase(Locale.ROOT);
                if (tail.equals("/oauth2/v2.0/token") || tail.equals("/oauth2/token")) {
                    return true;
                }
            }
        }
        return false;
    }

    private Optional<X509Certificate> findCertificate(TenantDefinition.App app, byte[] thumbprint, boolean sha256) {
        for (X509Certificate c : directory.certificates(app)) {
            if (Arrays.equals(digest(c, sha256 ? "SHA-256" : "SHA-1"), thumbprint)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** {@code x5t#S256} first (current Entra guidance), else the SHA-1 {@code x5t}; either base64 flavour. */
    private static Optional<byte[]> thumbprint(Jwt jwt) {
        Optional<String> value = jwt.headerText("x5t#S256").or(() -> jwt.headerText("x5t"));
        return value.flatMap(ClientAuthenticator::decodeAnyBase64);
    }

    static Optional<byte[]> decodeAnyBase64(String text) {
        String s = text.trim().replace('-', '+').replace('_', '/').replace("=", "");
        if (s.length() % 4 == 1) {
            return Optional.empty();
        }
        try {
            return Optional.of(Base64.getDecoder().decode(s + "==".substring(0, (4 - s.length() % 4) % 4)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static byte[] digest(X509Certificate cert, String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm).digest(cert.getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is not available", e);
        }
    }

    static String sha1Hex(X509Certificate cert) {
        return HexFormat.of().withUpperCase().formatHex(digest(cert, "SHA-1"));
    }
}
