package io.m365connect.core.handoff;

import io.m365connect.core.common.Guids;
import io.m365connect.core.recipe.CredentialKind;
import io.m365connect.core.recipe.Recipe;
import io.m365connect.core.tenant.Cloud;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the hand-off is made from: the recipe, the cloud, the tenant and app, the recipe's inputs as entered, the
 * credential (as the kind the person chose, and its material), and the scopes the connection check's token was asked for.
 *
 * @param tenantId the Directory (tenant) ID; may still be a domain before the check read the GUID from a token
 */
public record HandoffSession(
        Recipe recipe,
        Cloud cloud,
        String tenantId,
        String clientId,
        Map<String, String> inputs,
        CredentialKind credentialKind,
        HandoffCredential credential,
        List<String> tokenScopes) {

    public HandoffSession {
        Objects.requireNonNull(recipe, "recipe");
        Objects.requireNonNull(cloud, "cloud");
        tenantId = tenantId == null ? "" : tenantId.trim();
        clientId = clientId == null ? "" : clientId.trim();
        inputs = Map.copyOf(inputs == null ? Map.of() : inputs);
        credentialKind = credentialKind == null ? recipe.preferredCredential() : credentialKind;
        credential = credential == null ? new HandoffCredential.None() : credential;
        tokenScopes = List.copyOf(tokenScopes == null ? List.of() : tokenScopes);
    }

    /** The tenant GUID, when known. */
    public Optional<String> tenantGuid() {
        return Guids.isGuid(tenantId) ? Optional.of(tenantId.toLowerCase(java.util.Locale.ROOT)) : Optional.empty();
    }

    public Optional<String> input(String id) {
        return Optional.ofNullable(inputs.get(id)).map(String::trim).filter(s -> !s.isEmpty());
    }

    /** The same session with the tenant ID the check read from a token (the person may have typed a domain). */
    public HandoffSession withTenantId(String tenantGuid) {
        return new HandoffSession(recipe, cloud, tenantGuid, clientId, inputs, credentialKind, credential, tokenScopes);
    }

    public HandoffSession withTokenScopes(List<String> scopes) {
        return new HandoffSession(recipe, cloud, tenantId, clientId, inputs, credentialKind, credential, scopes);
    }
}
