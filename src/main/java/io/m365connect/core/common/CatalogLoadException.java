package io.m365connect.core.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.Optional;

/**
 * A data file (recipe, catalog, cloud file) that cannot be used: names the file, the JSON path of the
 * offending value and, where known, its line.
 */
public final class CatalogLoadException extends ProblemException {
    private final String file;
    private final String jsonPath;
    private final int line;

    public CatalogLoadException(String file, String jsonPath, int line, String what, Throwable cause) {
        super(Problem.of(where(file, jsonPath, line) + ": " + what,
                "Correct the file and load it again; names must match the catalogs under catalog/.",
                "a typing error in the file, or a name the catalogs do not know"), cause);
        this.file = file;
        this.jsonPath = jsonPath;
        this.line = line;
    }

    /** Turns Jackson's complaint (not JSON, unknown key, missing key, wrong value) into a load error. */
    public static CatalogLoadException fromJackson(String file, JsonProcessingException e, byte[] json) {
        String path = e instanceof JsonMappingException m ? pathOf(m) : "$";
        // Jackson reports where it stopped reading (for a record often the closing brace); the key's own line helps more.
        int line = JsonPositions.of(json).line(path);
        if (line < 0 || "$".equals(path)) {
            line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
        }
        return new CatalogLoadException(file, path, line, plain(e), e);
    }

    public String file() {
        return file;
    }

    /** {@code $.permissions[3].name} style. */
    public String jsonPath() {
        return jsonPath;
    }

    public Optional<Integer> line() {
        return line > 0 ? Optional.of(line) : Optional.empty();
    }

    private static String where(String file, String jsonPath, int line) {
        return file + " at " + jsonPath + (line > 0 ? " (line " + line + ")" : "");
    }

    static String pathOf(JsonMappingException m) {
        StringBuilder b = new StringBuilder("$");
        for (JsonMappingException.Reference r : m.getPath()) {
            if (r.getFieldName() != null) {
                b.append('.').append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            }
        }
        return b.toString();
    }

    private static String plain(JsonProcessingException e) {
        String msg = e.getOriginalMessage();
        if (e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException u) {
            return "unknown key '" + u.getPropertyName() + "'; known keys: " + u.getKnownPropertyIds();
        }
        if (msg != null && msg.startsWith("Missing required creator property")) {
            int q1 = msg.indexOf('\'');
            int q2 = msg.indexOf('\'', q1 + 1);
            return "missing required key '" + (q1 >= 0 && q2 > q1 ? msg.substring(q1 + 1, q2) : "?") + "'";
        }
        if (msg != null && msg.startsWith("Cannot map `null` into type") && e instanceof JsonMappingException m
                && !m.getPath().isEmpty() && m.getPath().get(m.getPath().size() - 1).getFieldName() != null) {
            return "missing required key '" + m.getPath().get(m.getPath().size() - 1).getFieldName() + "'";
        }
        if (e.getCause() instanceof IllegalArgumentException iae && iae.getMessage() != null) {
            return iae.getMessage();
        }
        if (e.getCause() instanceof NullPointerException npe && npe.getMessage() != null) {
            return "missing required key '" + npe.getMessage() + "'";
        }
        int nl = msg == null ? -1 : msg.indexOf('\n');
        return msg == null ? "not valid JSON" : nl < 0 ? msg : msg.substring(0, nl);
    }
}
