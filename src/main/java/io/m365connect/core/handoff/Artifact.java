package io.m365connect.core.handoff;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * One file of a hand-off, ready to write: its name in the chosen folder, its bytes, and whether it holds key
 * material or a secret (then it is written owner-only). {@link #toString()} never shows the content.
 */
public final class Artifact {
    private final String name;
    private final byte[] content;
    private final boolean privateFile;

    private Artifact(String name, byte[] content, boolean privateFile) {
        this.name = Objects.requireNonNull(name, "name");
        if (name.isBlank() || name.contains("/") || name.contains("\\") || name.equals("..") || name.equals(".")) {
            throw new IllegalArgumentException("an artifact name is a plain file name, not '" + name + "'");
        }
        this.content = content.clone();
        this.privateFile = privateFile;
    }

    public static Artifact publicFile(String name, byte[] content) {
        return new Artifact(name, content, false);
    }

    public static Artifact publicText(String name, String text) {
        return publicFile(name, text.getBytes(StandardCharsets.UTF_8));
    }

    public static Artifact privateFile(String name, byte[] content) {
        return new Artifact(name, content, true);
    }

    public String name() {
        return name;
    }

    public boolean isPrivate() {
        return privateFile;
    }

    public byte[] content() {
        return content.clone();
    }

    public int size() {
        return content.length;
    }

    /** Overwrites the bytes held in memory, once written. */
    public void wipe() {
        Arrays.fill(content, (byte) 0);
    }

    @Override
    public String toString() {
        return "Artifact[" + name + (privateFile ? ", private" : "") + ", " + content.length + " bytes]";
    }
}
