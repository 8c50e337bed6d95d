package io.m365connect.ui.step.permissions;

import io.m365connect.core.recipe.PermissionRequirement;
import io.m365connect.core.recipe.RoleRequirement;
import io.m365connect.ui.common.Messages;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TableView;

/** The read-only tables of the Permissions page, sized to their rows so the page scrolls as one. */
final class ChecklistTables {
    private static final double ROW = 26;

    private ChecklistTables() {
    }

    static TableView<PermissionRequirement> permissions(PermissionsViewModel.PermissionGroup group) {
        TableView<PermissionRequirement> t = table(FXCollections.observableArrayList(group.rows()),
                Messages.text("permissions.table.accessible", group.heading()));
        t.getColumns().add(column("permissions.col.name", fit(group.rows(), PermissionRequirement::name, 190, 330),
                PermissionRequirement::name));
        t.getColumns().add(column("permissions.col.kind", fit(group.rows(), PermissionsViewModel::kind, 130, 200),
                PermissionsViewModel::kind));
        t.getColumns().add(guid(column("permissions.col.id", 275, PermissionRequirement::id)));
        t.getColumns().add(column("permissions.col.why", 120, PermissionRequirement::why));
        t.setRowFactory(v -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(PermissionRequirement item, boolean empty) {
                super.updateItem(item, empty);
                setAccessibleText(empty || item == null ? null : PermissionsViewModel.describe(item));
            }
        });
        return t;
    }

    static TableView<RoleRequirement> roles(ObservableList<RoleRequirement> rows) {
        TableView<RoleRequirement> t = table(rows, Messages.text("permissions.roles.accessible"));
        t.getColumns().add(column("permissions.col.role", 200, RoleRequirement::name));
        t.getColumns().add(column("permissions.col.holder", 130, PermissionsViewModel::holder));
        t.getColumns().add(column("permissions.col.required", 70,
                r -> Messages.text(r.required() ? "permissions.needed.required" : "permissions.needed.optional")));
        t.getColumns().add(guid(column("permissions.col.template", 275, RoleRequirement::templateId)));
        t.getColumns().add(column("permissions.col.why", 120, RoleRequirement::why));
        return t;
    }

    private static <T> TableView<T> table(ObservableList<T> rows, String accessibleText) {
        TableView<T> t = new TableView<>(rows);
        t.setAccessibleText(accessibleText);
        t.setFixedCellSize(ROW);
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.prefHeightProperty().bind(Bindings.size(rows).add(1.2).multiply(ROW));
        t.minHeightProperty().bind(t.prefHeightProperty());
        t.setPlaceholder(new javafx.scene.control.Label(Messages.text("permissions.none")));
        return t;
    }

    /** A column as wide as its longest text (within bounds), so permission names are not cut. */
    private static <T> double fit(java.util.List<T> rows, Function<T, String> value, double min, double max) {
        double widest = rows.stream().mapToDouble(r -> new javafx.scene.text.Text(value.apply(r)).getLayoutBounds().getWidth())
                .max().orElse(0) + 24;
        return Math.max(min, Math.min(max, widest));
    }

    private static <T> TableColumn<T, String> guid(TableColumn<T, String> c) {
        c.getStyleClass().add("guid-column");
        return c;
    }

    private static <T> TableColumn<T, String> column(String key, double width, Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>(Messages.text(key));
        c.setPrefWidth(width);
        c.setMinWidth(key.endsWith(".why") ? 80 : width);
        c.setSortable(true);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.isEmpty() ? null : new Tooltip(item));
            }
        });
        return c;
    }
}
