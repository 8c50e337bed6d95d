package io.m365connect.ui.step.handoff;

import static io.m365connect.ui.step.handoff.HandoffTexts.text;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** One output field: its name in the target's words, the value (masked until shown), Show and Copy. */
final class FieldRowView extends HBox {
    FieldRowView(FieldRow row, HandoffViewModel model) {
        super(8);
        Label name = new Label(row.label());
        name.setMinWidth(190);
        name.setPrefWidth(190);
        name.getStyleClass().add("field-name");
        if (!row.hint().isBlank()) {
            name.setTooltip(new Tooltip(row.hint()));
        }
        TextInputControl value = row.multiline() ? new TextArea() : new javafx.scene.control.TextField();
        if (value instanceof TextArea area) {
            area.setPrefRowCount(3);
            area.setWrapText(false);
        }
        value.setEditable(false);
        value.textProperty().bind(row.textBinding());
        value.setAccessibleText(row.label());
        if (row.missing()) {
            value.getStyleClass().add("field-missing");
        }
        HBox.setHgrow(value, Priority.ALWAYS);
        getChildren().addAll(name, value);
        if (row.hidden()) {
            ToggleButton show = new ToggleButton(text("handoff.show"));
            show.selectedProperty().bindBidirectional(row.revealedProperty());
            show.textProperty().bind(javafx.beans.binding.Bindings.when(row.revealedProperty())
                    .then(text("handoff.hide")).otherwise(text("handoff.show")));
            show.setAccessibleText(text("handoff.show.accessible", row.label()));
            getChildren().add(show);
        }
        Button copy = HandoffView.button(text("handoff.copy"), () -> model.copy(row));
        copy.setDisable(!row.copyable());
        copy.setAccessibleText(text("handoff.copy.accessible", row.label()));
        getChildren().add(copy);
    }
}
