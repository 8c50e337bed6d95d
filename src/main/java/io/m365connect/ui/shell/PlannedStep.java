package io.m365connect.ui.shell;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** A page that is not part of this version yet: it says in one sentence what it will do, and lets Next go on. */
public final class PlannedStep extends PageStep {
    private final String sentence;
    private final boolean asksEachTime;

    public PlannedStep(String title, String sentence) {
        this(title, sentence, false);
    }

    /** @param asksEachTime whether the real page will take input that is never saved (see {@link StepModel}) */
    public PlannedStep(String title, String sentence, boolean asksEachTime) {
        super(title, new ReadOnlyStringWrapper("").getReadOnlyProperty());
        this.sentence = sentence;
        this.asksEachTime = asksEachTime;
    }

    @Override
    public boolean asksEachTime() {
        return asksEachTime;
    }

    @Override
    protected Node createView() {
        Label text = new Label(sentence);
        text.setWrapText(true);
        text.getStyleClass().add("planned-step");
        text.setAccessibleText(sentence);
        VBox box = new VBox(text);
        box.getStyleClass().add("step-content");
        return box;
    }
}
