package io.m365connect.ui.step.credential;

import io.m365connect.core.auth.TokenSummary;
import io.m365connect.core.common.Problem;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** What "Get token" gave: the summary in plain words (raw token only behind "Copy token"), or the refusal. */
final class TokenResultPane extends VBox {
    private final CredentialViewModel model;
    private final GridPane lines = new GridPane();
    private final VBox failure = new VBox(4);

    TokenResultPane(CredentialViewModel model) {
        super(8);
        this.model = model;
        lines.setHgap(12);
        lines.setVgap(4);
        Label title = new Label(CredentialTexts.text("credential.result.title"));
        title.getStyleClass().add("section-title");
        Button copy = new Button(CredentialTexts.text("credential.copyToken"));
        copy.setId("credential-copy-token");
        copy.setAccessibleText(copy.getText());
        copy.setAccessibleHelp(CredentialTexts.text("credential.copyToken.warning"));
        copy.setOnAction(e -> copyToken());
        VBox success = new VBox(6, title, lines, copy);
        success.visibleProperty().bind(model.summaryProperty().isNotNull());
        success.managedProperty().bind(success.visibleProperty());
        failure.visibleProperty().bind(model.problemProperty().isNotNull());
        failure.managedProperty().bind(failure.visibleProperty());
        getChildren().addAll(success, failure);
        model.summaryProperty().addListener((o, was, now) -> fill(now));
        model.problemProperty().addListener((o, was, now) -> showFailure(now));
        model.ticketLines().addListener((ListChangeListener<String>) c -> showFailure(model.problemProperty().get()));
    }

    private void fill(TokenSummary summary) {
        lines.getChildren().clear();
        if (summary == null) {
            return;
        }
        int row = 0;
        for (TokenSummary.Line line : summary.lines()) {
            Label value = new Label(line.value());
            value.setWrapText(true);
            value.setAccessibleText(line.label() + ": " + line.value());
            Label label = new Label(line.label());
            label.setMinWidth(Region.USE_PREF_SIZE);
            lines.addRow(row++, label, value);
        }
    }

    private void showFailure(Problem p) {
        failure.getChildren().clear();
        if (p == null) {
            return;
        }
        Label summary = new Label(p.summary());
        summary.getStyleClass().add("field-error");
        summary.setWrapText(true);
        failure.getChildren().add(summary);
        p.likelyCauses().forEach(c -> failure.getChildren().add(wrapped(c)));
        if (!p.fix().isBlank()) {
            failure.getChildren().add(wrapped(p.fix()));
        }
        model.ticketLines().forEach(l -> failure.getChildren().add(wrapped(l)));
    }

    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        return l;
    }

    /** The raw token leaves the app only after the person read what it allows. */
    private void copyToken() {
        Alert warning = new Alert(Alert.AlertType.WARNING, CredentialTexts.text("credential.copyToken.warning"),
                new ButtonType(CredentialTexts.text("credential.copyToken.confirm")), ButtonType.CANCEL);
        warning.setHeaderText(null);
        warning.initOwner(getScene() == null ? null : getScene().getWindow());
        warning.showAndWait().filter(b -> b != ButtonType.CANCEL).ifPresent(b -> model.tokenForClipboard()
                .ifPresent(t -> {
                    ClipboardContent content = new ClipboardContent();
                    content.putString(t);
                    Clipboard.getSystemClipboard().setContent(content);
                }));
    }
}
