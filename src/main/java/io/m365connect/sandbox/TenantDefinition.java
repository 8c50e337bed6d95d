package io.m365connect.sandbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The practice tenant as data (demo-tenant.json or a file a test loads): the directory, its app registrations
 * with their credentials and grants, the resource APIs and the users. Immutable; faults replace a copy.
 */
public record TenantDefinition(
        String tenantId,
        String displayName,
        List<String> domains,
        List<Resource> resources,
        List<App> apps,
        List<User> users) {

    public TenantDefinition {
        Objects.requireNonNull(tenantId, "tenantId");
        displayName = displayName == null ? "Practice tenant" : displayName;
        domains = List.copyOf(domains == null ? List.of() : domains);
        resources = List.copyOf(resources == null ? List.of() : resources);
        apps = List.copyOf(apps == null ? List.of() : apps);
        users = List.copyOf(users == null ? List.of() : users);
    }

    /** The initial {@code *.onmicrosoft.com} domain every tenant has. */
    public String initialDomain() {
        return domains.stream().filter(d -> d.toLowerCase(Locale.ROOT).endsWith(".onmicrosoft.com"))
                .findFirst().orElse(domains.isEmpty() ? tenantId : domains.get(0));
    }

    /** A tenant path segment names this tenant by its GUID or any of its domains (case-insensitive). */
    public boolean isNamedBy(String segment) {
        return tenantId.equalsIgnoreCase(segment) || domains.stream().anyMatch(d -> d.equalsIgnoreCase(segment));
    }

    public Optional<App> app(String clientId) {
        return apps.stream().filter(a -> a.clientId().equalsIgnoreCase(clientId)).findFirst();
    }

    public Optional<User> user(String upn) {
        return users.stream().filter(u -> u.upn().equalsIgnoreCase(upn)).findFirst();
    }

    /** The resource whose app ID or one of whose identifier URIs is {@code identifier}. */
    public Optional<Resource> resource(String identifier) {
        String id = stripSlash(identifier);
        return resources.stream().filter(r -> r.appId().equalsIgnoreCase(id)
                || r.identifierUris().stream().anyMatch(u -> stripSlash(u).equalsIgnoreCase(id))).findFirst();
    }

    public TenantDefinition withApp(String clientId, UnaryOperator<App> change) {
        List<App> changed = new ArrayList<>();
        apps.forEach(a -> changed.add(a.clientId().equalsIgnoreCase(clientId) ? change.apply(a) : a));
        return new TenantDefinition(tenantId, displayName, domains, resources, changed, users);
    }

    public TenantDefinition withApps(UnaryOperator<App> change) {
        return new TenantDefinition(tenantId, displayName, domains, resources,
                apps.stream().map(change).toList(), users);
    }

    public TenantDefinition withUsers(UnaryOperator<User> change) {
        return new TenantDefinition(tenantId, displayName, domains, resources, apps,
                users.stream().map(change).toList());
    }

    public TenantDefinition withoutApps() {
        return new TenantDefinition(tenantId, displayName, domains, resources, List.of(), users);
    }

    public TenantDefinition plusApp(App app) {
        List<App> more = new ArrayList<>(apps);
        more.add(app);
        return new TenantDefinition(tenantId, displayName, domains, resources, more, users);
    }

    static String stripSlash(String s) {
        return s != null && s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    /** A resource API (Graph, Exchange Online, Management API): its app ID and the URIs that name it in a scope. */
    public record Resource(String appId, String displayName, List<String> identifierUris) {
        public Resource {
            Objects.requireNonNull(appId, "appId");
            identifierUris = List.copyOf(identifierUris == null ? List.of() : identifierUris);
        }
    }

    /**
     * An app registration together with its service principal in this tenant. {@code demoCertificate} registers
     * the certificate the practice tenant makes at start; {@code certificates} holds further PEM certificates.
     */
    public record App(
            String displayName,
            String clientId,
            String servicePrincipalId,
            String recipe,
            boolean publicClient,
            List<ClientSecret> secrets,
            boolean demoCertificate,
            List<String> certificates,
            List<String> redirectUris,
            boolean consented,
            List<Grant> grants,
            List<String> directoryRoles) {

        public App {
            Objects.requireNonNull(clientId, "clientId");
            Objects.requireNonNull(servicePrincipalId, "servicePrincipalId");
            displayName = displayName == null ? clientId : displayName;
            secrets = List.copyOf(secrets == null ? List.of() : secrets);
            certificates = List.copyOf(certificates == null ? List.of() : certificates);
            redirectUris = List.copyOf(redirectUris == null ? List.of() : redirectUris);
            grants = List.copyOf(grants == null ? List.of() : grants);
            directoryRoles = List.copyOf(directoryRoles == null ? List.of() : directoryRoles);
        }

        /** A confidential client has at least one credential; Entra then refuses credential-less token requests. */
        public boolean hasCredentials() {
            return !secrets.isEmpty() || demoCertificate || !certificates.isEmpty();
        }

        public Optional<Grant> grantFor(Resource resource) {
            return grants.stream().filter(g -> resource.appId().equalsIgnoreCase(g.resource())
                    || resource.identifierUris().stream().anyMatch(u -> stripSlash(u).equalsIgnoreCase(
                            stripSlash(g.resource())))).findFirst();
        }

        public App withSecrets(List<ClientSecret> s) {
            return new App(displayName, clientId, servicePrincipalId, recipe, publicClient, s, demoCertificate,
                    certificates, redirectUris, consented, grants, directoryRoles);
        }

        public App withCertificates(boolean demo, List<String> pems) {
            return new App(displayName, clientId, servicePrincipalId, recipe, publicClient, secrets, demo,
                    pems, redirectUris, consented, grants, directoryRoles);
        }

        public App withConsent(boolean granted) {
            return new App(displayName, clientId, servicePrincipalId, recipe, publicClient, secrets,
                    demoCertificate, certificates, redirectUris, granted, grants, directoryRoles);
        }

        public App withDirectoryRoles(List<String> roles) {
            return new App(displayName, clientId, servicePrincipalId, recipe, publicClient, secrets,
                    demoCertificate, certificates, redirectUris, consented, grants, roles);
        }

        public App withPublicClient(boolean allowed) {
            return new App(displayName, clientId, servicePrincipalId, recipe, allowed, secrets,
                    demoCertificate, certificates, redirectUris, consented, grants, directoryRoles);
        }
    }

    /** A client secret: the value a person copies once, and when it stops working. */
    public record ClientSecret(String keyId, String value, Instant expires) {
        public ClientSecret {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(expires, "expires");
        }

        @Override
        public String toString() {
            return "ClientSecret[" + keyId + ", expires " + expires + "]";
        }
    }

    /**
     * Permissions on one resource that an administrator consented to: application roles (token {@code roles})
     * and delegated scopes (token {@code scp}).
     */
    public record Grant(String resource, List<String> roles, List<String> scopes) {
        public Grant {
            Objects.requireNonNull(resource, "resource");
            roles = List.copyOf(roles == null ? List.of() : roles);
            scopes = List.copyOf(scopes == null ? List.of() : scopes);
        }
    }

    /** A user of the directory; {@code directoryRoles} are role template IDs (the token's {@code wids}). */
    public record User(
            String upn,
            String displayName,
            String objectId,
            String password,
            boolean mfaRequired,
            boolean disabled,
            boolean federated,
            List<String> directoryRoles) {

        public User {
            Objects.requireNonNull(upn, "upn");
            Objects.requireNonNull(objectId, "objectId");
            displayName = displayName == null ? upn : displayName;
            password = password == null ? "" : password;
            directoryRoles = List.copyOf(directoryRoles == null ? List.of() : directoryRoles);
        }

        public User withMfa(boolean required) {
            return new User(upn, displayName, objectId, password, required, disabled, federated, directoryRoles);
        }

        public User withDisabled(boolean off) {
            return new User(upn, displayName, objectId, password, mfaRequired, off, federated, directoryRoles);
        }

        @Override
        public String toString() {
            return "User[" + upn + "]";
        }
    }
}
