package io.m365connect.sandbox;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A compact JWS (header.claims.signature): signing with RS256 and reading one back without trusting it. */
record Jwt(Map<String, Object> header, Map<String, Object> claims, String signingInput, byte[] signature) {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() { };
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    /** Splits and decodes a JWT; empty when it is not three base64url parts of JSON. */
    static Optional<Jwt> parse(String compact) {
        if (compact == null) {
            return Optional.empty();
        }
        String[] parts = compact.trim().split("\\.", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            Base64.Decoder dec = Base64.getUrlDecoder();
            Map<String, Object> header = JSON.readValue(dec.decode(parts[0]), MAP);
            Map<String, Object> claims = JSON.readValue(dec.decode(parts[1]), MAP);
            return Optional.of(new Jwt(header, claims, parts[0] + "." + parts[1], dec.decode(parts[2])));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static String signRs256(Map<String, Object> header, Map<String, Object> claims, PrivateKey key) {
        try {
            String input = URL.encodeToString(JSON.writeValueAsBytes(header)) + "."
                    + URL.encodeToString(JSON.writeValueAsBytes(claims));
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(key);
            rsa.update(input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + URL.encodeToString(rsa.sign());
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("could not sign a token", e);
        }
    }

    boolean verifiesWith(PublicKey key) {
        if (!"RS256".equals(header.get("alg"))) {
            return false;
        }
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initVerify(key);
            rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return rsa.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    Optional<String> headerText(String name) {
        Object v = header.get(name);
        return v instanceof String s ? Optional.of(s) : Optional.empty();
    }

    Optional<String> text(String claim) {
        Object v = claims.get(claim);
        return v instanceof String s ? Optional.of(s) : Optional.empty();
    }

    /** A NumericDate claim (seconds since the epoch), if present and a number. */
    Optional<Long> seconds(String claim) {
        Object v = claims.get(claim);
        return v instanceof Number n ? Optional.of(n.longValue()) : Optional.empty();
    }

    static String base64Url(byte[] bytes) {
        return URL.encodeToString(bytes);
    }
}
