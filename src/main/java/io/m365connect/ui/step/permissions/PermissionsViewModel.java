package io.m365connect.ui.step.permissions;

import io.m365connect.core.recipe.ChosenPermission;
import io.m365connect.core.recipe.PermissionRequirement;
import io.m365connect.core.recipe.PermissionType;
import io.m365connect.core.recipe.Prerequisite;
import io.m365connect.core.recipe.Privilege;
import io.m365connect.core.recipe.Recipe;
import io.m365connect.core.recipe.ResourceApp;
import io.m365connect.core.recipe.RoleRequirement;
import io.m365connect.ui.common.Link;
import io.m365connect.ui.common.Messages;
import io.m365connect.ui.shell.LinkSource;
import io.m365connect.ui.shell.WizardSession;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Step "Permissions": the recipe's checklist as read-only facts from the catalog (permissions with their GUIDs,
 * directory roles with who holds them, tenant prerequisites), admin-consent links and portal pages. For a recipe
 * whose permissions the person chooses, the {@link PermissionPickerViewModel picker} fills the checklist, and Next
 * waits for at least one choice. Otherwise the step does not block Next: the Verify step proves what was granted.
 */
public final class PermissionsViewModel {
    private final WizardSession session;
    private final LinkSource consentLinks;
    private final LinkSource portalLinks;
    private final ObservableList<PermissionRequirement> permissions = FXCollections.observableArrayList();
    private final ObservableList<RoleRequirement> roles = FXCollections.observableArrayList();
    private final ObservableList<Prerequisite> prerequisites = FXCollections.observableArrayList();
    private final ObservableList<String> notes = FXCollections.observableArrayList();
    private final ObservableList<Link> consent = FXCollections.observableArrayList();
    private final ObservableList<Link> portal = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper linksHint = new ReadOnlyStringWrapper(this, "linksHint", "");
    private final ReadOnlyStringWrapper unmet = new ReadOnlyStringWrapper(this, "unmet", "");
    private final ReadOnlyStringWrapper consentHint = new ReadOnlyStringWrapper(this, "consentHint", "");
    private final PermissionPickerViewModel picker;
    private final ObservableList<PermissionRequirement> permissionsReadOnly =
            FXCollections.unmodifiableObservableList(permissions);
    private final ObservableList<RoleRequirement> rolesReadOnly =
            FXCollections.unmodifiableObservableList(roles);
    private final ObservableList<Prerequisite> prerequisitesReadOnly =
            FXCollections.unmodifiableObservableList(prerequisites);
    private final ObservableList<String> notesReadOnly =
            FXCollections.unmodifiableObservableList(notes);
    private final ObservableList<Link> consentReadOnly =
            FXCollections.unmodifiableObservableList(consent);
    private final ObservableList<Link> portalReadOnly =
            FXCollections.unmodifiableObservableList(portal);

    public PermissionsViewModel(WizardSession session, LinkSource consentLinks, LinkSource portalLinks) {
        this.session = Objects.requireNonNull(session);
        this.consentLinks = Objects.requireNonNull(consentLinks);
        this.portalLinks = Objects.requireNonNull(portalLinks);
        this.picker = new PermissionPickerViewModel(session);
        session.recipeProperty().addListener((o, was, now) -> refresh());
        refresh();
    }

    public PermissionPickerViewModel picker() { return picker; }
    /** What to do before the consent link works for chosen application permissions; empty when nothing. */
    public ReadOnlyStringProperty consentHintProperty() { return consentHint.getReadOnlyProperty(); }

    /** True for a permission the person chose (and may remove); a recipe's own permissions stay. */
    public static boolean removable(PermissionRequirement p) {
        return p != null && p.privilege() == Privilege.CHOSEN;
    }

    /** Takes a chosen permission out of the choice; the checklist, links and check follow. */
    public void remove(PermissionRequirement p) {
        if (removable(p)) {
            session.removePermission(new ChosenPermission(p.resource(), p.name(), p.type()));
        }
    }

