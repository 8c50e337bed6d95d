package io.m365connect.core.diagnose;

import io.m365connect.core.recipe.ResourceApp;

/**
 * Where a fix is made, filled in with the session's cloud, tenant and app: portal pages and consent links.
 * A method returns an empty string when the cloud has no such page; the link is then left out.
 */
public interface FixLinks {
    /** The admin-consent link for the app's permissions on one resource. */
    String adminConsent(ResourceApp resource);

    /** The app registration's API permissions page. */
    String apiPermissions();

    /** The app registration's Certificates &amp; secrets page. */
    String credentials();

    /** The enterprise applications list (to see whether the app has a service principal in this tenant). */
    String enterpriseApps();

    /** The assignments page of one directory role. */
    String roleAssignments(String roleTemplateId);
}
