package io.m365connect.ui.shell;

import io.m365connect.ui.common.Messages;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ObservableIntegerValue;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The list of pages on the left: done, current, not yet; read out with its state. */
final class StepList extends VBox {
    private final List<String> titles;
    private final ObservableIntegerValue current;
    private final List<Label> items = new ArrayList<>();

    /** Needs only the titles and the current page's index: the window's skeleton shows it before the wizard exists. */
    StepList(List<String> titles, ObservableIntegerValue current) {
        this.titles = List.copyOf(titles);
        this.current = current;
        getStyleClass().add("step-list");
        Label product = new Label(Messages.text("app.title"));
        product.getStyleClass().add("product-name");
        getChildren().add(product);
        for (int i = 0; i < titles.size(); i++) {
            Label item = new Label();
            item.getStyleClass().add("step-item");
            items.add(item);
            getChildren().add(item);
        }
        current.addListener((o, was, now) -> refresh());
        refresh();
    }

    private void refresh() {
        for (int i = 0; i < items.size(); i++) {
            Label item = items.get(i);
            StepStatus status = StepStatus.of(i, current.get());
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
