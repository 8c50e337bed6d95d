package io.m365connect.core.recipe;

import java.util.List;
import java.util.Objects;

/**
 * Everything the app knows about connecting one target system: loaded from recipes/*.json and validated
 * against the catalogs at load.
 */
public record Recipe(
        String id,
        String title,
        String vendor,
        String source,
        String summary,
        List<CredentialKind> credentialKinds,
        CredentialKind preferredCredential,
        List<String> needs,
        List<InputField> inputs,
        List<PermissionRequirement> permissions,
        List<RoleRequirement> roles,
        List<Prerequisite> prerequisites,
        List<String> probes,
        List<OutputField> outputs,
        List<String> registrationSteps,
        List<String> notes,
        boolean permissionsSelectable) {

    public Recipe {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(preferredCredential, "preferredCredential");
        vendor = vendor == null ? "" : vendor;
        source = source == null ? "" : source;
        summary = summary == null ? "" : summary;
        credentialKinds = List.copyOf(credentialKinds);
        needs = List.copyOf(needs == null ? List.of() : needs);
        inputs = List.copyOf(inputs == null ? List.of() : inputs);
        permissions = List.copyOf(permissions == null ? List.of() : permissions);
        roles = List.copyOf(roles == null ? List.of() : roles);
        prerequisites = List.copyOf(prerequisites == null ? List.of() : prerequisites);
        probes = List.copyOf(probes == null ? List.of() : probes);
        outputs = List.copyOf(outputs == null ? List.of() : outputs);
        registrationSteps = List.copyOf(registrationSteps == null ? List.of() : registrationSteps);
        notes = List.copyOf(notes == null ? List.of() : notes);
    }

    public boolean accepts(CredentialKind kind) {
        return credentialKinds.contains(kind);
    }

    /** The same recipe asking for these permissions (a selectable recipe with the person's choice). */
    public Recipe withPermissions(List<PermissionRequirement> chosen) {
        return new Recipe(id, title, vendor, source, summary, credentialKinds, preferredCredential, needs, inputs, chosen,
                roles, prerequisites, probes, outputs, registrationSteps, notes, permissionsSelectable);
    }

    /** The resource apps this recipe asks permissions of, in catalog order. */
    public List<ResourceApp> resources() {
        return permissions.stream().map(PermissionRequirement::resource).distinct().sorted().toList();
    }
}
