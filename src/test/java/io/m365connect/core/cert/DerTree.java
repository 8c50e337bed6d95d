package io.m365connect.core.cert;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A loose DER tree for the fuzzer: parses what it can (definite lengths only), lets a mutation change one node,
 * and encodes it again with every enclosing length fixed, so a change reaches the parser's deeper layers
 * instead of failing at the outermost length.
 */
final class DerTree {
    final int tag;
    byte[] content;
    final List<DerTree> children;

    private DerTree(int tag, byte[] content, List<DerTree> children) {
        this.tag = tag;
        this.content = content;
        this.children = children;
    }

    static Optional<DerTree> parse(byte[] der) {
        int[] pos = {0};
        DerTree t = node(der, pos, 0);
        return t != null && pos[0] == der.length ? Optional.of(t) : Optional.empty();
    }

    private static DerTree node(byte[] b, int[] pos, int depth) {
        if (depth > 40 || pos[0] + 2 > b.length) {
            return null;
        }
        int tag = b[pos[0]++] & 0xff;
        if ((tag & 0x1f) == 0x1f) {
            return null;
        }
        int len = b[pos[0]++] & 0xff;
        if (len >= 0x80) {
            int n = len & 0x7f;
            if (n == 0 || n > 3 || pos[0] + n > b.length) {
                return null;
            }
            len = 0;
            for (int i = 0; i < n; i++) {
                len = (len << 8) | (b[pos[0]++] & 0xff);
            }
        }
        if (len < 0 || pos[0] + len > b.length) {
            return null;
        }
        byte[] content = java.util.Arrays.copyOfRange(b, pos[0], pos[0] + len);
        pos[0] += len;
        boolean constructed = (tag & 0x20) != 0;
        if (!constructed && tag != 0x04) {
            return new DerTree(tag, content, new ArrayList<>());
        }
        // OCTET STRINGs often wrap DER (PKCS#12 safe contents): descend when they parse.
        List<DerTree> kids = new ArrayList<>();
        int[] inner = {0};
        while (inner[0] < content.length) {
            DerTree kid = node(content, inner, depth + 1);
            if (kid == null) {
                return constructed ? null : new DerTree(tag, content, new ArrayList<>());
            }
            kids.add(kid);
        }
        return new DerTree(tag, null, kids);
    }

    void collect(List<DerTree> into) {
        into.add(this);
        for (DerTree c : children) {
            c.collect(into);
        }
    }

    byte[] encode() {
        byte[] body;
        if (content != null) {
            body = content;
        } else {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (DerTree c : children) {
                out.writeBytes(c.encode());
            }
            body = out.toByteArray();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + 6);
        out.write(tag);
        writeLength(out, body.length);
        out.writeBytes(body);
        return out.toByteArray();
    }

    static void writeLength(ByteArrayOutputStream out, int len) {
        if (len < 0x80) {
            out.write(len);
        } else if (len < 0x100) {
            out.write(0x81);
            out.write(len);
        } else if (len < 0x10000) {
            out.write(0x82);
            out.write(len >> 8);
            out.write(len);
        } else {
            out.write(0x83);
            out.write(len >> 16);
            out.write(len >> 8);
            out.write(len);
        }
    }

    /** Turns this node into a leaf with the given content (e.g. a huge INTEGER). */
    void replaceContent(byte[] newContent) {
        content = newContent;
        children.clear();
    }

    boolean isSmallInteger() {
        return tag == 0x02 && content != null && content.length <= 4 && content.length > 0;
    }
}
