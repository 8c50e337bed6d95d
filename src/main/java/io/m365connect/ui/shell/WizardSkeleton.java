package io.m365connect.ui.shell;

import io.m365connect.core.common.Problem;
import io.m365connect.ui.common.Messages;
import java.util.List;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The wizard's window while the app still loads what its first page lists (the recipe and cloud catalogs): the
 * step list, the first page's heading, a line saying what is loading where the page goes, and the buttons. The window opens with it
 * at once instead of after the catalogs (issue #8); the wizard takes its place when it is ready.
 */
public final class WizardSkeleton extends StackPane {
    private final Label loading;
    private final VBox center;

    public WizardSkeleton(List<String> titles, Runnable onClose) {
        getStyleClass().add("wizard");
        getStylesheets().add(WizardView.STYLESHEET);
        Label title = new Label(Messages.text("step.heading", 1, titles.size(), titles.get(0)));
        title.getStyleClass().add("step-title");
        // Text, not a spinner: the skeleton shows for well under a second, and an animated spinner redraws the
        // window on every pulse, taking the CPU the wizard needs to get ready.
        Label loading = new Label(Messages.text("startup.loading"));
        loading.getStyleClass().add("planned-step");
        this.loading = loading;
        center = new VBox(title, loading);
        center.getStyleClass().add("center");
        Button close = new Button(Messages.text("nav.close"));
        close.setAccessibleText(Messages.text("nav.close.accessible"));
        close.setOnAction(e -> onClose.run());
        Button back = new Button(Messages.text("nav.back"));
        Button next = new Button(Messages.text("nav.next"));
        back.setDisable(true);
        next.setDisable(true);
        Region space = new Region();
        HBox.setHgrow(space, Priority.ALWAYS);
        BorderPane main = new BorderPane(center);
        main.setLeft(new StepList(titles, new ReadOnlyIntegerWrapper(0).getReadOnlyProperty()));
        main.setBottom(WizardView.navigationBar(space, close, back, next));
        getChildren().add(main);
    }

    /** The app cannot go on: says what happened and what to do, in place of the loading line. */
    public void failed(Problem problem) {
        Label summary = new Label(problem.summary());
        summary.getStyleClass().add("problem-summary");
        Label fix = new Label(problem.fix());
        for (Label l : new Label[] {summary, fix}) {
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
        }
        VBox box = new VBox(6, summary, fix);
        box.getStyleClass().add("problem-banner");
        center.getChildren().set(center.getChildren().indexOf(loading), box);
    }
}
