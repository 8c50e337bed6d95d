package io.m365connect.ui.step.target;

import io.m365connect.core.recipe.Recipe;
import io.m365connect.ui.common.Messages;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** One recipe as a selectable card: title, vendor, and what the person will need. */
final class RecipeCard extends ToggleButton {
    private static final double WIDTH = 264;
    final Recipe recipe;
    private final VBox box;

    RecipeCard(Recipe recipe) {
        this.recipe = recipe;
        getStyleClass().add("recipe-card");
        setMnemonicParsing(false);
        Label title = new Label(recipe.title());
        title.getStyleClass().add("card-title");
        title.setWrapText(true);
        Label vendor = new Label(recipe.vendor());
        vendor.getStyleClass().add("card-vendor");
        VBox box = new VBox(4, title, vendor);
        if (!recipe.needs().isEmpty()) {
            Label heading = new Label(Messages.text("target.card.needs"));
            heading.getStyleClass().add("card-vendor");
            box.getChildren().add(heading);
            for (String need : TargetViewModel.needs(recipe)) {
                Label line = new Label(Messages.text("target.card.bullet", need));
                line.getStyleClass().add("card-needs");
                line.setWrapText(true);
                line.setMinHeight(Region.USE_PREF_SIZE);
                box.getChildren().add(line);
            }
        }
        box.setPrefWidth(WIDTH);
        box.setMaxWidth(WIDTH);
        this.box = box;
        setGraphic(box);
        setMinHeight(Region.USE_PREF_SIZE);
        setMaxHeight(Region.USE_PREF_SIZE);
        setAccessibleText(TargetViewModel.describe(recipe));
    }

    /** A button asks its graphic for its height without a width, and wrapped labels then stack word by word. */
    @Override
    protected double computePrefHeight(double width) {
        return snappedTopInset() + snappedBottomInset() + box.prefHeight(WIDTH);
    }
}
