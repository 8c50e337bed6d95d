package io.m365connect.sandbox;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The tenant's token-signing key, made at start; published as a JWKS on the keys endpoint. */
final class SigningKey {
    private final KeyPair keys;
    private final String kid;

    SigningKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            this.keys = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA is not available", e);
        }
        this.kid = UUID.randomUUID().toString().replace("-", "").substring(0, 20);
    }

    String kid() {
        return kid;
    }

    RSAPublicKey publicKey() {
        return (RSAPublicKey) keys.getPublic();
    }

    String sign(Map<String, Object> claims) {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("typ", "JWT");
        header.put("alg", "RS256");
        // Entra puts the same key id into both x5t and kid.
        header.put("x5t", kid);
        header.put("kid", kid);
        return Jwt.signRs256(header, claims, keys.getPrivate());
    }

    /** {@code {"keys":[{kty,use,kid,x5t,n,e}]}} as the discovery/v2.0/keys endpoint answers. */
    Map<String, Object> jwks(String issuer) {
        Map<String, Object> key = new LinkedHashMap<>();
        key.put("kty", "RSA");
        key.put("use", "sig");
        key.put("kid", kid);
        key.put("x5t", kid);
        key.put("n", Jwt.base64Url(unsigned(publicKey().getModulus())));
        key.put("e", Jwt.base64Url(unsigned(publicKey().getPublicExponent())));
        key.put("issuer", issuer);
        return Map.of("keys", List.of(key));
    }

    private static byte[] unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        return bytes.length > 1 && bytes[0] == 0 ? Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }
}
