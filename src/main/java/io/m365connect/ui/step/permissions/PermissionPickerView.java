package io.m365connect.ui.step.permissions;

import static io.m365connect.ui.step.permissions.PermissionsView.text;

import io.m365connect.core.common.Problem;
import io.m365connect.core.recipe.PermissionType;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;

/** The permission picker: kind (application or delegated), a search box, and a check box per catalog permission. */
final class PermissionPickerView extends VBox {
    private final PermissionPickerViewModel model;
    private final VBox list = new VBox(2);
    private final ToggleGroup kinds = new ToggleGroup();
    private double nameWidth = 240;

    PermissionPickerView(PermissionPickerViewModel model) {
        super(8);
        this.model = model;
        getStyleClass().add("permission-picker");
        RadioButton application = kind(PermissionType.APPLICATION, "picker.type.application");
        RadioButton delegated = kind(PermissionType.DELEGATED, "picker.type.delegated");
        HBox kinds = new HBox(16, application, delegated);
        kinds.setAccessibleText(PickerTexts.text("picker.type.label"));
        TextField search = new TextField();
        search.setId("permission-search");
        search.setPromptText(PickerTexts.text("picker.search.prompt"));
        search.setAccessibleText(PickerTexts.text("picker.search.accessible"));
        search.textProperty().bindBidirectional(model.queryProperty());
        HBox.setHgrow(search, Priority.ALWAYS);
        Label count = bound(model.countProperty(), "field-hint");
        count.setMinWidth(Region.USE_PREF_SIZE);
        HBox searchRow = new HBox(10, search, count);
        searchRow.setAlignment(Pos.CENTER_LEFT);
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(260);
        scroll.setFocusTraversable(false);
        scroll.getStyleClass().add("picker-list");
        list.setAccessibleText(PickerTexts.text("picker.list.accessible"));
        Label problem = new Label();
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);
        problem.textProperty().bind(Bindings.createStringBinding(() -> summary(model.problemProperty().get()),
                model.problemProperty()));
        showWhenNotEmpty(problem);
        Label mismatch = bound(model.mismatchProperty(), "field-warning");
        showWhenNotEmpty(mismatch);
        getChildren().addAll(text(PickerTexts.text("picker.heading"), "section-title"),
                text(PickerTexts.text("picker.intro"), "fact-note"), bound(model.typeHintProperty(), "field-hint"),
                kinds, mismatch, searchRow, scroll, problem);
        model.rows().addListener((ListChangeListener<PermissionPickerViewModel.Row>) c -> fill());
        fill();
    }

    private RadioButton kind(PermissionType type, String key) {
        RadioButton b = new RadioButton(PickerTexts.text(key));
        b.setAccessibleText(PickerTexts.text(key + ".accessible"));
        b.setMnemonicParsing(false);
        b.setUserData(type);
        b.setToggleGroup(kinds);
        b.setSelected(model.typeProperty().get() == type);
        b.selectedProperty().addListener((o, was, now) -> {
            if (now) {
                model.typeProperty().set(type);
            }
        });
        model.typeProperty().addListener((o, was, now) -> b.setSelected(now == type));
        return b;
    }

    private void fill() {
        // The name column is as wide as the longest name seen (within bounds), so names are not cut and the column
        // does not jump while the person types a search.
        nameWidth = Math.max(nameWidth, Math.min(460, model.rows().stream()
                .mapToDouble(r -> new Text(r.name()).getLayoutBounds().getWidth()).max().orElse(0) + 36));
        list.getChildren().setAll(model.rows().stream().map(this::row).toList());
    }

    private Node row(PermissionPickerViewModel.Row row) {
        CheckBox box = new CheckBox(row.name());
        box.setMnemonicParsing(false);
        box.setMinWidth(Region.USE_PREF_SIZE);
        box.setPrefWidth(nameWidth);
        box.setDisable(!row.available());
        box.setSelected(row.chosenProperty().get());
        row.chosenProperty().addListener((o, was, now) -> box.setSelected(now));
        box.setOnAction(e -> model.setChosen(row, box.isSelected()));
        box.setAccessibleText(PickerTexts.text("picker.row.accessible", row.name(),
                PermissionPickerViewModel.word(model.typeProperty().get()), row.description(),
                row.hint().isEmpty() ? "" : ". " + row.hint()));
        VBox words = new VBox(0, text(row.description(), "fact-note"));
        if (!row.hint().isEmpty()) {
            words.getChildren().add(text(row.hint(), "field-hint"));
        }
        HBox.setHgrow(words, Priority.ALWAYS);
        HBox line = new HBox(10, box, words);
        line.getStyleClass().add("picker-row");
        return line;
    }

    private static String summary(Problem p) {
        return p == null ? "" : p.summary() + (p.fix().isBlank() ? "" : " " + p.fix());
    }

    private static void showWhenNotEmpty(Label l) {
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
        l.managedProperty().bind(l.visibleProperty());
    }

    private static Label bound(ObservableStringValue value, String style) {
        Label l = text("", style);
        l.textProperty().bind(value);
        return l;
    }
}
