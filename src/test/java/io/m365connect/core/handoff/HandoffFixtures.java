package io.m365connect.core.handoff;

import io.m365connect.core.cert.SelfSignedFactory;
import io.m365connect.core.common.Secret;
import io.m365connect.core.recipe.Recipe;
import io.m365connect.core.recipe.RecipeCatalog;
import io.m365connect.core.tenant.Cloud;
import io.m365connect.core.tenant.CloudCatalog;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Recipes, clouds, a certificate and test secrets shared by the hand-off tests. */
final class HandoffFixtures {
    static final String TENANT = "8a4d2c1e-5b7f-4e39-9c61-2f0d3b7a9e15";
    static final String CLIENT = "3f1c9a52-7d4e-4b8a-9e21-5c6d7a8b9c01";
    static final String DOMAIN = "contosopractice.onmicrosoft.com";
    static final String SECRET = "Test~Secret.Value_0001-NeverInAReport";
    static final String PFX_PASSWORD = "Pfx-Password-0001!NeverInAReport";
    static final Instant SECRET_EXPIRES = Instant.parse("2027-06-30T00:00:00Z");

    static final CloudCatalog CLOUDS = CloudCatalog.loadBuiltIn();
    static final RecipeCatalog RECIPES = RecipeCatalog.loadBuiltIn(CLOUDS);
    private static SelfSignedFactory.Issued issued;

    private HandoffFixtures() {
    }

    static Cloud cloud(String id) {
        return CLOUDS.find(id).orElseThrow();
    }

    static Recipe recipe(String id) {
        return RECIPES.find(id).orElseThrow();
    }

    static synchronized SelfSignedFactory.Issued issued() throws Exception {
        if (issued == null) {
            SelfSignedFactory.Issued ca = SelfSignedFactory.certificateAuthority("Hand-off Test CA", Duration.ofDays(800));
            issued = SelfSignedFactory.clientAuthentication(ca, "Hand-off Test App", Duration.ofDays(365));
        }
        return issued;
    }

    static HandoffCredential.Certificate certificate() throws Exception {
        return new HandoffCredential.Certificate(issued().certificate(), List.of(), issued().keyPair().getPrivate(),
                Secret.of(PFX_PASSWORD));
    }

    static HandoffCredential.ClientSecret secret() {
        return new HandoffCredential.ClientSecret(Secret.of(SECRET), Optional.of(SECRET_EXPIRES));
    }

    static HandoffSession session(String recipeId, String cloudId, HandoffCredential credential) {
        return new HandoffSession(recipe(recipeId), cloud(cloudId), TENANT, CLIENT,
                Map.of("organization", DOMAIN, "username", "mailer@" + DOMAIN), null, credential,
                List.of("https://outlook.office.com/IMAP.AccessAsUser.All", "offline_access"));
    }
}
