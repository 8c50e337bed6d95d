package io.m365connect.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** RFC 7636: the code verifier must hash (S256) or equal (plain) the challenge sent to /authorize. */
final class Pkce {
    private Pkce() {
    }

    static boolean matches(String verifier, String challenge, String method) {
        String expected;
        if (method == null || method.equalsIgnoreCase("plain")) {
            expected = verifier;
        } else {
            try {
                expected = Jwt.base64Url(MessageDigest.getInstance("SHA-256")
                        .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is not available", e);
            }
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                challenge.getBytes(StandardCharsets.US_ASCII));
    }
}
