package io.m365connect.core.recipe;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.m365connect.core.common.CatalogLoadException;
import io.m365connect.core.common.Guids;
import io.m365connect.core.common.JsonPositions;
import io.m365connect.core.common.Suggestions;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Permission names → GUIDs per resource app (catalog/permissions.json), with the national clouds where
 * a permission lives under another GUID or resource app. Recipes name permissions; GUIDs come from here.
 */
public final class PermissionCatalog {
    static final String BUILT_IN = "/io/m365connect/catalog/permissions.json";

    /**
     * One permission of a resource app: its appRole GUID, its scope GUID, or both, and for each the display name
     * the resource app gives it (what the portal shows next to the name).
     */
    public record Entry(ResourceApp resource, String name, Optional<String> application, Optional<String> delegated,
                        Map<String, CloudOverride> clouds, String source, String note,
                        Map<PermissionType, String> descriptions) {
        public Entry {
            descriptions = Map.copyOf(descriptions == null ? Map.of() : descriptions);
        }

        public Optional<String> id(PermissionType type) {
            return type == PermissionType.APPLICATION ? application : delegated;
        }

        /** True when the permission exists as this type (an appRole for application, a scope for delegated). */
        public boolean offers(PermissionType type) {
            return id(type).isPresent();
        }

        /** The resource app's own words for the permission as this type; empty when the catalog has none. */
        public String description(PermissionType type) {
            return descriptions.getOrDefault(type, "");
        }
    }

    /** In one cloud the permission sits under another resource app and/or GUID. */
    public record CloudOverride(ResourceApp resource, String application, String delegated) {
    }

    /** A permission as it is in one cloud. */
    public record Resolved(ResourceApp resource, String resourceAppId, String name, PermissionType type, String id) {
    }

    private final Map<ResourceApp, String> appIds;
    private final Map<ResourceApp, Map<String, Entry>> entries;

    private PermissionCatalog(Map<ResourceApp, String> appIds, Map<ResourceApp, Map<String, Entry>> entries) {
        this.appIds = appIds;
        this.entries = entries;
    }

    public static PermissionCatalog loadBuiltIn(Set<String> cloudIds) throws CatalogLoadException {
        return load("catalog/permissions.json", Resources.read(BUILT_IN), cloudIds);
    }

    /** Reads and validates a permission catalog; {@code cloudIds} are the clouds an override may name. */
    public static PermissionCatalog load(String file, byte[] json, Set<String> cloudIds) throws CatalogLoadException {
        FileJson parsed;
        try {
            parsed = Resources.MAPPER.readValue(json, FileJson.class);
        } catch (JsonProcessingException e) {
            throw CatalogLoadException.fromJackson(file, e, json);
        } catch (IOException e) {
            throw new CatalogLoadException(file, "$", -1, "cannot be read: " + e.getMessage(), e);
        }
        JsonPositions pos = JsonPositions.of(json);
        Map<ResourceApp, String> appIds = new EnumMap<>(ResourceApp.class);
        Map<ResourceApp, Map<String, Entry>> entries = new EnumMap<>(ResourceApp.class);
        for (int r = 0; r < parsed.resources().size(); r++) {
            ResourceJson res = parsed.resources().get(r);
            String at = "$.resources[" + r + "]";
            if (!Guids.isGuid(res.appId())) {
                throw error(file, pos, at + ".appId", "appId '" + res.appId() + "' is not a GUID");
            }
            if (appIds.putIfAbsent(res.resource(), res.appId()) != null) {
                throw error(file, pos, at + ".resource", "resource '" + res.resource().id() + "' is listed twice");
            }
            Map<String, Entry> byName = new LinkedHashMap<>();
            for (int i = 0; i < res.permissions().size(); i++) {
                PermissionJson p = res.permissions().get(i);
                String pat = at + ".permissions[" + i + "]";
                Entry e = toEntry(file, pos, pat, res.resource(), p, cloudIds);
                if (byName.putIfAbsent(p.name(), e) != null) {
                    throw error(file, pos, pat + ".name", "permission '" + p.name() + "' is listed twice for "
                            + res.resource().displayName());
                }
            }
            entries.put(res.resource(), byName);
        }
        return new PermissionCatalog(appIds, entries);
    }

