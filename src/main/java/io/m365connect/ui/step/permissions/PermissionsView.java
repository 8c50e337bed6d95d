package io.m365connect.ui.step.permissions;

import io.m365connect.core.recipe.PermissionRequirement;
import io.m365connect.core.recipe.Prerequisite;
import io.m365connect.ui.common.Link;
import io.m365connect.ui.common.LinkOpener;
import io.m365connect.ui.common.Messages;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Step "Permissions": checklist tables, prerequisites, notes, consent buttons and portal links. */
final class PermissionsView extends VBox {
    private final PermissionsViewModel model;
    private final LinkOpener opener;
    private final VBox prerequisites = new VBox(4);
    private final VBox notes = new VBox(4);
    private final FlowPane consent = new FlowPane(8, 8);
    private final FlowPane portal = new FlowPane(4, 2);
    private final VBox groups = new VBox(6);

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
        VBox content = new VBox(10,
                heading("permissions.section.consent"), consent, hint,
                heading("permissions.section.permissions"), groups,
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

    private void fill() {
        groups.getChildren().clear();
        for (PermissionsViewModel.PermissionGroup g : model.groups()) {
            javafx.scene.control.TableView<PermissionRequirement> table = ChecklistTables.permissions(g);
            Label why = text("", "fact-note");
            why.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
                PermissionRequirement row = table.getSelectionModel().getSelectedItem();
                return row == null ? Messages.text("permissions.why.hint")
                        : Messages.text("permissions.why.selected", row.name(), row.why());
            }, table.getSelectionModel().selectedItemProperty()));
            groups.getChildren().addAll(text(g.heading(), "group-title"), table, why);
        }
        if (groups.getChildren().isEmpty()) {
            groups.getChildren().add(text(Messages.text("permissions.permissions.none"), "field-hint"));
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

    private static Label text(String s, String style) {
        Label l = new Label(s);
        l.getStyleClass().add(style);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }
}
