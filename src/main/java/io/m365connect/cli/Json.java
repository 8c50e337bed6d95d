package io.m365connect.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;

/** With {@code --json}, stdout is exactly one JSON document, also on failure. */
public final class Json {
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private Json() {
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    public static void print(PrintWriter out, Object document) {
        try {
            out.println(MAPPER.writeValueAsString(document));
            out.flush();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("could not write JSON", e);
        }
    }

    /** The failure document: {@code {"ok":false,"error":{"summary":…,"fix":…}}}. */
    public static ObjectNode error(String summary, String fix) {
        ObjectNode doc = object();
        doc.put("ok", false);
        ObjectNode err = doc.putObject("error");
        err.put("summary", summary);
        err.put("fix", fix == null ? "" : fix);
        return doc;
    }
}
