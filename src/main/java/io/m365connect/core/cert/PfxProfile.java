package io.m365connect.core.cert;

/** The encryption a written PKCS#12 file uses. */
public enum PfxProfile {
    /** AES-256-CBC with PBKDF2-HMAC-SHA256 and a SHA-256 MAC, as openssl 3 and current Windows write. */
    MODERN,
    /** 3DES with a SHA-1 MAC: for Windows Server 2016 and older, and Java before 8u301. */
    LEGACY
}
