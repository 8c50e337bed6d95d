package io.m365connect.core.common;

import java.util.Arrays;
import java.util.function.Function;

/**
 * A secret value (client secret, password) held as characters that can be wiped.
 * {@link #toString()} never shows the value; only {@link #reveal(Function)} hands it out, briefly.
 */
public final class Secret implements AutoCloseable {
    private char[] value;

    private Secret(char[] value) {
        this.value = value;
    }

    /** Takes a copy of the characters; the caller may wipe its own array. */
    public static Secret of(char[] value) {
        return new Secret(value == null ? new char[0] : value.clone());
    }

    public static Secret of(String value) {
        return new Secret(value == null ? new char[0] : value.toCharArray());
    }

    public static Secret empty() {
        return new Secret(new char[0]);
    }

    public boolean isEmpty() {
        return value == null || value.length == 0;
    }

    public int length() {
        return value == null ? 0 : value.length;
    }

    /** A copy of the characters; the caller wipes it when done. */
    public char[] chars() {
        if (value == null) {
            throw new IllegalStateException("secret was wiped");
        }
        return value.clone();
    }

    /** Lends the value as a String for APIs that need one (HTTP forms, MSAL). */
    public <T> T reveal(Function<String, T> use) {
        return use.apply(new String(chars()));
    }

    public Secret copy() {
        return of(chars());
    }

    public void wipe() {
        if (value != null) {
            Arrays.fill(value, '\0');
            value = null;
        }
    }

    @Override
    public void close() {
        wipe();
    }

    @Override
    public String toString() {
        return "Secret[redacted]";
    }
}
