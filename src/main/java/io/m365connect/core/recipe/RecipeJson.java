package io.m365connect.core.recipe;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A recipe file as written: permissions and roles by name only. {@link RecipeResolver} checks it against
 * the catalogs and turns it into a {@link Recipe}.
 */
record RecipeJson(
        @JsonProperty(required = true) String id,
        @JsonProperty(required = true) String title,
        @JsonProperty(required = true) String vendor,
        @JsonProperty(required = true) String source,
        @JsonProperty(required = true) String summary,
        @JsonProperty(required = true) List<CredentialKind> credentialKinds,
        @JsonProperty(required = true) CredentialKind preferredCredential,
        @JsonProperty(required = true) List<String> needs,
        List<InputField> inputs,
        @JsonProperty(required = true) List<PermissionJson> permissions,
        List<RoleJson> roles,
        List<Prerequisite> prerequisites,
        @JsonProperty(required = true) List<String> probes,
        @JsonProperty(required = true) List<OutputField> outputs,
        @JsonProperty(required = true) List<String> registrationSteps,
        List<String> notes,
        boolean permissionsSelectable) {

    RecipeJson {
        inputs = inputs == null ? List.of() : inputs;
        roles = roles == null ? List.of() : roles;
        prerequisites = prerequisites == null ? List.of() : prerequisites;
        notes = notes == null ? List.of() : notes;
    }

    record PermissionJson(
            @JsonProperty(required = true) ResourceApp resource,
            @JsonProperty(required = true) String name,
            @JsonProperty(required = true) PermissionType type,
            @JsonProperty(required = true) Boolean required,
            @JsonProperty(required = true) Privilege privilege,
            @JsonProperty(required = true) String why) {
    }

    record RoleJson(
            @JsonProperty(required = true) String name,
            @JsonProperty(required = true) RoleHolder holder,
            @JsonProperty(required = true) Boolean required,
            @JsonProperty(required = true) String why) {
    }
}
