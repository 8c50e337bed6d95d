package io.m365connect.core.auth;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/** Unsigned JWTs with given claims, for decoding tests (the client never checks signatures). */
final class TestJwts {
    private TestJwts() {
    }

    static String jwt(Map<String, Object> claims) {
        try {
            Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
            String header = b64.encodeToString("{\"typ\":\"JWT\",\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8));
            String payload = b64.encodeToString(JsonMapper.builder().build().writeValueAsBytes(claims));
            return header + "." + payload + ".c2lnbmF0dXJl";
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
