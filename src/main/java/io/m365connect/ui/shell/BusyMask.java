package io.m365connect.ui.shell;

import io.m365connect.ui.common.Messages;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;

/** Covers the page while work runs: a spinner, the progress text and Cancel (also Esc). */
final class BusyMask extends VBox {
    final Button cancel = new Button(Messages.text("busy.cancel"));

    BusyMask(Activity activity) {
        super(12);
        getStyleClass().add("busy-mask");
        setAlignment(Pos.CENTER);
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setAccessibleText(Messages.text("busy.accessible"));
        Label text = new Label();
        text.getStyleClass().add("busy-text");
        text.textProperty().bind(activity.progressTextProperty());
        cancel.setAccessibleText(Messages.text("busy.cancel.accessible"));
        cancel.setOnAction(e -> activity.cancel());
        getChildren().addAll(spinner, text, cancel);
        visibleProperty().bind(activity.busyProperty());
        activity.busyProperty().addListener((o, was, now) -> {
            if (now) {
                cancel.requestFocus();
            }
        });
    }
}