    public ObservableList<PermissionRequirement> permissions() { return permissionsReadOnly; }
    public ObservableList<RoleRequirement> roles() { return rolesReadOnly; }
    public ObservableList<Prerequisite> prerequisites() { return prerequisitesReadOnly; }
    /** Notes from the recipe, e.g. that the vendor also offers its own OAuth sign-in. */
    public ObservableList<String> notes() { return notesReadOnly; }
    public ObservableList<Link> consentLinks() { return consentReadOnly; }
    public ObservableList<Link> portalLinks() { return portalReadOnly; }
    /** Why there are no consent links yet (tenant or client ID missing); empty when there are. */
    public ReadOnlyStringProperty linksHintProperty() { return linksHint.getReadOnlyProperty(); }
    public ReadOnlyStringProperty unmetRequirementProperty() { return unmet.getReadOnlyProperty(); }

    /** Reads the recipe and the links again (called when the page is shown). */
    public void refresh() {
        Recipe recipe = session.recipe().orElse(null);
        permissions.setAll(recipe == null ? List.of() : recipe.permissions());
        roles.setAll(recipe == null ? List.of() : recipe.roles());
        prerequisites.setAll(recipe == null ? List.of() : recipe.prerequisites());
        notes.setAll(recipe == null ? List.of() : recipe.notes());
        consent.setAll(recipe == null ? List.of() : consentLinks.linksFor(session));
        portal.setAll(portalLinks.linksFor(session));
        linksHint.set(recipe != null && consent.isEmpty() ? Messages.text("permissions.links.missing") : "");
        List<String> chosenApp = permissions.stream().filter(p -> removable(p) && p.type() == PermissionType.APPLICATION)
                .map(PermissionRequirement::name).toList();
        consentHint.set(chosenApp.isEmpty() ? "" : PickerTexts.text("picker.consent.application",
                String.join(", ", chosenApp)));
        boolean choosing = recipe != null && recipe.permissionsSelectable();
        unmet.set(choosing && permissions.stream().noneMatch(PermissionsViewModel::removable)
                ? PickerTexts.text("picker.unmet") : "");
    }

    /** The permissions grouped by resource app, in catalog order, each with a heading such as "Microsoft Graph (3)". */
    public List<PermissionGroup> groups() {
        Map<ResourceApp, List<PermissionRequirement>> byResource = new EnumMap<>(ResourceApp.class);
        permissions.forEach(p -> byResource.computeIfAbsent(p.resource(), r -> new ArrayList<>()).add(p));
        return byResource.entrySet().stream().map(e -> new PermissionGroup(
                Messages.text("permissions.group", e.getKey().displayName(), e.getValue().size()), e.getValue())).toList();
    }

    /** Permissions of one resource app under a heading. */
    public record PermissionGroup(String heading, List<PermissionRequirement> rows) {
        public PermissionGroup {
            rows = List.copyOf(rows);
        }
    }

    /** "Application, least" or "Delegated, higher, optional": the three facts in one short cell. */
    public static String kind(PermissionRequirement p) {
        return Messages.text(p.required() ? "permissions.kind" : "permissions.kind.optional", type(p),
                Messages.text("permissions.kind.privilege." + p.privilege().id()));
    }

    public static String type(PermissionRequirement p) {
        return Messages.text("permissions.type." + p.type().id());
    }

    public static String privilege(PermissionRequirement p) {
        return Messages.text("permissions.privilege." + p.privilege().id());
    }

    public static String required(boolean required) {
        return Messages.text(required ? "permissions.required" : "permissions.optional");
    }

    public static String holder(RoleRequirement r) {
        return Messages.text("permissions.holder." + r.holder().id().toLowerCase(Locale.ROOT));
    }

    /** A line a screen reader can say for one permission row. */
    public static String describe(PermissionRequirement p) {
        return Messages.text("permissions.row.accessible", p.resource().displayName(), p.name(), type(p), privilege(p),
                required(p.required()), p.why());
    }
}
