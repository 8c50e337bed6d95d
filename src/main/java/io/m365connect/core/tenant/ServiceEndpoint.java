package io.m365connect.core.tenant;

import java.util.Objects;

/**
 * An HTTP service of a cloud: where requests go ({@code url}) and which token audience they need
 * ({@code resource}). They are separate because on a test host every service shares one address
 * while tokens still name the real resource.
 */
public record ServiceEndpoint(String url, String resource) {
    public ServiceEndpoint {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(resource, "resource");
        url = stripSlash(url);
        resource = stripSlash(resource);
    }

    /** {@code {resource}/.default} — the scope for app-only tokens. */
    public String defaultScope() {
        return resource + "/.default";
    }

    /** {@code {resource}/{name}} — a delegated scope such as IMAP.AccessAsUser.All. */
    public String scope(String name) {
        return resource + "/" + name;
    }

    private static String stripSlash(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
