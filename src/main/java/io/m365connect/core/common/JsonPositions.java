package io.m365connect.core.common;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Line numbers of every value in a JSON document, keyed by JSON path ({@code $.a[0].b}), so a problem found
 * after binding (an unknown permission name) can still point at its line. The index is built on the first
 * question: a document without problems (every built-in catalog, on every start) never needs it.
 */
public final class JsonPositions {
    private static final JsonFactory FACTORY = new JsonFactory();
    private final byte[] json;
    private Map<String, Integer> lines;

    private JsonPositions(byte[] json) {
        this.json = json;
    }

    /** Positions in a document that stays as it is; one that is not JSON yields no lines (binding reports that). */
    public static JsonPositions of(byte[] json) {
        return new JsonPositions(json);
    }

    /** The line of the value at {@code path}, or -1. */
    public synchronized int line(String path) {
        if (lines == null) {
            lines = index(json);
        }
        return lines.getOrDefault(path, -1);
    }

    private static Map<String, Integer> index(byte[] json) {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser p = FACTORY.createParser(json)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t != JsonToken.FIELD_NAME && t != JsonToken.END_OBJECT && t != JsonToken.END_ARRAY) {
                    lines.putIfAbsent(toPath(p.getParsingContext().pathAsPointer().toString()),
                            p.currentTokenLocation().getLineNr());
                }
            }
        } catch (IOException e) {
            return lines;
        }
        return lines;
    }

    private static String toPath(String pointer) {
        StringBuilder b = new StringBuilder("$");
        if (pointer.isEmpty()) {
            return b.toString();
        }
        for (String seg : pointer.substring(1).split("/", -1)) {
            String s = seg.replace("~1", "/").replace("~0", "~");
            if (!s.isEmpty() && s.chars().allMatch(Character::isDigit)) {
                b.append('[').append(s).append(']');
            } else {
                b.append('.').append(s);
            }
        }
        return b.toString();
    }
}
