package io.m365connect.core.profile;

import io.m365connect.core.common.Guids;
import io.m365connect.core.common.Problem;
import io.m365connect.core.common.ProblemException;
import io.m365connect.core.common.Suggestions;
import io.m365connect.core.recipe.ChosenPermission;
import io.m365connect.core.recipe.PermissionChoices;
import io.m365connect.core.recipe.Recipe;
import io.m365connect.core.recipe.RecipeCatalog;
import io.m365connect.core.tenant.CloudCatalog;
import io.m365connect.core.tenant.TenantRef;
import java.nio.file.Path;

/**
 * Opens a helpdesk profile ({@code *.m365connect}): the {@link ProfileStore} format, checked further against what
 * this app knows: the recipe, the cloud, the client ID and the tenant. A profile that fails any check is refused
 * as a whole with the reason, so the draft it would have replaced stays as it is.
 */
public final class HelpdeskProfiles {
    private HelpdeskProfiles() {
    }

    public static SetupProfile open(Path file, RecipeCatalog recipes, CloudCatalog clouds) throws ProblemException {
        SetupProfile profile = ProfileStore.read(file);
        check(file.getFileName().toString(), profile, recipes, clouds);
        return profile;
    }

    static void check(String name, SetupProfile p, RecipeCatalog recipes, CloudCatalog clouds) throws ProblemException {
        if (p.recipe() != null && recipes.find(p.recipe()).isEmpty()) {
            throw refused(name, "it is for the system '" + p.recipe() + "', which this version does not know."
                    + Suggestions.didYouMean(p.recipe(), recipes.ids()),
                    "Update M365 Connect, or ask the sender for a profile made with a recipe from 'm365-connect "
                            + "recipes list'.", "the profile was made by a newer version");
        }
        checkPermissions(name, p, recipes);
        if (p.customCloud() == null && p.cloud() != null && clouds.find(p.cloud()).isEmpty()) {
            throw refused(name, "its cloud '" + p.cloud() + "' is unknown.",
                    "Ask the sender to choose one of " + String.join(", ", clouds.ids()) + ".",
                    "the file was edited by hand");
        }
        if (p.clientId() != null && !Guids.isGuid(p.clientId().trim())) {
            throw refused(name, "its client ID '" + p.clientId() + "' is not a GUID.",
                    "Ask the sender for the Application (client) ID from the app's Overview page "
                            + "(8-4-4-4-12 hexadecimal digits).", "a typing error", "the value was cut short");
        }
        if (p.tenant() != null) {
            var tenant = TenantRef.parse(p.tenant());
            if (tenant.rejection().isPresent()) {
                throw refused(name, "its tenant '" + p.tenant() + "' is neither a tenant ID (GUID) nor a domain.",
                        "Ask the sender for the Directory (tenant) ID or the tenant's domain.",
                        tenant.rejection().get().summary());
            }
        }
    }

    private static void checkPermissions(String name, SetupProfile p, RecipeCatalog recipes) throws ProblemException {
        if (p.permissions().isEmpty()) {
            return;
        }
        if (p.recipe() == null) {
            throw refused(name, "it chooses permissions but names no system.",
                    "Ask the sender for a profile made after choosing the system.", "the file was edited by hand");
        }
        Recipe recipe = recipes.find(p.recipe()).orElseThrow();
        for (ChosenPermission c : p.permissions()) {
            var problem = PermissionChoices.problem(recipe, c, recipes.permissions());
            if (problem.isPresent()) {
                throw new ProblemException(new Problem("The profile " + name + " cannot be used: "
                        + problem.get().summary() + " Your current setup was not changed.",
                        problem.get().likelyCauses(), problem.get().fix()));
            }
        }
    }

    private static ProblemException refused(String name, String why, String fix, String... causes) {
        return new ProblemException(Problem.of("The profile " + name + " cannot be used: " + why
                + " Your current setup was not changed.", fix, causes));
    }
}
