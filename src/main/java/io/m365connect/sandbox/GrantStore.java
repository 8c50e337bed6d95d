package io.m365connect.sandbox;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Authorization codes, device codes and refresh tokens the tenant handed out, by their opaque values. */
final class GrantStore {
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What a sign-in established: who, for which app, and the scopes asked for at /authorize. */
    record SignedIn(String clientId, String upn, List<String> scopes) { }

    record AuthCode(SignedIn who, String redirectUri, String challenge, String challengeMethod, String nonce,
                    Instant expires) { }

    /** A pending device sign-in; {@code upn} is set once someone approved it on the verification page. */
    record DeviceCode(String clientId, String userCode, List<String> scopes, Instant expires, String upn) {
        DeviceCode approvedBy(String user) {
            return new DeviceCode(clientId, userCode, scopes, expires, user);
        }
    }

    private final Map<String, AuthCode> codes = new ConcurrentHashMap<>();
    private final Map<String, DeviceCode> deviceCodes = new ConcurrentHashMap<>();
    private final Map<String, SignedIn> refreshTokens = new ConcurrentHashMap<>();

    String newAuthCode(AuthCode code) {
        String value = "0.practice." + opaque(48);
        codes.put(value, code);
        return value;
    }

    /** Takes a code out: a code works once. */
    Optional<AuthCode> redeemAuthCode(String value) {
        return Optional.ofNullable(codes.remove(value));
    }

    String newDeviceCode(DeviceCode code) {
        String value = "DAQABAAEAAAD." + opaque(48);
        deviceCodes.put(value, code);
        return value;
    }

    Optional<DeviceCode> deviceCode(String value) {
        return Optional.ofNullable(deviceCodes.get(value));
    }

    void removeDeviceCode(String value) {
        deviceCodes.remove(value);
    }

    /** Approves the pending device sign-in with this user code; false when no such code is pending. */
    boolean approveDeviceCode(String userCode, String upn) {
        String wanted = userCode.trim().toUpperCase(Locale.ROOT);
        for (Map.Entry<String, DeviceCode> e : deviceCodes.entrySet()) {
            if (e.getValue().userCode().equals(wanted) && e.getValue().upn() == null) {
                deviceCodes.put(e.getKey(), e.getValue().approvedBy(upn));
                return true;
            }
        }
        return false;
    }

    Optional<DeviceCode> pendingDeviceCode(String userCode) {
        String wanted = userCode.trim().toUpperCase(Locale.ROOT);
        return deviceCodes.values().stream().filter(d -> d.userCode().equals(wanted) && d.upn() == null).findFirst();
    }

    String newRefreshToken(SignedIn who) {
        String value = "1.practice." + opaque(64);
        refreshTokens.put(value, who);
        return value;
    }

    /** Refresh tokens rotate: the old one stops working when a new one is issued. */
    Optional<SignedIn> redeemRefreshToken(String value) {
        return Optional.ofNullable(refreshTokens.remove(value));
    }

    /** Revokes every refresh token of a user (as "Revoke sessions" does); used by faults. */
    void revokeUser(String upn) {
        refreshTokens.values().removeIf(s -> s.upn() != null && s.upn().equalsIgnoreCase(upn));
    }

    static String opaque(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    static String userCode() {
        String letters = "BCDFGHJKLMNPQRSTVWXZ23456789";
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 9; i++) {
            b.append(letters.charAt(RANDOM.nextInt(letters.length())));
        }
        return b.toString();
    }
}
