package io.m365connect.ui.step.credential;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The client secret: masked (with a Show toggle), trimmed on paste, with the "secret ID" warning, and the choice
 * to remember it in the system keychain.
 */
final class SecretPane extends VBox {

    SecretPane(CredentialViewModel model, String labelKey) {
        super(4);
        Label label = new Label(CredentialTexts.text(labelKey));
        label.getStyleClass().add("field-label");
        PasswordField masked = new PasswordField();
        TextField plain = new TextField();
        for (TextField f : new TextField[] {masked, plain}) {
            f.textProperty().bindBidirectional(model.secretProperty());
            f.setAccessibleText(label.getText());
            f.setAccessibleHelp(CredentialTexts.text("credential.secret.hint"));
            f.setOnKeyPressed(e -> {
                if (KeyCombination.keyCombination("Shortcut+V").match(e) || (e.isShiftDown() && e.getCode() == KeyCode.INSERT)) {
                    model.pasteSecret(Clipboard.getSystemClipboard().getString());
                    f.end();
                    e.consume();
                }
            });
            HBox.setHgrow(f, Priority.ALWAYS);
        }
        masked.setId("credential-secret");
        plain.setId("credential-secret-plain");
        plain.visibleProperty().bind(model.showSecretProperty());
        plain.managedProperty().bind(plain.visibleProperty());
        masked.visibleProperty().bind(model.showSecretProperty().not());
        masked.managedProperty().bind(masked.visibleProperty());
        label.setLabelFor(masked);
        CheckBox show = new CheckBox(CredentialTexts.text("credential.secret.show"));
        show.selectedProperty().bindBidirectional(model.showSecretProperty());
        show.setAccessibleText(CredentialTexts.text("credential.secret.show") + " " + label.getText());
        Label hint = new Label(CredentialTexts.text("credential.secret.hint"));
        hint.getStyleClass().add("field-hint");
        hint.setWrapText(true);
        Label warning = new Label();
        warning.getStyleClass().add("field-error");
        warning.setWrapText(true);
        warning.textProperty().bind(model.secretWarningProperty());
        warning.visibleProperty().bind(warning.textProperty().isNotEmpty());
        warning.managedProperty().bind(warning.visibleProperty());
        getChildren().addAll(label, new HBox(8, masked, plain, show), hint, warning,
                new RememberBox(model.secretMemory(), model::useRememberedSecret, new SimpleBooleanProperty(true)));
    }
}
