package io.m365connect.core.cert;

/** How a private key is written as PEM. */
public enum KeyFormat {
    /** {@code BEGIN PRIVATE KEY}: what {@code openssl rsa} prints in OpenSSL 3, and what Blink's form takes. */
    PKCS8("pkcs8"),
    /** {@code BEGIN RSA PRIVATE KEY}: the older form some tools still want. */
    PKCS1("pkcs1"),
    /** {@code BEGIN ENCRYPTED PRIVATE KEY}: PKCS#8 under AES-256-CBC with PBKDF2-HMAC-SHA256. */
    ENCRYPTED("encrypted");

    private final String id;

    KeyFormat(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
