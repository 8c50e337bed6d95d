package io.m365connect.ui.step.permissions;

import io.m365connect.core.common.Problem;
import io.m365connect.core.recipe.ChosenPermission;
import io.m365connect.core.recipe.CredentialKind;
import io.m365connect.core.recipe.PermissionCatalog;
import io.m365connect.core.recipe.PermissionChoices;
import io.m365connect.core.recipe.PermissionType;
import io.m365connect.core.recipe.Recipe;
import io.m365connect.core.recipe.ResourceApp;
import io.m365connect.ui.shell.WizardSession;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The picker for a recipe whose permissions the person chooses: the catalog's Microsoft Graph permissions, searched
 * by name or description, as application or delegated (by default what the credential's token carries), each with
 * a check box. The choice itself lives in the session, so the checklist, links and check follow it.
 */
public final class PermissionPickerViewModel {
    /** One permission the picker offers; {@code chosen} follows the session as the person ticks and removes. */
    public static final class Row {
        private final String name;
        private final String description;
        private final boolean available;
        private final String hint;
        private final ReadOnlyBooleanWrapper chosen = new ReadOnlyBooleanWrapper(this, "chosen");

        Row(String name, String description, boolean available, String hint) {
            this.name = name;
            this.description = description;
            this.available = available;
            this.hint = hint;
        }

        public String name() { return name; }
        /** The resource app's own words for the permission as the picker's type. */
        public String description() { return description; }
        /** False when the permission does not exist as the picker's type (the hint says which it is). */
        public boolean available() { return available; }
        /** Narrower choices, or why the permission cannot be had as this type; empty when there is nothing to add. */
        public String hint() { return hint; }
        public ReadOnlyBooleanProperty chosenProperty() { return chosen.getReadOnlyProperty(); }
    }

    private final WizardSession session;
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active");
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObjectProperty<PermissionType> type = new SimpleObjectProperty<>(this, "type");
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<Row> rowsReadOnly = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper(this, "count", "");
    private final ReadOnlyStringWrapper typeHint = new ReadOnlyStringWrapper(this, "typeHint", "");
    private final ReadOnlyStringWrapper mismatch = new ReadOnlyStringWrapper(this, "mismatch", "");
    private final ReadOnlyObjectWrapper<Problem> problem = new ReadOnlyObjectWrapper<>(this, "problem");

    public PermissionPickerViewModel(WizardSession session) {
        this.session = session;
        type.set(PermissionType.forCredential(session.credentialKindProperty().get()));
        session.credentialKindProperty().addListener((o, was, now) -> {
            type.set(PermissionType.forCredential(now));
            hints();
        });
        // A tick changes the recipe (its checklist), not which permissions are offered: the rows stay, and so does focus.
        session.recipeProperty().addListener((o, was, now) -> {
            if (was == null || now == null || !was.id().equals(now.id())) {
                refresh();
            }
        });
        query.addListener((o, was, now) -> fill());
        type.addListener((o, was, now) -> {
            fill();
            hints();
        });
        session.chosenPermissions().addListener((ListChangeListener<ChosenPermission>) c -> {
            marks();
            hints();
        });
        refresh();
    }

    /** True while the recipe lets the person choose its permissions; the picker is shown only then. */
    public ReadOnlyBooleanProperty activeProperty() { return active.getReadOnlyProperty(); }
    public StringProperty queryProperty() { return query; }
    /** The kind of permission ticking adds: application or delegated. */
    public ObjectProperty<PermissionType> typeProperty() { return type; }
    public ObservableList<Row> rows() { return rowsReadOnly; }
    /** "12 of 77 Microsoft Graph permissions", or that nothing matches. */
    public ReadOnlyStringProperty countProperty() { return count.getReadOnlyProperty(); }
    /** Which kind fits the credential chosen on the Credential step, and why. */
    public ReadOnlyStringProperty typeHintProperty() { return typeHint.getReadOnlyProperty(); }
    /** Chosen permissions the credential's token cannot show; empty when there are none. */
    public ReadOnlyStringProperty mismatchProperty() { return mismatch.getReadOnlyProperty(); }
    /** Why the last tick was refused; null when it was not. */
    public ReadOnlyObjectProperty<Problem> problemProperty() { return problem.getReadOnlyProperty(); }

    public void refresh() {
        active.set(session.recipe().map(Recipe::permissionsSelectable).orElse(false));
        fill();
        hints();
    }

    /** Ticks or unticks one permission as the picker's type. */
    public void setChosen(Row row, boolean chosen) {
        ChosenPermission p = ChosenPermission.graph(row.name(), type.get());
        if (chosen) {
            Optional<Problem> refused = session.choosePermission(p);
            problem.set(refused.orElse(null));
            if (refused.isPresent()) {
                row.chosen.set(false);
            }
        } else {
            problem.set(null);
            session.removePermission(p);
        }
    }

    private void fill() {
        if (!active.get()) {
            rows.clear();
            count.set("");
            return;
        }
        PermissionCatalog catalog = session.permissionCatalog();
        PermissionType t = type.get();
        List<PermissionCatalog.Entry> found = PermissionChoices.search(catalog, ResourceApp.GRAPH, query.get(), t);
        // What can be ticked first; the rest stays visible below, saying which kind it exists as.
        rows.setAll(found.stream().map(e -> row(catalog, e, t))
                .sorted(java.util.Comparator.comparing(r -> !r.available())).toList());
        marks();
        count.set(found.isEmpty() ? PickerTexts.text("picker.count.none", query.get().strip())
                : PickerTexts.text("picker.count", found.size(), catalog.entries(ResourceApp.GRAPH).size()));
    }

    private static Row row(PermissionCatalog catalog, PermissionCatalog.Entry e, PermissionType t) {
        if (!e.offers(t)) {
            String other = word(t.other());
            return new Row(e.name(), e.description(t.other()), false,
                    PickerTexts.text("picker.row.unavailable", word(t), e.note().isBlank()
                            ? PickerTexts.text("picker.row.unavailable.short", other) : e.note()));
        }
        List<String> narrower = PermissionChoices.narrower(catalog, e, t);
        return new Row(e.name(), e.description(t), true,
                narrower.isEmpty() ? "" : PickerTexts.text("picker.row.narrower", String.join(", ", narrower)));
    }

    private void marks() {
        PermissionType t = type.get();
        for (Row r : rows) {
            r.chosen.set(session.chosenPermissions().contains(ChosenPermission.graph(r.name(), t)));
        }
    }

    private void hints() {
        CredentialKind kind = session.credentialKindProperty().get();
        typeHint.set(kind == null ? PickerTexts.text("picker.type.none") : PickerTexts.text(kind.isAppOnly()
                ? "picker.type.appOnly" : "picker.type.user", PickerTexts.text("picker.kind." + kind.id())));
        PermissionType fits = PermissionType.forCredential(kind);
        long unfit = session.chosenPermissions().stream().filter(p -> p.type() != fits).count();
        mismatch.set(kind == null || unfit == 0 || !active.get() ? "" : PickerTexts.text("picker.mismatch", unfit,
                word(fits.other()), PickerTexts.text("picker.kind." + kind.id())));
    }

    static String word(PermissionType t) {
        return PickerTexts.text("picker.type.word." + t.id());
    }
}
