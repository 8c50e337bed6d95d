package io.m365connect.ui.step.credential;

import io.m365connect.core.cert.CertificateGenerator;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/** Asks what the new certificate should say; the CN is prefilled from the recipe and the app's name. */
final class GenerateCertificateDialog extends Dialog<CertificateGenerator.Request> {

    GenerateCertificateDialog(ResourceBundle text, String suggestedSubject) {
        setTitle(text.getString("gen.title"));
        TextField subject = new TextField(suggestedSubject);
        TextField dns = new TextField();
        Spinner<Integer> days = new Spinner<>(1, CertificateGenerator.MAX_DAYS, CertificateGenerator.DEFAULT_DAYS);
        days.setEditable(true);
        ComboBox<Integer> keySize = new ComboBox<>();
        keySize.getItems().setAll(CertificateGenerator.KEY_SIZES);
        keySize.getSelectionModel().selectFirst();
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        addRow(form, 0, text.getString("gen.subject"), subject);
        addRow(form, 1, text.getString("gen.dns"), dns);
        addRow(form, 2, text.getString("gen.days"), days);
        addRow(form, 3, text.getString("gen.keySize"), keySize);
        getDialogPane().setContent(form);
        ButtonType ok = new ButtonType(text.getString("gen.ok"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(ok, ButtonType.CANCEL);
        getDialogPane().lookupButton(ok).disableProperty().bind(subject.textProperty().isEmpty());
        setResultConverter(button -> button == ok ? new CertificateGenerator.Request(subject.getText(),
                Optional.of(dns.getText()).filter(s -> !s.isBlank()), days.getValue(), keySize.getValue()) : null);
    }

    private static void addRow(GridPane form, int row, String label, javafx.scene.control.Control field) {
        Label l = new Label(label);
        l.setLabelFor(field);
        field.setAccessibleText(label);
        form.addRow(row, l, field);
    }
}
