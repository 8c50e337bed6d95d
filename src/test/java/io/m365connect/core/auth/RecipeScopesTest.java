package io.m365connect.core.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.m365connect.core.recipe.CredentialKind;
import io.m365connect.core.recipe.Recipe;
import io.m365connect.core.recipe.RecipeCatalog;
import io.m365connect.core.tenant.Cloud;
import io.m365connect.core.tenant.CloudCatalog;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecipeScopesTest {
    private static final CloudCatalog CLOUDS = CloudCatalog.loadBuiltIn();
    private static final RecipeCatalog RECIPES = RecipeCatalog.loadBuiltIn(CLOUDS);

    private static Recipe recipe(String id) {
        return RECIPES.all("global").stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    private static Cloud cloud(String id) {
        return CLOUDS.find(id).orElseThrow();
    }

    @Test
    void appOnlyAsksForTheFirstApisDefaultScope() {
        assertEquals(List.of("https://manage.office.com/.default"), RecipeScopes.forRecipe(
                recipe("blink-o365-management-activity"), cloud("global"), CredentialKind.SECRET));
    }

    @Test
    void appOnlyScopeFollowsTheCloudsResource() {
        assertEquals(List.of("https://manage.office365.us/.default"), RecipeScopes.forRecipe(
                recipe("blink-o365-management-activity"), cloud("gcc-high"), CredentialKind.CERTIFICATE));
    }

    @Test
    void userSignInAsksForTheDelegatedPermissionsOfOneApi() {
        List<String> scopes = RecipeScopes.forRecipe(recipe("email-ropc"), cloud("global"), CredentialKind.ROPC);

        assertEquals(1, scopes.stream().map(s -> s.substring(0, s.lastIndexOf('/'))).distinct().count(), scopes.toString());
        scopes.forEach(s -> assertEquals(false, s.endsWith("/openid") || s.endsWith("/offline_access"), s));
    }
}
