package io.m365connect.core.handoff;

import io.m365connect.core.common.Secret;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * A password for a PFX when the person chose none: 24 characters (about 138 bits) from letters and digits without
 * the look-alikes 0/O, 1/l/I, so it can be read out over the phone and typed into a Windows import dialog.
 */
public final class PfxPasswords {
    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789".toCharArray();
    private static final int LENGTH = 24;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PfxPasswords() {
    }

    /** Groups of four joined by '-', e.g. {@code aB3d-Ef5h-…}: easier to read out, still 24 random characters. */
    public static Secret generate() {
        char[] out = new char[LENGTH + LENGTH / 4 - 1];
        int o = 0;
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                out[o++] = '-';
            }
            out[o++] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        Secret s = Secret.of(out);
        Arrays.fill(out, '\0');
        return s;
    }
}
