package io.m365connect.ui.step.target;

import io.m365connect.core.recipe.Recipe;
import io.m365connect.core.tenant.Cloud;
import io.m365connect.ui.common.Messages;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** Step "Target": a search box, one card per recipe, and the cloud choice. */
final class TargetView extends VBox {
    private final TargetViewModel model;
    private final Runnable openPractice;
    private final FlowPane cards = new FlowPane(12, 12);
    private final ToggleGroup group = new ToggleGroup();
    private boolean filling;

    TargetView(TargetViewModel model, Runnable openPractice) {
        super(12);
        this.model = model;
        this.openPractice = openPractice;
        getStyleClass().add("step-content");
        getChildren().addAll(searchRow(), cardArea(), cloudRow());
        model.visibleRecipes().addListener((ListChangeListener<Recipe>) c -> fillCards());
        model.selectedProperty().addListener((o, was, now) -> markSelected());
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (filling) {
                return;
            }
            if (now instanceof RecipeCard card) {
                model.choose(card.recipe);
            } else if (was != null) {
                was.setSelected(true); // a second click on the chosen card keeps it chosen
            }
        });
        fillCards();
    }

    private HBox searchRow() {
        Label label = new Label(Messages.text("target.search"));
        TextField search = new TextField();
        search.setId("recipe-search");
        search.setPromptText(Messages.text("target.search.prompt"));
        search.setAccessibleText(Messages.text("target.search.accessible"));
        search.textProperty().bindBidirectional(model.searchProperty());
        label.setLabelFor(search);
        label.setMnemonicParsing(true);
        HBox.setHgrow(search, Priority.ALWAYS);
        HBox row = new HBox(8, label, search);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private VBox cardArea() {
        Label empty = new Label();
        empty.getStyleClass().add("empty-hint");
        empty.textProperty().bind(model.emptyTextProperty());
        empty.visibleProperty().bind(model.emptyTextProperty().isNotEmpty());
        empty.managedProperty().bind(empty.visibleProperty());
        cards.setRowValignment(javafx.geometry.VPos.TOP);
        ScrollPane scroll = new ScrollPane(cards);
        scroll.setFitToWidth(true);
        scroll.setFocusTraversable(false);
        scroll.setAccessibleText(Messages.text("target.cards.accessible"));
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        VBox area = new VBox(8, empty, scroll);
        VBox.setVgrow(area, Priority.ALWAYS);
        return area;
    }

    private VBox cloudRow() {
        Label label = new Label(Messages.text("target.cloud"));
        ComboBox<Cloud> cloud = new ComboBox<>();
        cloud.setId("cloud-choice");
        cloud.setItems(model.clouds());
        cloud.setCellFactory(v -> new CloudCell());
        cloud.setButtonCell(new CloudCell());
        cloud.setValue(model.cloudProperty().get());
        cloud.setAccessibleText(Messages.text("target.cloud.accessible"));
        cloud.valueProperty().addListener((o, was, now) -> model.chooseCloud(now));
        model.cloudProperty().addListener((o, was, now) -> cloud.setValue(now));
        label.setLabelFor(cloud);
        label.setMnemonicParsing(true);
        Button file = new Button(Messages.text("target.cloudFile"));
        file.setAccessibleText(Messages.text("target.cloudFile.accessible"));
        file.setOnAction(e -> chooseCloudFile());
        Label hint = new Label(Messages.text("target.cloud.hint"));
        hint.getStyleClass().add("field-hint");
        Label problem = new Label();
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);
        problem.textProperty().bind(model.cloudFileMessageProperty());
        problem.visibleProperty().bind(model.cloudFileMessageProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        // The controls keep their full text; only the hint gives way when the row is short.
        label.setMinWidth(Region.USE_PREF_SIZE);
        file.setMinWidth(Region.USE_PREF_SIZE);
        hint.setMinWidth(0);
        HBox row = new HBox(8, label, cloud, file);
        if (openPractice != null) {
            Button practice = new Button(Messages.text("target.practice"));
            practice.setId("practice-tenant");
            practice.setAccessibleText(Messages.text("target.practice.accessible"));
            practice.setOnAction(e -> openPractice.run());
            practice.setMinWidth(Region.USE_PREF_SIZE);
            row.getChildren().add(practice);
        }
        row.getChildren().add(hint);
        row.setAlignment(Pos.CENTER_LEFT);
        return new VBox(4, row, problem);
    }

    private void chooseCloudFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.text("target.cloudFile.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.text("target.cloudFile.filter"), "*.json"));
        java.io.File file = chooser.showOpenDialog(getScene().getWindow());
        if (file != null) {
            model.loadCloudFile(file.toPath());
        }
    }

    private void fillCards() {
        filling = true;
        group.getToggles().clear();
        cards.getChildren().clear();
        for (Recipe recipe : model.visibleRecipes()) {
            RecipeCard card = new RecipeCard(recipe);
            card.setToggleGroup(group);
            cards.getChildren().add(card);
        }
        markSelected();
        filling = false;
    }

    private void markSelected() {
        cards.getChildren().forEach(n -> ((RecipeCard) n).setSelected(model.isChosen(((RecipeCard) n).recipe)));
    }

    private static final class CloudCell extends ListCell<Cloud> {
        @Override
        protected void updateItem(Cloud item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? "" : item.displayName());
        }
    }
}
