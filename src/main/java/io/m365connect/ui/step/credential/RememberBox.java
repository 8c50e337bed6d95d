package io.m365connect.ui.step.credential;

import io.m365connect.ui.step.credential.RememberedSecretViewModel.State;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Under a secret or password field: "Remember … in the system keychain" (disabled, with the reason beside it, where
 * no keychain can be reached: a disabled control shows no tooltip, so the reason is a label too), and, when a value
 * is remembered for this app, "Use the remembered …" and "Forget".
 */
final class RememberBox extends VBox {

    /** @param canUse whether "Use the remembered …" makes sense now (e.g. a file is chosen) */
    RememberBox(RememberedSecretViewModel model, Runnable use, ObservableBooleanValue canUse) {
        super(4);
        String kind = model.kind().textKey();
        CheckBox remember = new CheckBox(CredentialTexts.text("credential.remember." + kind));
        remember.setId("credential-remember-" + kind);
        remember.selectedProperty().bindBidirectional(model.rememberProperty());
        remember.disableProperty().bind(model.stateProperty().isNotEqualTo(State.AVAILABLE));
        remember.setAccessibleText(remember.getText());
        Label status = new Label();
        status.setId("credential-remember-status-" + kind);
        status.getStyleClass().add("field-hint");
        status.setWrapText(true);
        StringBinding statusText = Bindings.createStringBinding(() -> switch (model.stateProperty().get()) {
            case CHECKING -> CredentialTexts.text("credential.remember.checking");
            case AVAILABLE -> CredentialTexts.text("credential.remember.hint", model.whereProperty().get());
            case UNAVAILABLE -> CredentialTexts.text("credential.remember.unavailable",
                    model.unavailableReasonProperty().get());
        }, model.stateProperty(), model.whereProperty(), model.unavailableReasonProperty());
        status.textProperty().bind(statusText);
        remember.accessibleHelpProperty().bind(statusText);
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(statusText);
        remember.setTooltip(tip);

        Label stored = new Label(CredentialTexts.text("credential.remember.stored." + kind));
        Button useIt = new Button(CredentialTexts.text("credential.remember.use." + kind));
        useIt.setId("credential-remember-use-" + kind);
        useIt.setAccessibleText(useIt.getText());
        useIt.setOnAction(e -> use.run());
        useIt.disableProperty().bind(Bindings.not(canUse));
        Button forget = new Button(CredentialTexts.text("credential.remember.forget"));
        forget.setId("credential-remember-forget-" + kind);
        forget.setAccessibleText(CredentialTexts.text("credential.remember.forget." + kind));
        forget.setOnAction(e -> model.forget());
        HBox storedRow = new HBox(8, stored, useIt, forget);
        storedRow.visibleProperty().bind(model.storedProperty());
        storedRow.managedProperty().bind(storedRow.visibleProperty());

        Label said = new Label();
        said.setWrapText(true);
        said.textProperty().bind(Bindings.createStringBinding(() -> model.problemProperty().get() != null
                ? model.problemProperty().get().oneLine() : model.messageProperty().get(),
                model.problemProperty(), model.messageProperty()));
        said.getStyleClass().add("field-hint");
        said.visibleProperty().bind(said.textProperty().isNotEmpty());
        said.managedProperty().bind(said.visibleProperty());
        getChildren().addAll(remember, status, storedRow, said);
    }
}