    private static Entry toEntry(String file, JsonPositions pos, String at, ResourceApp resource, PermissionJson p,
                                 Set<String> cloudIds) throws CatalogLoadException {
        if (p.application() == null && p.delegated() == null) {
            throw error(file, pos, at, "permission '" + p.name() + "' has neither an application nor a delegated GUID");
        }
        for (String type : new String[] {"application", "delegated"}) {
            String id = type.equals("application") ? p.application() : p.delegated();
            if (id != null && !Guids.isGuid(id)) {
                throw error(file, pos, at + "." + type, type + " ID '" + id + "' of '" + p.name() + "' is not a GUID");
            }
        }
        Map<PermissionType, String> descriptions = new EnumMap<>(PermissionType.class);
        for (PermissionType type : PermissionType.values()) {
            String text = type == PermissionType.APPLICATION ? p.applicationDescription() : p.delegatedDescription();
            String id = type == PermissionType.APPLICATION ? p.application() : p.delegated();
            if (text != null && id == null) {
                throw error(file, pos, at + "." + type.id() + "Description", "'" + p.name() + "' has "
                        + (type == PermissionType.APPLICATION ? "an " : "a ") + type.id() + " description but no "
                        + type.id() + " GUID");
            }
            if (text != null) {
                descriptions.put(type, text);
            }
        }
        Map<String, CloudOverride> clouds = p.clouds() == null ? Map.of() : p.clouds();
        for (Map.Entry<String, CloudOverride> o : clouds.entrySet()) {
            String oat = at + ".clouds." + o.getKey();
            if (!cloudIds.contains(o.getKey())) {
                throw error(file, pos, oat, "unknown cloud '" + o.getKey() + "'." + Suggestions.didYouMean(o.getKey(), cloudIds)
                        + " Known clouds: " + String.join(", ", cloudIds));
            }
            CloudOverride c = o.getValue();
            boolean moved = c.resource() != null && c.resource() != resource;
            if (moved && (p.application() != null && c.application() == null
                    || p.delegated() != null && c.delegated() == null)) {
                throw error(file, pos, oat, "a permission moved to another resource app needs its GUIDs there");
            }
        }
        return new Entry(resource, p.name(), Optional.ofNullable(p.application()), Optional.ofNullable(p.delegated()),
                Map.copyOf(clouds), p.source() == null ? "" : p.source(), p.note() == null ? "" : p.note(), descriptions);
    }

    private static CatalogLoadException error(String file, JsonPositions pos, String path, String what) {
        return new CatalogLoadException(file, path, pos.line(path), what, null);
    }

    public Optional<Entry> entry(ResourceApp resource, String name) {
        return Optional.ofNullable(entries.getOrDefault(resource, Map.of()).get(name));
    }

    /** The permission in one cloud; empty when the name is unknown or the type does not exist for it. */
    public Optional<Resolved> resolve(ResourceApp resource, String name, PermissionType type, String cloudId) {
        return entry(resource, name).flatMap(e -> {
            CloudOverride o = e.clouds().get(cloudId);
            Optional<String> id = e.id(type);
            if (id.isEmpty()) {
                return Optional.empty();
            }
            ResourceApp where = o == null || o.resource() == null ? resource : o.resource();
            String overridden = o == null ? null : type == PermissionType.APPLICATION ? o.application() : o.delegated();
            return Optional.of(new Resolved(where, resourceAppId(where), name, type, overridden == null ? id.get() : overridden));
        });
    }

    /** The appId of the resource app's service principal (the {@code resourceAppId} of requiredResourceAccess). */
    public String resourceAppId(ResourceApp resource) {
        String id = appIds.get(resource);
        if (id == null) {
            throw new IllegalArgumentException("the permission catalog has no resource app " + resource.id());
        }
        return id;
    }

    /** The entry whose name matches ignoring case: Entra compares permission names without regard to case. */
    public Optional<Entry> entryIgnoringCase(ResourceApp resource, String name) {
        return entry(resource, name).or(() -> entries(resource).stream()
                .filter(e -> e.name().equalsIgnoreCase(name)).findFirst());
    }

    /** The permissions of one resource app, in catalog order. */
    public List<Entry> entries(ResourceApp resource) {
        return List.copyOf(entries.getOrDefault(resource, Map.of()).values());
    }

    public Collection<String> names(ResourceApp resource) {
        return entries.getOrDefault(resource, Map.of()).keySet();
    }

    public List<Entry> all() {
        List<Entry> all = new ArrayList<>();
        entries.values().forEach(m -> all.addAll(m.values()));
        return all;
    }

    record FileJson(String description, Map<String, String> sources,
                    @JsonProperty(required = true) List<ResourceJson> resources) {
    }

    record ResourceJson(@JsonProperty(required = true) ResourceApp resource, String displayName,
                        @JsonProperty(required = true) String appId,
                        @JsonProperty(required = true) List<PermissionJson> permissions) {
    }

    record PermissionJson(@JsonProperty(required = true) String name, String application, String delegated,
                          String applicationDescription, String delegatedDescription,
                          Map<String, CloudOverride> clouds, String source, String note) {
    }
}
