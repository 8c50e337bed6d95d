package io.m365connect.core.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An Entra ID error answer: the OAuth {@code error}, the {@code error_description} (which starts with
 * "AADSTS&lt;n&gt;:" and ends with trace/correlation/timestamp lines), and those IDs when the body carries them
 * as fields. Either the body or the message alone is enough; MSAL hands out only the message.
 */
record ServerError(int status, String error, String description, OptionalInt aadsts, Optional<String> traceId,
                   Optional<String> correlationId, Optional<String> timestamp) {

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();
    private static final Pattern CODE = Pattern.compile("^\\s*AADSTS(\\d+)\\s*:");
    private static final Pattern ANY_CODE = Pattern.compile("AADSTS(\\d+)");
    private static final Pattern TRACE = Pattern.compile("Trace ID:\\s*([0-9A-Za-z-]+)");
    private static final Pattern CORRELATION = Pattern.compile("Correlation ID:\\s*([0-9A-Za-z-]+)");
    private static final Pattern TIMESTAMP = Pattern.compile("Timestamp:\\s*(\\S+(?: \\S+Z?)?)");

    /** From a token endpoint's JSON body; empty when the body is not an OAuth error. */
    static Optional<ServerError> fromBody(int status, String body) {
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        JsonNode n;
        try {
            n = MAPPER.readTree(body);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (n == null || !n.isObject() || !n.path("error").isTextual()) {
            return Optional.empty();
        }
        String description = n.path("error_description").asText("");
        OptionalInt code = n.path("error_codes").isArray() && n.path("error_codes").size() > 0
                ? OptionalInt.of(n.path("error_codes").get(0).asInt()) : codeIn(description);
        return Optional.of(new ServerError(status, n.path("error").asText(""), description, code,
                field(n, "trace_id").or(() -> find(TRACE, description)),
                field(n, "correlation_id").or(() -> find(CORRELATION, description)),
                field(n, "timestamp").or(() -> find(TIMESTAMP, description))));
    }

    /** From an exception's message alone (what MSAL gives). */
    static ServerError fromMessage(int status, String error, String message) {
        String text = message == null ? "" : message;
        return new ServerError(status, error == null ? "" : error, text, codeIn(text), find(TRACE, text),
                find(CORRELATION, text), find(TIMESTAMP, text));
    }

    /** {@code ^AADSTS(\d+):} — the number Entra puts at the start of every error description. */
    static OptionalInt codeIn(String text) {
        if (text == null) {
            return OptionalInt.empty();
        }
        Matcher m = CODE.matcher(text);
        if (m.find()) {
            return OptionalInt.of(Integer.parseInt(m.group(1)));
        }
        Matcher any = ANY_CODE.matcher(text);
        return any.find() ? OptionalInt.of(Integer.parseInt(any.group(1))) : OptionalInt.empty();
    }

    /** The description's first line, without the trace/correlation/timestamp lines. */
    String firstLine() {
        String d = description.strip();
        int cut = d.length();
        for (String marker : new String[] {"\r", "\n", " Trace ID:"}) {
            int i = d.indexOf(marker);
            if (i >= 0 && i < cut) {
                cut = i;
            }
        }
        return d.substring(0, cut).strip();
    }

    private static Optional<String> field(JsonNode n, String name) {
        String v = n.path(name).asText("");
        return v.isBlank() ? Optional.empty() : Optional.of(v);
    }

    private static Optional<String> find(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? Optional.of(m.group(1).strip()) : Optional.empty();
    }
}
