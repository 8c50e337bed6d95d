package io.m365connect.core.handoff;

import io.m365connect.core.tenant.Cloud;
import java.net.URI;
import java.util.Optional;

/**
 * Deep links into the Microsoft Entra admin center (or, where a cloud file names none, the Azure portal) for one
 * cloud. The {@code #view/...} blade paths are the ones the portals put in the address bar; Microsoft documents
 * none of them, so they were taken from public admin tools that link to the same pages (Maester's Connect-Maester
 * hint for CallAnAPI, CIPP's enterprise-app action, many setup scripts) and are the same on both portals. A
 * tenant segment before the fragment ({@code https://entra.microsoft.com/{tenant}/#view/...}) opens the page in
 * that tenant for people who belong to several.
 */
public final class PortalLinks {
    private static final String REGISTERED_APP = "#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/";

    private final String base;

    private PortalLinks(String base) {
        this.base = base;
    }

    /** Links for a cloud, in the tenant if one is given; empty when the cloud names no portal. */
    public static Optional<PortalLinks> of(Cloud cloud, Optional<String> tenant) {
        String host = cloud.entraAdminCenter() != null ? cloud.entraAdminCenter() : cloud.azurePortal();
        if (host == null) {
            return Optional.empty();
        }
        String root = host.endsWith("/") ? host.substring(0, host.length() - 1) : host;
        return Optional.of(new PortalLinks(root + "/" + tenant.map(t -> Ids.tenant(t) + "/").orElse("")));
    }

    /** The tenant's app registrations, where a new one is started. */
    public URI appRegistrations() {
        return URI.create(base + "#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade");
    }

    /** "Register an application", single-tenant work accounts preselected by the portal. */
    public URI newRegistration() {
        return URI.create(base + "#view/Microsoft_AAD_RegisteredApps/CreateApplicationBlade/quickStartType~/null"
                + "/isMSAApp~/false");
    }

    public URI appOverview(String appId) {
        return registeredApp("Overview", appId);
    }

    public URI apiPermissions(String appId) {
        return registeredApp("CallAnAPI", appId);
    }

    public URI certificatesAndSecrets(String appId) {
        return registeredApp("Credentials", appId);
    }

    public URI authentication(String appId) {
        return registeredApp("Authentication", appId);
    }

    /** The app's enterprise application (service principal); needs its object ID, which differs from the app's. */
    public URI enterpriseApp(String appId, String servicePrincipalObjectId) {
        return URI.create(base + "#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/Overview/objectId/"
                + Ids.guid(servicePrincipalObjectId, "the service principal object ID")
                + "/appId/" + Ids.guid(appId, "the application (client) ID"));
    }

    /** The list of enterprise applications, for when the service principal's object ID is not known yet. */
    public URI enterpriseApps() {
        return URI.create(base + "#view/Microsoft_AAD_IAM/StartboardApplicationsMenuBlade/~/AppAppsPreview");
    }

    /** Who holds one directory role (by template ID); assignments are added from here. */
    public URI roleMembers(String roleTemplateId) {
        String id = Ids.guid(roleTemplateId, "the role template ID");
        return URI.create(base + "#view/Microsoft_AAD_IAM/RoleMenuBlade/~/RoleMembers/objectId/" + id
                + "/roleTemplateId/" + id);
    }

    public URI rolesAndAdmins() {
        return URI.create(base + "#view/Microsoft_AAD_IAM/RolesManagementMenuBlade/~/AllRoles");
    }

    private URI registeredApp(String page, String appId) {
        return URI.create(base + REGISTERED_APP + page + "/appId/" + Ids.guid(appId, "the application (client) ID"));
    }
}
