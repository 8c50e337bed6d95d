package io.m365connect.ui.step.permissions;

import io.m365connect.core.recipe.PermissionRequirement;
import io.m365connect.core.recipe.RoleRequirement;
import io.m365connect.ui.common.Messages;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The read-only tables of the Permissions page, sized to their rows so the page scrolls as one. */
final class ChecklistTables {
    private static final double ROW = 26;

    private ChecklistTables() {
    }

    static TableView<PermissionRequirement> permissions(ObservableList<PermissionRequirement> rows) {
        TableView<PermissionRequirement> t = table(rows, "permissions.table.accessible");
        t.getColumns().add(column("permissions.col.resource", 150, p -> p.resource().displayName()));
        t.getColumns().add(column("permissions.col.name", 200, PermissionRequirement::name));
        t.getColumns().add(column("permissions.col.type", 95, PermissionsViewModel::type));
        t.getColumns().add(column("permissions.col.privilege", 80, PermissionsViewModel::privilege));
        t.getColumns().add(column("permissions.col.required", 75, p -> PermissionsViewModel.required(p.required())));
        t.getColumns().add(column("permissions.col.id", 270, PermissionRequirement::id));
        t.getColumns().add(column("permissions.col.why", 320, PermissionRequirement::why));
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
        TableView<RoleRequirement> t = table(rows, "permissions.roles.accessible");
        t.getColumns().add(column("permissions.col.role", 220, RoleRequirement::name));
        t.getColumns().add(column("permissions.col.holder", 160, PermissionsViewModel::holder));
        t.getColumns().add(column("permissions.col.required", 75, r -> PermissionsViewModel.required(r.required())));
        t.getColumns().add(column("permissions.col.template", 270, RoleRequirement::templateId));
        t.getColumns().add(column("permissions.col.why", 320, RoleRequirement::why));
        return t;
    }

    private static <T> TableView<T> table(ObservableList<T> rows, String accessibleKey) {
        TableView<T> t = new TableView<>(rows);
        t.setAccessibleText(Messages.text(accessibleKey));
        t.setFixedCellSize(ROW);
        t.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        t.prefHeightProperty().bind(Bindings.size(rows).add(1.6).multiply(ROW));
        t.minHeightProperty().bind(t.prefHeightProperty());
        t.setPlaceholder(new javafx.scene.control.Label(Messages.text("permissions.none")));
        return t;
    }

    private static <T> TableColumn<T, String> column(String key, double width, Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>(Messages.text(key));
        c.setPrefWidth(width);
        c.setSortable(true);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        return c;
    }
}
