package io.m365connect.core.recipe;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.m365connect.core.common.CatalogLoadException;
import io.m365connect.core.common.Guids;
import io.m365connect.core.common.JsonPositions;
import java.io.IOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Entra built-in directory roles by display name → template ID, the value a token carries in {@code wids}. */
public final class RoleCatalog {
    static final String BUILT_IN = "/io/m365connect/catalog/roles.json";

    public record Role(String name, String templateId, String source) {
    }

    private final Map<String, Role> byName;

    private RoleCatalog(Map<String, Role> byName) {
        this.byName = byName;
    }

    public static RoleCatalog loadBuiltIn() throws CatalogLoadException {
        return load("catalog/roles.json", Resources.read(BUILT_IN));
    }

    public static RoleCatalog load(String file, byte[] json) throws CatalogLoadException {
        FileJson parsed;
        try {
            parsed = Resources.MAPPER.readValue(json, FileJson.class);
        } catch (JsonProcessingException e) {
            throw CatalogLoadException.fromJackson(file, e, json);
        } catch (IOException e) {
            throw new CatalogLoadException(file, "$", -1, "cannot be read: " + e.getMessage(), e);
        }
        JsonPositions pos = JsonPositions.of(json);
        Map<String, Role> byName = new LinkedHashMap<>();
        Map<String, String> byId = new LinkedHashMap<>();
        for (int i = 0; i < parsed.roles().size(); i++) {
            RoleJson r = parsed.roles().get(i);
            String at = "$.roles[" + i + "]";
            if (!Guids.isGuid(r.templateId())) {
                throw new CatalogLoadException(file, at + ".templateId", pos.line(at + ".templateId"),
                        "template ID '" + r.templateId() + "' of '" + r.name() + "' is not a GUID", null);
            }
            if (byName.putIfAbsent(r.name(), new Role(r.name(), r.templateId(), r.source() == null ? "" : r.source())) != null) {
                throw new CatalogLoadException(file, at + ".name", pos.line(at + ".name"), "role '" + r.name() + "' is listed twice", null);
            }
            String other = byId.putIfAbsent(r.templateId(), r.name());
            if (other != null) {
                throw new CatalogLoadException(file, at + ".templateId", pos.line(at + ".templateId"),
                        "template ID " + r.templateId() + " is also given to '" + other + "'", null);
            }
        }
        return new RoleCatalog(byName);
    }

    public Optional<Role> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public Optional<Role> findByTemplateId(String templateId) {
        return byName.values().stream().filter(r -> r.templateId().equalsIgnoreCase(templateId)).findFirst();
    }

    public Collection<String> names() {
        return byName.keySet();
    }

    public List<Role> all() {
        return List.copyOf(byName.values());
    }

    record FileJson(String description, Map<String, String> sources, @JsonProperty(required = true) List<RoleJson> roles) {
    }

    record RoleJson(@JsonProperty(required = true) String name, @JsonProperty(required = true) String templateId,
                    String source) {
    }
}
