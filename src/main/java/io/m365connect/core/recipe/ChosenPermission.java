package io.m365connect.core.recipe;

import io.m365connect.core.common.Problem;
import io.m365connect.core.common.ProblemException;
import java.util.Locale;

/**
 * A permission a person chose for a recipe that lets them choose (the generic Graph app): by name only, like a
 * recipe file names its permissions. {@link PermissionChoices} checks it against the catalog and adds the GUID.
 * Saved in the draft and in helpdesk profiles as {@code {"resource":"graph","name":"User.Read.All",
 * "type":"application"}}.
 */
public record ChosenPermission(ResourceApp resource, String name, PermissionType type) {

    public ChosenPermission {
        // IllegalArgumentException rather than a null check: a profile reader turns it into "could not be read: …".
        if (resource == null) {
            throw new IllegalArgumentException("a chosen permission needs its resource (e.g. \"graph\")");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a chosen permission needs its name (e.g. \"User.Read.All\")");
        }
        if (type == null) {
            throw new IllegalArgumentException("a chosen permission needs its type (application or delegated)");
        }
        name = name.strip();
    }

    public static ChosenPermission graph(String name, PermissionType type) {
        return new ChosenPermission(ResourceApp.GRAPH, name, type);
    }

    /**
     * {@code NAME} or {@code NAME:application} / {@code NAME:delegated}, a Microsoft Graph permission as typed on the
     * command line; without a type, {@code defaultType} (application for an app running alone, else delegated).
     */
    public static ChosenPermission parse(String text, PermissionType defaultType) throws ProblemException {
        String t = text == null ? "" : text.strip();
        int colon = t.lastIndexOf(':');
        String name = colon < 0 ? t : t.substring(0, colon).strip();
        if (name.isEmpty()) {
            throw new ProblemException(Problem.of("'" + t + "' names no permission.",
                    "Write the permission's name as the portal shows it, e.g. User.Read.All or User.Read.All:application."));
        }
        if (colon < 0) {
            return graph(name, defaultType);
        }
        String typeWord = t.substring(colon + 1).strip().toLowerCase(Locale.ROOT);
        for (PermissionType type : PermissionType.values()) {
            if (type.id().equals(typeWord)) {
                return graph(name, type);
            }
        }
        throw new ProblemException(Problem.of("'" + t + "': after the ':' comes application or delegated, not '"
                        + t.substring(colon + 1).strip() + "'.",
                "Write " + name + ":application for an app that runs alone (secret or certificate), or " + name
                        + ":delegated for an app a person signs in to.", "a typing error"));
    }

    /** {@code User.Read.All:application}, the form {@link #parse} reads. */
    public String spelled() {
        return name + ":" + type.id();
    }
}
