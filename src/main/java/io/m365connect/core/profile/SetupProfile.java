package io.m365connect.core.profile;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.m365connect.core.recipe.ChosenPermission;
import io.m365connect.core.recipe.CredentialKind;
import io.m365connect.core.tenant.Cloud;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The wizard's draft and the helpdesk profile: which system, which cloud, which tenant and app, and the
 * recipe's other inputs. It never holds a secret, password or private key: those stay in memory or in the
 * operating system's secret store. Saved as versioned JSON (see {@link ProfileStore}).
 *
 * @param cloud the id of a built-in cloud; when {@code customCloud} is set, that cloud's id
 * @param customCloud a cloud loaded from a custom cloud file, embedded so the profile works elsewhere
 * @param permissions the permissions the person chose, for a recipe that lets them choose; absent in files made
 *                    before choosing existed, and left out of the file when empty
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"format", "version", "recipe", "cloud", "customCloud", "tenant", "clientId", "inputs",
        "credentialKind", "certificateThumbprint", "permissions", "notes"})
public record SetupProfile(
        String format,
        int version,
        String recipe,
        String cloud,
        Cloud customCloud,
        String tenant,
        String clientId,
        Map<String, String> inputs,
        CredentialKind credentialKind,
        String certificateThumbprint,
        String notes,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ChosenPermission> permissions) {

    public static final String FORMAT = "m365connect-profile";
    public static final int CURRENT_VERSION = 1;
    /** Input ids that would mean a secret is being saved; a recipe never declares such an input. */
    private static final Pattern SECRET_NAME = Pattern.compile(".*(password|secret|privatekey|private-key|pfx).*");

    public SetupProfile {
        format = format == null ? FORMAT : format;
        inputs = Collections.unmodifiableMap(new TreeMap<>(inputs == null ? Map.of() : inputs));
        for (String id : inputs.keySet()) {
            if (SECRET_NAME.matcher(id.toLowerCase(Locale.ROOT)).matches()) {
                throw new IllegalArgumentException("a profile never holds a secret; input '" + id + "' looks like one");
            }
        }
        if (customCloud != null) {
            cloud = customCloud.id();
        }
        permissions = List.copyOf(permissions == null ? List.of() : permissions);
    }

    /** A profile without chosen permissions (every recipe with a fixed list). */
    public SetupProfile(String format, int version, String recipe, String cloud, Cloud customCloud, String tenant,
                        String clientId, Map<String, String> inputs, CredentialKind credentialKind,
                        String certificateThumbprint, String notes) {
        this(format, version, recipe, cloud, customCloud, tenant, clientId, inputs, credentialKind,
                certificateThumbprint, notes, List.of());
    }

    /** An empty draft on the default cloud. */
    public static SetupProfile empty(String cloudId) {
        return new SetupProfile(FORMAT, CURRENT_VERSION, null, cloudId, null, null, null, Map.of(), null, null, null);
    }

    public Optional<String> recipeId() { return Optional.ofNullable(recipe); }
    public Optional<Cloud> embeddedCloud() { return Optional.ofNullable(customCloud); }
    public Optional<CredentialKind> credential() { return Optional.ofNullable(credentialKind); }

    public SetupProfile withRecipe(String id) {
        return new SetupProfile(format, version, id, cloud, customCloud, tenant, clientId, inputs, credentialKind,
                certificateThumbprint, notes, permissions);
    }

    public SetupProfile withTenant(String value, String client) {
        return new SetupProfile(format, version, recipe, cloud, customCloud, value, client, inputs, credentialKind,
                certificateThumbprint, notes, permissions);
    }

    public SetupProfile withPermissions(List<ChosenPermission> chosen) {
        return new SetupProfile(format, version, recipe, cloud, customCloud, tenant, clientId, inputs, credentialKind,
                certificateThumbprint, notes, chosen);
    }
}
