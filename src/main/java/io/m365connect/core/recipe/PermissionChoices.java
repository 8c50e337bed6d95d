package io.m365connect.core.recipe;

import io.m365connect.core.common.Problem;
import io.m365connect.core.common.ProblemException;
import io.m365connect.core.common.Suggestions;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The permissions a person chose for a recipe that lets them choose, checked against the catalog and turned into
 * the recipe's checklist: the effective recipe that consent links, the connection check and the hand-off use.
 */
public final class PermissionChoices {
    private PermissionChoices() {
    }

    /**
     * The recipe as set up: its own permissions plus the chosen ones, with GUIDs (and resource apps) for the cloud.
     * No choice leaves the recipe as it is; a choice the recipe or the catalog refuses is a problem.
     */
    public static Recipe apply(Recipe recipe, List<ChosenPermission> chosen, PermissionCatalog catalog, String cloudId)
            throws ProblemException {
        if (chosen.isEmpty()) {
            return recipe;
        }
        List<PermissionRequirement> perms = new ArrayList<>(recipe.permissions());
        Set<String> seen = new LinkedHashSet<>();
        perms.forEach(p -> seen.add(key(p.resource(), p.name(), p.type())));
        for (ChosenPermission c : chosen) {
            Optional<Problem> refused = problem(recipe, c, catalog);
            if (refused.isPresent()) {
                throw new ProblemException(refused.get());
            }
            PermissionCatalog.Entry e = catalog.entryIgnoringCase(c.resource(), c.name()).orElseThrow();
            if (!seen.add(key(c.resource(), e.name(), c.type()))) {
                continue;
            }
            PermissionCatalog.Resolved r = catalog.resolve(c.resource(), e.name(), c.type(), cloudId)
                    .orElseThrow(() -> new IllegalStateException("checked above: " + c.spelled()));
            String description = e.description(c.type());
            perms.add(new PermissionRequirement(r.resource(), e.name(), c.type(), r.id(), true, Privilege.CHOSEN,
                    description.isEmpty() ? "Chosen for your system" : description));
        }
        return recipe.withPermissions(perms);
    }

    /** Why this choice cannot be part of this recipe's setup, or empty when it can. */
    public static Optional<Problem> problem(Recipe recipe, ChosenPermission c, PermissionCatalog catalog) {
        if (!recipe.permissionsSelectable()) {
            return Optional.of(Problem.of("The permissions of " + recipe.title() + " come from its guide; they "
                            + "cannot be chosen (" + c.spelled() + " was).",
                    "Leave the chosen permissions out for this recipe (no --permission), or pick a recipe that lets "
                            + "you choose them ('m365-connect recipes show ID' says \"You choose them\").",
                    "the permissions were meant for another recipe"));
        }
        String resource = c.resource().displayName();
        Optional<PermissionCatalog.Entry> entry = catalog.entryIgnoringCase(c.resource(), c.name());
        if (entry.isEmpty()) {
            return Optional.of(Problem.of("'" + c.name() + "' is not a " + resource + " permission this app knows."
                            + Suggestions.didYouMean(c.name(), catalog.names(c.resource())),
                    "Write the name as the portal's API permissions page shows it; the wizard's Permissions page "
                            + "lists every " + resource + " permission this app knows.",
                    "a typing error", "a permission newer than this version of M365 Connect"));
        }
        PermissionCatalog.Entry e = entry.get();
        if (e.offers(c.type())) {
            return Optional.empty();
        }
        boolean askedApplication = c.type() == PermissionType.APPLICATION;
        String fix = askedApplication
                ? "An app that runs alone (secret or certificate) cannot hold it. Choose it as delegated ("
                        + e.name() + ":delegated) for an app a person signs in to, or choose an application permission."
                : "A person's sign-in cannot carry it. Choose it as application (" + e.name()
                        + ":application) for an app that runs alone with a secret or certificate.";
        return Optional.of(Problem.of("'" + e.name() + "' exists only as " + article(c.type().other()) + " "
                        + c.type().other().id() + " permission of " + resource + ", not as " + article(c.type()) + " "
                        + c.type().id() + " one.",
                fix + (e.note().isBlank() ? "" : " Catalog note: " + e.note()),
                "application and delegated permissions of one name are two different permissions"));
    }

    /** The choice with the name as the catalog spells it ({@code user.read.all} → {@code User.Read.All}). */
    public static ChosenPermission spelledAsCatalog(PermissionCatalog catalog, ChosenPermission c) {
        return catalog.entryIgnoringCase(c.resource(), c.name())
                .map(e -> new ChosenPermission(c.resource(), e.name(), c.type())).orElse(c);
    }

    /**
     * Narrower permissions of the same family the catalog has as this type, by Microsoft Graph's naming: ReadWrite
     * includes Read, Read includes ReadBasic ({@code Mail.ReadWrite} → {@code Mail.Read}, {@code Mail.ReadBasic}).
     */
    public static List<String> narrower(PermissionCatalog catalog, PermissionCatalog.Entry e, PermissionType type) {
        String[] parts = e.name().split("\\.");
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < parts.length; i++) {
            List<String> smaller = switch (parts[i]) {
                case "ReadWrite" -> List.of("Read", "ReadBasic");
                case "Read" -> List.of("ReadBasic");
                default -> List.of();
            };
            for (String s : smaller) {
                String[] copy = parts.clone();
                copy[i] = s;
                catalog.entry(e.resource(), String.join(".", copy)).filter(x -> x.offers(type))
                        .ifPresent(x -> out.add(x.name()));
            }
        }
        return List.copyOf(out);
    }

    /**
     * The resource app's permissions whose name, description as {@code type} (the other type's for a permission
     * that exists only as that) or note hold every word of {@code query} (any case), in catalog order; a blank query
     * matches all.
     */
    public static List<PermissionCatalog.Entry> search(PermissionCatalog catalog, ResourceApp resource, String query,
                                                       PermissionType type) {
        List<String> words = List.of((query == null ? "" : query).toLowerCase(Locale.ROOT).trim().split("\\s+"));
        return catalog.entries(resource).stream().filter(e -> {
            String text = (e.name() + " " + e.description(e.offers(type) ? type : type.other()) + " " + e.note())
                    .toLowerCase(Locale.ROOT);
            return words.stream().allMatch(text::contains);
        }).toList();
    }

    private static String article(PermissionType type) {
        return type == PermissionType.APPLICATION ? "an" : "a";
    }

    private static String key(ResourceApp resource, String name, PermissionType type) {
        return resource.id() + "|" + name.toLowerCase(Locale.ROOT) + "|" + type.id();
    }
}
