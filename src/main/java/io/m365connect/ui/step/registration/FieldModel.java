package io.m365connect.ui.step.registration;

import io.m365connect.core.tenant.InputResult;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One input on the registration page: its text, the check it must pass, and what the person is told. The
 * inline message appears once something was typed or the field was left; Next always names the first
 * unmet requirement.
 */
public final class FieldModel {
    private final String id;
    private final String label;
    private final String hint;
    private final Function<String, InputResult<?>> check;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyStringWrapper requirement = new ReadOnlyStringWrapper(this, "requirement", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");
    private final ReadOnlyBooleanWrapper invalid = new ReadOnlyBooleanWrapper(this, "invalid");
    private boolean touched;

    FieldModel(String id, String label, String hint, String initial, Function<String, InputResult<?>> check) {
        this.id = id;
        this.label = label;
        this.hint = hint;
        this.check = check;
        text.set(initial == null ? "" : initial);
        text.addListener((o, was, now) -> {
            note.set("");
            revalidate();
        });
        touched = !text.get().isBlank();
        revalidate();
    }

    public String id() { return id; }
    public String label() { return label; }
    public String hint() { return hint; }
    public StringProperty textProperty() { return text; }
    /** Why this field stops Next; empty when it does not. */
    public ReadOnlyStringProperty requirementProperty() { return requirement.getReadOnlyProperty(); }
    /** The inline error under the field; empty until the person typed something or left the field. */
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    /** A friendly note, e.g. that the value was taken out of a pasted link. */
    public ReadOnlyStringProperty noteProperty() { return note.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty invalidProperty() { return invalid.getReadOnlyProperty(); }

    /** The person left the field: show any error, and replace a pasted link or wrapped value by the clean one. */
    public void commit() {
        touched = true;
        InputResult<?> result = check.apply(text.get());
        if (result instanceof InputResult.Accepted<?> a) {
            String clean = String.valueOf(a.value());
            if (!clean.equals(text.get())) {
                text.set(clean);
            }
            note.set(a.note().orElse(""));
        }
        revalidate();
    }

    /** Checks again, e.g. after the tenant or the cloud changed. */
    void revalidate() {
        InputResult<?> result = check.apply(text.get());
        String problem = result.rejection().map(p -> p.summary()).orElse("");
        requirement.set(problem);
        boolean show = !problem.isEmpty() && (touched || !text.get().isBlank());
        message.set(show ? problem : "");
        invalid.set(show);
        if (!text.get().isBlank()) {
            touched = true;
        }
    }
}
