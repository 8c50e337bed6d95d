package io.m365connect.core.diagnose;

import io.m365connect.core.recipe.ResourceApp;

/** Links that name what they point at, so tests can see which one a fix chose. */
public final class TestLinks implements FixLinks {
    @Override
    public String adminConsent(ResourceApp resource) {
        return "consent:" + resource.id();
    }

    @Override
    public String apiPermissions() {
        return "api-permissions";
    }

    @Override
    public String credentials() {
        return "credentials";
    }

    @Override
    public String enterpriseApps() {
        return "app-registrations";
    }

    @Override
    public String roleAssignments(String roleTemplateId) {
        return "role:" + roleTemplateId;
    }
}
