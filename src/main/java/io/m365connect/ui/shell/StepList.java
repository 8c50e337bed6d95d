package io.m365connect.ui.shell;

import io.m365connect.ui.common.Messages;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The list of pages on the left: done, current, not yet; read out with its state. */
final class StepList extends VBox {
    private final WizardViewModel model;
    private final List<Label> items = new ArrayList<>();

    StepList(WizardViewModel model) {
        this.model = model;
        getStyleClass().add("step-list");
        Label product = new Label(Messages.text("app.title"));
        product.getStyleClass().add("product-name");
        getChildren().add(product);
        List<String> titles = model.titles();
        for (int i = 0; i < titles.size(); i++) {
            Label item = new Label();
            item.getStyleClass().add("step-item");
            items.add(item);
            getChildren().add(item);
        }
        model.currentProperty().addListener((o, was, now) -> refresh());
        refresh();
    }

    private void refresh() {
        List<String> titles = model.titles();
        for (int i = 0; i < items.size(); i++) {
            Label item = items.get(i);
            StepStatus status = model.statusOf(i);
            item.getStyleClass().removeAll("done", "current", "not-yet");
            item.getStyleClass().add(switch (status) {
                case DONE -> "done";
                case CURRENT -> "current";
                case NOT_YET -> "not-yet";
            });
            String mark = Messages.text("steps.mark." + status.name().toLowerCase(java.util.Locale.ROOT));
            item.setText(mark + "  " + (i + 1) + ". " + titles.get(i));
            item.setAccessibleText(Messages.text("steps.accessible", i + 1, titles.get(i),
                    Messages.text("steps.status." + status.name().toLowerCase(java.util.Locale.ROOT))));
        }
    }
}
