package io.m365connect.ui.shell;

import io.m365connect.ui.common.Messages;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The wizard window's content: step list, banners, the current page, and Back / Next / Cancel. Alt+B and
 * Alt+N are the buttons' mnemonics; Enter is Next (the default button) when Next is allowed; Esc cancels
 * running work.
 */
public final class WizardView extends StackPane {
    static final String STYLESHEET = WizardView.class.getResource("/io/m365connect/css/wizard.css").toExternalForm();
    private final WizardViewModel model;
    private final List<? extends WizardStep> steps;
    private final StackPane page = new StackPane();
    private final Label title = new Label();
    final Button back = new Button(Messages.text("nav.back"));
    final Button next = new Button(Messages.text("nav.next"));
    final Button close = new Button(Messages.text("nav.close"));

    public WizardView(WizardViewModel model, List<? extends WizardStep> steps, Runnable onClose) {
        this.model = model;
        this.steps = List.copyOf(steps);
        getStyleClass().add("wizard");
        getStylesheets().add(STYLESHEET);
        BorderPane main = new BorderPane();
        main.setLeft(new StepList(model.titles(), model.currentProperty()));
        title.getStyleClass().add("step-title");
        page.getStyleClass().add("page");
        VBox.setVgrow(page, Priority.ALWAYS);
        VBox center = new VBox(new ResumeBar(model), new ProblemBanner(model.activity()), title, page);
        center.getStyleClass().add("center");
        main.setCenter(center);
        main.setBottom(navigation(onClose));
        BusyMask mask = new BusyMask(model.activity());
        main.disableProperty().bind(model.activity().busyProperty());
        getChildren().addAll(main, mask);
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && model.activity().busyProperty().get()) {
                model.cancelRunning();
                e.consume();
            }
        });
        model.currentProperty().addListener((o, was, now) -> show(now.intValue()));
        show(model.currentProperty().get());
    }

    private HBox navigation(Runnable onClose) {
        Label reason = new Label();
        reason.getStyleClass().add("next-blocked");
        reason.setWrapText(true);
        reason.textProperty().bind(model.nextBlockedByProperty());
        reason.setAccessibleText(Messages.text("nav.reason.accessible"));
        reason.accessibleTextProperty().bind(Bindings.concat(Messages.text("nav.reason.accessible"), " ",
                model.nextBlockedByProperty()));
        reason.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(reason, Priority.ALWAYS);
        back.setMnemonicParsing(true);
        next.setMnemonicParsing(true);
        back.setAccessibleText(Messages.text("nav.back.accessible"));
        next.accessibleTextProperty().bind(Bindings.when(Bindings.createBooleanBinding(
                () -> model.nextBlockedByProperty().get().isEmpty(), model.nextBlockedByProperty()))
                .then(Messages.text("nav.next.accessible"))
                .otherwise(Bindings.concat(Messages.text("nav.next.accessible.blocked"), " ",
                        model.nextBlockedByProperty())));
        close.setAccessibleText(Messages.text("nav.close.accessible"));
        back.disableProperty().bind(Bindings.createBooleanBinding(() -> !model.canGoBack().get(), model.canGoBack()));
        next.disableProperty().bind(Bindings.createBooleanBinding(() -> !model.canGoNext().get(), model.canGoNext()));
        next.setDefaultButton(true);
        back.setOnAction(e -> model.back());
        next.setOnAction(e -> model.next());
        close.setOnAction(e -> onClose.run());
        for (Button b : new Button[] {close, back, next}) {
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        return navigationBar(reason, close, back, next);
    }

    static HBox navigationBar(Node... children) {
        HBox bar = new HBox(8, children);
        bar.setAlignment(Pos.CENTER_RIGHT);
        bar.getStyleClass().add("nav-bar");
        return bar;
    }

    private void show(int index) {
        WizardStep step = steps.get(index);
        title.setText(Messages.text("step.heading", index + 1, steps.size(), step.title()));
        Node view = step.view();
        page.getChildren().setAll(view);
        next.setVisible(index < steps.size() - 1);
        // Focus must stay inside the window: when the focused field leaves with its page, mnemonics stop working.
        firstField(view).orElse(next.isVisible() && !next.isDisabled() ? next : back).requestFocus();
    }

    /** Keyboard users start on the page's first input rather than on the button they just pressed. */
    private static java.util.Optional<Node> firstField(Node node) {
        if (node instanceof javafx.scene.control.TextInputControl && node.isFocusTraversable() && !node.isDisabled()) {
            return java.util.Optional.of(node);
        }
        if (node instanceof javafx.scene.Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                java.util.Optional<Node> found = firstField(child);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return java.util.Optional.empty();
    }
}
