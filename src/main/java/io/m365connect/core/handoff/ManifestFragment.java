package io.m365connect.core.handoff;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.m365connect.core.recipe.PermissionCatalog;
import io.m365connect.core.recipe.PermissionRequirement;
import io.m365connect.core.recipe.PermissionType;
import io.m365connect.core.recipe.Recipe;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A recipe's permissions as the app manifest's {@code requiredResourceAccess} and as the equivalent
 * {@code az ad app permission add} commands, for admins who set apps up by script rather than by clicking.
 */
public final class ManifestFragment {
    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** One permission with the IDs the manifest needs; the GUIDs come from the catalog, never from a recipe. */
    public record Entry(String resourceAppId, String resourceName, String permission, String id, PermissionType type) {
        public Entry {
            Objects.requireNonNull(resourceAppId, "resourceAppId");
            Objects.requireNonNull(resourceName, "resourceName");
            Objects.requireNonNull(permission, "permission");
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(type, "type");
        }
    }

    private final Map<String, List<Entry>> byResource;

    private ManifestFragment(Map<String, List<Entry>> byResource) {
        this.byResource = byResource;
    }

    /** Groups the entries per resource app in the order given; a permission listed twice is kept once. */
    public static ManifestFragment of(List<Entry> entries) {
        Map<String, List<Entry>> map = new LinkedHashMap<>();
        for (Entry e : entries) {
            List<Entry> list = map.computeIfAbsent(e.resourceAppId(), k -> new ArrayList<>());
            if (list.stream().noneMatch(x -> x.id().equals(e.id()) && x.type() == e.type())) {
                list.add(e);
            }
        }
        map.replaceAll((k, v) -> List.copyOf(v));
        return new ManifestFragment(map);
    }

    /**
     * The recipe's permissions in one cloud, with GUIDs and resource app IDs from the catalog (in GCC High and
     * DoD, Exchange.ManageAsApp lives on Exchange Online Protection).
     */
    public static ManifestFragment forRecipe(Recipe recipe, PermissionCatalog catalog, String cloudId) {
        List<Entry> entries = new ArrayList<>();
        for (PermissionRequirement p : recipe.permissions()) {
            catalog.resolve(p.resource(), p.name(), p.type(), cloudId).ifPresent(r -> entries.add(new Entry(
                    r.resourceAppId(), r.resource().displayName(), r.name(), r.id(), r.type())));
        }
        return of(entries);
    }

    /** The {@code requiredResourceAccess} array, ready to paste into the manifest. */
    public String requiredResourceAccessJson() {
        ArrayNode array = JSON.createArrayNode();
        byResource.forEach((appId, entries) -> {
            ObjectNode resource = array.addObject();
            resource.put("resourceAppId", appId);
            ArrayNode access = resource.putArray("resourceAccess");
            for (Entry e : entries) {
                access.addObject().put("id", e.id()).put("type", e.type().manifestType());
            }
        });
        try {
            return JSON.writeValueAsString(array);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One {@code az ad app permission add} per resource, then one admin consent for all of them. */
    public List<String> azCommands(String appId) {
        List<String> out = new ArrayList<>();
        byResource.forEach((resourceAppId, entries) -> {
            StringBuilder b = new StringBuilder("az ad app permission add --id ").append(appId)
                    .append(" --api ").append(resourceAppId).append(" --api-permissions");
            entries.forEach(e -> b.append(' ').append(e.id()).append('=').append(e.type().manifestType()));
            out.add(b.toString());
        });
        out.add("az ad app permission admin-consent --id " + appId);
        return out;
    }

    /** The same commands as a script, each under a comment naming the permissions it adds. */
    public String azScript(String appId) {
        List<String> commands = azCommands(appId);
        StringBuilder b = new StringBuilder();
        int i = 0;
        for (List<Entry> entries : byResource.values()) {
            b.append("# ").append(entries.get(0).resourceName()).append(": ")
                    .append(String.join(", ", entries.stream().map(e -> e.permission() + " ("
                            + e.type().id() + ")").toList())).append('\n').append(commands.get(i++)).append('\n');
        }
        b.append("# Grant admin consent for everything above (needs an administrator who may consent)\n")
                .append(commands.get(i)).append('\n');
        return b.toString();
    }
}
