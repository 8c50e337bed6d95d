package io.m365connect.ui.step.credential;

import io.m365connect.core.auth.DeviceCodePrompt;
import io.m365connect.core.recipe.CredentialKind;
import io.m365connect.ui.common.LinkOpener;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** A user's sign-in: browser (with the fallback link), device code (the code large, Copy, Open link, countdown), ROPC. */
final class SignInPane extends VBox {
    private final CredentialViewModel model;
    private final LinkOpener opener;

    SignInPane(CredentialViewModel model, LinkOpener opener, CredentialKind kind) {
        super(6);
        this.model = model;
        this.opener = opener;
        switch (kind) {
            case INTERACTIVE -> browser();
            case DEVICE_CODE -> deviceCode();
            case ROPC -> password();
            default -> throw new IllegalArgumentException(kind.id());
        }
    }

    private void browser() {
        Label note = wrapped(CredentialTexts.text("credential.interactive.note"), "field-hint");
        Label problem = wrapped("", "field-error");
        problem.textProperty().bind(model.browserProblemProperty());
        Label linkLabel = wrapped(CredentialTexts.text("credential.interactive.link"), "field-hint");
        Hyperlink link = new Hyperlink();
        link.setId("credential-signin-link");
        link.setWrapText(true);
        link.textProperty().bind(model.signInAddressProperty().asString());
        link.setOnAction(e -> opener.open(model.signInAddressProperty().get().toString()));
        link.setAccessibleText(CredentialTexts.text("credential.interactive.link"));
        VBox fallback = new VBox(2, linkLabel, link);
        fallback.visibleProperty().bind(model.signInAddressProperty().isNotNull());
        fallback.managedProperty().bind(fallback.visibleProperty());
        getChildren().addAll(note, problem, fallback);
    }

    private void deviceCode() {
        Label note = wrapped(CredentialTexts.text("credential.device.note"), "field-hint");
        Label enter = wrapped("", "field-label");
        Label code = new Label();
        code.setId("credential-user-code");
        code.getStyleClass().add("device-code");
        code.setStyle("-fx-font-size: 2.4em; -fx-font-family: monospace; -fx-font-weight: bold;");
        Button copy = new Button(CredentialTexts.text("credential.device.copy"));
        copy.setOnAction(e -> copyText(model.deviceCodeProperty().get().userCode()));
        Button open = new Button(CredentialTexts.text("credential.device.open"));
        open.setOnAction(e -> opener.open(model.deviceCodeProperty().get().verificationUri().toString()));
        copy.setAccessibleText(copy.getText());
        open.setAccessibleText(open.getText());
        Label countdown = wrapped("", "field-hint");
        countdown.textProperty().bind(model.countdownProperty());
        VBox shown = new VBox(6, enter, new HBox(12, code, copy, open), countdown);
        shown.visibleProperty().bind(model.deviceCodeProperty().isNotNull());
        shown.managedProperty().bind(shown.visibleProperty());
        model.deviceCodeProperty().addListener((o, was, now) -> {
            code.setText(now == null ? "" : now.userCode());
            code.setAccessibleText(now == null ? "" : spelled(now));
            enter.setText(now == null ? "" : CredentialTexts.text("credential.device.enter", now.verificationUri()));
        });
        getChildren().addAll(note, shown);
    }

    private void password() {
        TextField user = new TextField();
        user.setId("credential-username");
        user.textProperty().bindBidirectional(model.usernameProperty());
        PasswordField pass = new PasswordField();
        pass.setId("credential-password");
        pass.textProperty().bindBidirectional(model.passwordProperty());
        Label userLabel = field(CredentialTexts.text("credential.ropc.username"), user);
        Label passLabel = field(CredentialTexts.text("credential.ropc.password"), pass);
        Label mfa = wrapped(CredentialTexts.text("credential.ropc.mfaNote"), "field-hint");
        getChildren().addAll(userLabel, user, passLabel, pass, mfa, new SecretPane(model, "credential.ropc.secret"));
    }

    private static Label field(String text, TextField input) {
        Label l = new Label(text);
        l.getStyleClass().add("field-label");
        l.setLabelFor(input);
        input.setAccessibleText(text);
        return l;
    }

    private static Label wrapped(String text, String style) {
        Label l = new Label(text);
        l.getStyleClass().add(style);
        l.setWrapText(true);
        return l;
    }

    /** Screen readers read the code character by character. */
    private static String spelled(DeviceCodePrompt p) {
        return String.join(" ", p.userCode().split(""));
    }

    private static void copyText(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
    }
}
