package io.m365connect.ui.step.handoff;

import io.m365connect.core.handoff.ResolvedField;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** One output field as the page shows it: masked until the person reveals it. */
public final class FieldRow {
    private final ResolvedField field;
    private final BooleanProperty revealed = new SimpleBooleanProperty(this, "revealed");
    private final StringBinding text;

    FieldRow(ResolvedField field) {
        this.field = field;
        this.text = Bindings.createStringBinding(
                () -> revealed.get() ? field.reveal().orElse(field.shown()) : field.shown(), revealed);
    }

    public ResolvedField field() {
        return field;
    }

    public String label() {
        return field.label();
    }

    public String hint() {
        return field.field().hint();
    }

    public boolean hidden() {
        return field.hidden();
    }

    public boolean missing() {
        return field.missing();
    }

    public boolean copyable() {
        return !field.missing();
    }

    /** Whether the value is multi-line (a PEM block), so the page gives it a text area. */
    public boolean multiline() {
        return field.field().source().endsWith("Pem") || field.shown().contains("\n");
    }

    public BooleanProperty revealedProperty() {
        return revealed;
    }

    /** The shown text: masked, or the value once revealed. */
    public StringBinding textBinding() {
        return text;
    }
}
