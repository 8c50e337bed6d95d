package io.m365connect.ui.shell;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** A page that is not part of this version yet: it says in one sentence what it will do, and lets Next go on. */
public final class PlannedStep implements WizardStep {
    private final String title;
    private final String sentence;
    private final ReadOnlyStringWrapper unmet = new ReadOnlyStringWrapper("");
    private Node view;

    public PlannedStep(String title, String sentence) {
        this.title = title;
        this.sentence = sentence;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public ObservableStringValue unmetRequirement() {
        return unmet.getReadOnlyProperty();
    }

    @Override
    public Node view() {
        if (view == null) {
            Label text = new Label(sentence);
            text.setWrapText(true);
            text.getStyleClass().add("planned-step");
            text.setAccessibleText(sentence);
            VBox box = new VBox(text);
            box.getStyleClass().add("step-content");
            view = box;
        }
        return view;
    }
}
