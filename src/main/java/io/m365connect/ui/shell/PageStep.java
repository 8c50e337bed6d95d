package io.m365connect.ui.shell;

import java.util.Objects;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;

/** A page whose view is built on first show; subclasses give the title, the requirement and the view. */
public abstract class PageStep implements WizardStep {
    private final String title;
    private final ObservableStringValue unmet;
    private Node view;

    protected PageStep(String title, ObservableStringValue unmet) {
        this.title = Objects.requireNonNull(title);
        this.unmet = Objects.requireNonNull(unmet);
    }

    protected abstract Node createView();

    @Override
    public final String title() {
        return title;
    }

    @Override
    public final ObservableStringValue unmetRequirement() {
        return unmet;
    }

    @Override
    public final Node view() {
        if (view == null) {
            view = createView();
        }
        return view;
    }
}
