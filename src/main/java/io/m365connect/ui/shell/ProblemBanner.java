package io.m365connect.ui.shell;

import io.m365connect.core.common.Problem;
import io.m365connect.ui.common.Messages;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The problem banner: what happened, the likely causes, what to do; hidden when there is no problem. */
final class ProblemBanner extends VBox {
    private final Label summary = new Label();
    private final Label causes = new Label();
    private final Label fix = new Label();

    ProblemBanner(Activity activity) {
        getStyleClass().add("problem-banner");
        setAccessibleRole(AccessibleRole.TEXT);
        for (Label l : new Label[] {summary, causes, fix}) {
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
        }
        summary.getStyleClass().add("problem-summary");
        Button dismiss = new Button(Messages.text("problem.dismiss"));
        dismiss.setAccessibleText(Messages.text("problem.dismiss.accessible"));
        dismiss.setOnAction(e -> activity.dismissProblem());
        dismiss.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(summary, Priority.ALWAYS);
        summary.setMaxWidth(Double.MAX_VALUE);
        getChildren().addAll(new HBox(8, summary, dismiss), causes, fix);
        activity.problemProperty().addListener((o, was, now) -> show(now));
        show(activity.problemProperty().get());
    }

    private void show(Problem p) {
        setVisible(p != null);
        setManaged(p != null);
        if (p == null) {
            return;
        }
        summary.setText(p.summary());
        causes.setText(p.likelyCauses().isEmpty() ? ""
                : Messages.text("problem.causes", String.join("; ", p.likelyCauses())));
        causes.setManaged(!p.likelyCauses().isEmpty());
        fix.setText(p.fix().isBlank() ? "" : Messages.text("problem.fix", p.fix()));
        fix.setManaged(!p.fix().isBlank());
        setAccessibleText(p.oneLine());
    }
}
