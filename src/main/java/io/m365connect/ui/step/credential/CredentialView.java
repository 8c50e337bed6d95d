package io.m365connect.ui.step.credential;

import io.m365connect.core.recipe.CredentialKind;
import io.m365connect.ui.common.LinkOpener;
import io.m365connect.ui.common.Messages;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The credential page: the certificate part when the system signs in with a certificate, else a sentence. */
final class CredentialView extends StackPane {

    CredentialView(CredentialViewModel model, LinkOpener opener) {
        CertificatePane certificate = new CertificatePane(model.certificate(), model::suggestedSubject,
                () -> model.portalPage().ifPresent(opener::open));
        ScrollPane scroll = new ScrollPane(certificate);
        scroll.setFitToWidth(true);
        scroll.visibleProperty().bind(model.certificateAppliesProperty());
        Label other = new Label();
        other.setWrapText(true);
        other.textProperty().bind(Bindings.createStringBinding(() -> otherText(model),
                model.certificateAppliesProperty()));
        VBox otherBox = new VBox(other);
        otherBox.getStyleClass().add("step-content");
        otherBox.visibleProperty().bind(model.certificateAppliesProperty().not());
        getChildren().setAll(scroll, otherBox);
    }

    private static String otherText(CredentialViewModel model) {
        if (model.certificateAppliesProperty().get()) {
            return "";
        }
        CredentialKind kind = model.credentialKind();
        if (kind == null) {
            return Messages.text("credential.planned");
        }
        ResourceBundle text = ResourceBundle.getBundle("io.m365connect.i18n.cert");
        return MessageFormat.format(text.getString("credential.other"), kind.id().replace('-', ' ').toLowerCase(Locale.ROOT));
    }
}
