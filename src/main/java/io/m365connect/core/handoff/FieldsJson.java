package io.m365connect.core.handoff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * {@code fields.json}: the output fields by the target form's own names. Hidden values (secret, password, key)
 * are written only when asked to; otherwise their names are listed under {@code withheld}. A field without a value
 * is listed under {@code unavailable} with the reason.
 */
public final class FieldsJson {
    public static final String FORMAT = "m365connect-fields";
    public static final int VERSION = 1;
    private static final ObjectMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private FieldsJson() {
    }

    public static String render(HandoffSession session, List<ResolvedField> fields, boolean includeSecrets) {
        ObjectNode doc = MAPPER.createObjectNode();
        doc.put("format", FORMAT);
        doc.put("version", VERSION);
        doc.put("recipe", session.recipe().id());
        doc.put("target", session.recipe().title());
        doc.put("cloud", session.cloud().id());
        ObjectNode values = doc.putObject("fields");
        var withheld = doc.putArray("withheld");
        ObjectNode unavailable = doc.putObject("unavailable");
        for (ResolvedField f : fields) {
            if (f.missing()) {
                unavailable.put(f.label(), f.shown());
            } else if (f.hidden() && !includeSecrets) {
                withheld.add(f.label());
            } else {
                values.put(f.label(), f.reveal().orElseThrow());
            }
        }
        try {
            return MAPPER.writeValueAsString(doc) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings always serialises", e);
        }
    }
}
