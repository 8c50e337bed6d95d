package io.m365connect.ui.shell;

import io.m365connect.ui.common.Messages;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** "Continue where you left off": shown at start when a previous draft exists. */
final class ResumeBar extends HBox {
    ResumeBar(WizardViewModel model) {
        super(8);
        getStyleClass().add("resume-bar");
        setAlignment(Pos.CENTER_LEFT);
        Label text = new Label();
        text.setWrapText(true);
        text.textProperty().bind(model.resumeSummaryProperty());
        text.setMaxWidth(Double.MAX_VALUE);
        text.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button resume = new Button(Messages.text("resume.continue"));
        resume.setAccessibleText(Messages.text("resume.continue.accessible"));
        resume.setOnAction(e -> model.continueDraft());
        Button fresh = new Button(Messages.text("resume.new"));
        fresh.setAccessibleText(Messages.text("resume.new.accessible"));
        fresh.setOnAction(e -> model.startNew());
        resume.setMinWidth(Region.USE_PREF_SIZE);
        fresh.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().addAll(text, resume, fresh);
        visibleProperty().bind(model.resumableProperty().isNotNull());
        managedProperty().bind(visibleProperty());
    }
}
