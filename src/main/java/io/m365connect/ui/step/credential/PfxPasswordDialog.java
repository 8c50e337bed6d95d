package io.m365connect.ui.step.credential;

import io.m365connect.core.common.Secret;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;

/** Asks the password a written .pfx is protected with; the text never leaves the field except as a Secret. */
final class PfxPasswordDialog {
    private PfxPasswordDialog() {
    }

    static Optional<Secret> ask(ResourceBundle text) {
        Dialog<Secret> dialog = new Dialog<>();
        dialog.setTitle(text.getString("cert.pfx.password.title"));
        PasswordField field = new PasswordField();
        field.setAccessibleText(text.getString("cert.pfx.password.title"));
        dialog.getDialogPane().setContent(new VBox(8, new Label(text.getString("cert.pfx.password.text")), field));
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(field.textProperty().isEmpty());
        dialog.setResultConverter(b -> b == ButtonType.OK ? Secret.of(field.getText().toCharArray()) : null);
        Optional<Secret> result = dialog.showAndWait();
        field.clear();
        return result;
    }
}
