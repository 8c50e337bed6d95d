package io.m365connect.ui.step.credential;

import io.m365connect.core.cert.CertificateDetails;
import io.m365connect.core.cert.CheckResult;
import io.m365connect.core.cert.CheckStatus;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.ResourceBundle;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** Subject, thumbprints, expiry and key of a certificate, with each check as ✔/⚠/✖. */
final class CertificateCard extends VBox {
    private final ResourceBundle text;
    private final GridPane facts = new GridPane();
    private final VBox checks = new VBox(4);

    CertificateCard(ResourceBundle text) {
        super(10);
        this.text = text;
        facts.setHgap(12);
        facts.setVgap(4);
        getChildren().setAll(facts, checks);
        setStyle("-fx-padding: 12; -fx-border-color: #c8c8c8; -fx-border-radius: 6; -fx-background-radius: 6;"
                + " -fx-background-color: white;");
    }

    void show(CertificateDetails d, List<CheckResult> results) {
        facts.getChildren().clear();
        checks.getChildren().clear();
        if (d == null) {
            return;
        }
        row(0, "cert.subject", d.subject());
        row(1, "cert.thumbprint", d.thumbprints().sha1());
        row(2, "cert.sha256", d.thumbprints().sha256());
        row(3, "cert.expiry", MessageFormat.format(text.getString("cert.expiry.value"),
                LocalDate.ofInstant(d.notAfter(), ZoneOffset.UTC), d.daysToExpiry()));
        row(4, "cert.key", MessageFormat.format(text.getString("cert.key.value"), d.key().algorithm(), d.key().bits(),
                text.getString(d.privateKeyPresent() ? "cert.key.present" : "cert.key.absent")));
        for (CheckResult r : results) {
            Label line = new Label(r.line());
            line.setWrapText(true);
            line.setStyle("-fx-text-fill: " + color(r.status()) + ";");
            checks.getChildren().add(line);
        }
    }

    private void row(int index, String key, String value) {
        Label label = new Label(text.getString(key));
        label.setStyle("-fx-font-weight: bold;");
        Label field = new Label(value);
        field.setWrapText(true);
        // Thumbprints are compared by eye against the portal: let them be selected and read as one piece.
        field.setAccessibleText(text.getString(key) + ": " + value);
        facts.addRow(index, label, field);
    }

    private static String color(CheckStatus status) {
        return switch (status) {
            case PASS -> "#1e7b34";
            case WARN -> "#9a6700";
            case FAIL -> "#b42318";
        };
    }
}
