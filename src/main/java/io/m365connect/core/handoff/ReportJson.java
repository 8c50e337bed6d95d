package io.m365connect.core.handoff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Optional;

/** The setup report as JSON (format {@code m365connect-report}, version 1), for ticket systems and scripts. */
public final class ReportJson {
    public static final String FORMAT = "m365connect-report";
    public static final int VERSION = 1;
    private static final ObjectMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private ReportJson() {
    }

    public static String render(SetupReport r) {
        ObjectNode doc = MAPPER.createObjectNode();
        doc.put("format", FORMAT);
        doc.put("version", VERSION);
        doc.put("tool", "M365 Connect " + r.toolVersion());
        doc.put("created", r.created().toString());
        doc.put("allPassed", r.allPassed());
        ObjectNode recipe = doc.putObject("recipe");
        recipe.put("id", r.recipeId());
        recipe.put("title", r.recipeTitle());
        ObjectNode cloud = doc.putObject("cloud");
        cloud.put("id", r.cloudId());
        cloud.put("name", r.cloudName());
        doc.put("tenantId", r.tenantId());
        doc.put("clientId", r.clientId());
        ObjectNode cred = doc.putObject("credential");
        cred.put("kind", r.credential().kind());
        put(cred, "subject", r.credential().subject());
        put(cred, "thumbprint", r.credential().thumbprint());
        put(cred, "expires", r.credential().expires().map(Instant::toString));
        CheckResults res = r.results();
        put(doc, "checkedAt", res.checkedAt().map(Instant::toString));
        ArrayNode checklist = doc.putArray("checklist");
        for (CheckResults.ChecklistLine l : res.checklist()) {
            ObjectNode n = checklist.addObject();
            n.put("kind", l.kind());
            n.put("name", l.name());
            n.put("resource", l.resource());
            n.put("type", l.type());
            n.put("required", l.required());
            n.put("status", l.status());
            n.put("note", l.note());
        }
        ArrayNode checks = doc.putArray("checks");
        for (CheckResults.Check c : res.checks()) {
            ObjectNode n = checks.addObject();
            n.put("title", c.title());
            n.put("result", c.outcome().name().toLowerCase(java.util.Locale.ROOT));
            n.put("detail", c.detail());
            n.put("millis", c.millis());
        }
        ArrayNode fixes = doc.putArray("fixes");
        for (CheckResults.Fix f : res.fixes()) {
            ObjectNode n = fixes.addObject();
            n.put("layer", f.layer());
            n.put("check", f.check());
            n.put("summary", f.summary());
            f.causes().forEach(n.putArray("likelyCauses")::add);
            n.put("fix", f.fix());
            ArrayNode lines = n.putArray("linesToRun");
            f.linesToRun().forEach(lines::add);
            ArrayNode links = n.putArray("links");
            f.links().forEach(links::add);
        }
        try {
            return MAPPER.writeValueAsString(doc) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings always serialises", e);
        }
    }

    private static void put(ObjectNode n, String key, Optional<String> value) {
        value.ifPresentOrElse(v -> n.put(key, v), () -> n.putNull(key));
    }
}
