package io.m365connect.ui.step.permissions;

import io.m365connect.core.recipe.PermissionRequirement;
import io.m365connect.core.recipe.Prerequisite;
import io.m365connect.ui.common.Link;
import io.m365connect.ui.common.LinkOpener;
import io.m365connect.ui.common.Messages;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Step "Permissions": the picker (for a recipe whose permissions the person chooses), checklist tables,
 * prerequisites, notes, consent buttons and portal links.
 */
final class PermissionsView extends VBox {
    private final PermissionsViewModel model;
    private final LinkOpener opener;
    private final VBox prerequisites = new VBox(4);
    private final VBox notes = new VBox(4);
    private final FlowPane consent = new FlowPane(8, 8);
    private final FlowPane portal = new FlowPane(4, 2);
    private final VBox groups = new VBox(6);
    /** The chosen permission selected in a checklist table: the Remove button's target. */
    private final javafx.beans.property.ObjectProperty<PermissionRequirement> selected =
            new javafx.beans.property.SimpleObjectProperty<>(this, "selected");

    PermissionsView(PermissionsViewModel model, LinkOpener opener) {
        this.model = model;
        this.opener = opener;
        getStyleClass().add("step-content");
        Label hint = text("", "field-hint");
        hint.textProperty().bind(model.linksHintProperty());
        hint.visibleProperty().bind(model.linksHintProperty().isNotEmpty());
        hint.managedProperty().bind(hint.visibleProperty());
        javafx.scene.control.TableView<?> roles = ChecklistTables.roles(model.roles());
        Label noRoles = text(Messages.text("permissions.roles.none"), "field-hint");
        roles.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.roles()));
        roles.managedProperty().bind(roles.visibleProperty());
        noRoles.visibleProperty().bind(roles.visibleProperty().not());
        noRoles.managedProperty().bind(noRoles.visibleProperty());
        Label portalHeading = heading("permissions.section.portal");
        portalHeading.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.portalLinks()));
        portalHeading.managedProperty().bind(portalHeading.visibleProperty());
        PermissionPickerView picker = new PermissionPickerView(model.picker());
        picker.visibleProperty().bind(model.picker().activeProperty());
        picker.managedProperty().bind(picker.visibleProperty());
        Label consentHint = text("", "field-hint");
        consentHint.textProperty().bind(model.consentHintProperty());
        consentHint.visibleProperty().bind(model.consentHintProperty().isNotEmpty());
        consentHint.managedProperty().bind(consentHint.visibleProperty());
        VBox content = new VBox(10, picker,
                heading("permissions.section.consent"), consent, hint, consentHint,
                heading("permissions.section.permissions"), groups, removeRow(),
                heading("permissions.section.roles"), roles, noRoles,
                heading("permissions.section.prerequisites"), prerequisites,
                notes,
                portalHeading, portal);
        content.getStyleClass().add("consent-box");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setFocusTraversable(false);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().add(scroll);
        model.permissions().addListener((ListChangeListener<PermissionRequirement>) c -> fill());
        model.prerequisites().addListener((ListChangeListener<Prerequisite>) c -> fill());
        model.notes().addListener((ListChangeListener<String>) c -> fill());
        model.consentLinks().addListener((ListChangeListener<Link>) c -> fill());
        model.portalLinks().addListener((ListChangeListener<Link>) c -> fill());
        fill();
    }

    /** "Remove" for a chosen permission selected in the checklist; shown while the person chooses. */
    private Node removeRow() {
        Button remove = new Button(PickerTexts.text("picker.remove"));
        remove.setAccessibleText(PickerTexts.text("picker.remove.accessible"));
        remove.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !PermissionsViewModel.removable(selected.get()), selected));
        remove.setOnAction(e -> model.remove(selected.get()));
        HBox row = new HBox(10, remove, text(PickerTexts.text("picker.remove.hint"), "field-hint"));
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        row.visibleProperty().bind(model.picker().activeProperty());
        row.managedProperty().bind(row.visibleProperty());
        return row;
    }

    private void fill() {
        selected.set(null);
        groups.getChildren().clear();
        for (PermissionsViewModel.PermissionGroup g : model.groups()) {
            javafx.scene.control.TableView<PermissionRequirement> table = ChecklistTables.permissions(g);
            table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> selected.set(now));
            table.setOnKeyPressed(e -> {
                if (e.getCode() == javafx.scene.input.KeyCode.DELETE && PermissionsViewModel.removable(selected.get())) {
                    model.remove(selected.get());
                }
            });
            Label why = text("", "fact-note");
            why.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
                PermissionRequirement row = table.getSelectionModel().getSelectedItem();
                return row == null ? Messages.text("permissions.why.hint")
                        : Messages.text("permissions.why.selected", row.name(), row.why());
            }, table.getSelectionModel().selectedItemProperty()));
            groups.getChildren().addAll(text(g.heading(), "group-title"), table, why);
        }
        if (groups.getChildren().isEmpty()) {
            groups.getChildren().add(text(model.picker().activeProperty().get() ? PickerTexts.text("picker.none")
                    : Messages.text("permissions.permissions.none"), "field-hint"));
        }
        prerequisites.getChildren().setAll(model.prerequisites().stream()
                .map(p -> text(Messages.text("permissions.prerequisite", p.title(), p.description()), "fact-note"))
                .toList());
        if (model.prerequisites().isEmpty()) {
            prerequisites.getChildren().add(text(Messages.text("permissions.prerequisites.none"), "field-hint"));
        }
        notes.getChildren().setAll(model.notes().stream()
                .map(n -> text(Messages.text("permissions.note", n), "fact-note")).toList());
        consent.getChildren().setAll(model.consentLinks().stream().map(this::button).toList());
        portal.getChildren().setAll(model.portalLinks().stream().map(this::hyperlink).toList());
    }

    private Button button(Link link) {
        Button b = new Button(link.label());
        b.setMnemonicParsing(false);
        b.setAccessibleText(Messages.text("link.accessible", link.label()));
        b.setOnAction(e -> opener.open(link.url()));
        return b;
    }

    private Hyperlink hyperlink(Link link) {
        Hyperlink h = new Hyperlink(link.label());
        h.setAccessibleText(Messages.text("link.accessible", link.label()));
        h.setOnAction(e -> opener.open(link.url()));
        return h;
    }

    private static Label heading(String key) {
        return text(Messages.text(key), "section-title");
    }

    /** A wrapping label of one style class; the picker's texts look like the rest of the page. */
    static Label text(String s, String style) {
        Label l = new Label(s);
        l.getStyleClass().add(style);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }
}
