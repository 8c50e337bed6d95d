package io.m365connect.ui.step.credential;

import io.m365connect.core.recipe.CredentialKind;
import io.m365connect.ui.common.LinkOpener;
import java.time.Instant;
import java.util.function.Function;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * Step "Credential": the methods the recipe allows, the chosen method's pane (the certificate part comes from
 * {@code certificatePart}), "Get token" with Cancel while waiting, and the result.
 */
final class CredentialView extends ScrollPane {
    private final CredentialViewModel model;
    private final LinkOpener opener;
    private final Function<CredentialViewModel, Node> certificatePart;
    private final HBox kinds = new HBox(12);
    private final ToggleGroup group = new ToggleGroup();
    private final StackPane method = new StackPane();

    CredentialView(CredentialViewModel model, LinkOpener opener, Function<CredentialViewModel, Node> certificatePart) {
        this.model = model;
        this.opener = opener;
        this.certificatePart = certificatePart;
        Label kindLabel = new Label(CredentialTexts.text("credential.kind.label"));
        kindLabel.getStyleClass().add("field-label");
        VBox content = new VBox(12, kindLabel, kinds, method, actions(), new TokenResultPane(model));
        content.getStyleClass().add("step-content");
        setContent(content);
        setFitToWidth(true);
        model.kinds().addListener((ListChangeListener<CredentialKind>) c -> fillKinds());
        model.kindProperty().addListener((o, was, now) -> showMethod(now));
        fillKinds();
        showMethod(model.kindProperty().get());
        Timeline ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> model.tick(Instant.now())));
        ticker.setCycleCount(Animation.INDEFINITE);
        ticker.play();
    }

    private HBox actions() {
        Button get = new Button(CredentialTexts.text("credential.get"));
        get.setId("credential-get-token");
        get.setDefaultButton(true);
        get.setOnAction(e -> model.getToken());
        Button cancel = new Button(CredentialTexts.text("credential.cancel"));
        cancel.setId("credential-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> model.cancel());
        Label waiting = new Label();
        var busy = Bindings.createBooleanBinding(model::busy, model.phaseProperty());
        waiting.textProperty().bind(Bindings.createStringBinding(() -> switch (model.phaseProperty().get()) {
            case WORKING -> CredentialTexts.text("credential.working");
            case WAITING_FOR_BROWSER -> CredentialTexts.text("credential.interactive.waiting");
            default -> "";
        }, model.phaseProperty()));
        get.disableProperty().bind(busy.or(model.missingInputProperty().isNotEmpty()));
        Label missing = new Label();
        missing.getStyleClass().add("field-hint");
        missing.textProperty().bind(model.missingInputProperty());
        cancel.visibleProperty().bind(busy);
        cancel.managedProperty().bind(busy);
        for (Button b : new Button[] {get, cancel}) {
            b.setAccessibleText(b.getText());
        }
        return new HBox(12, get, cancel, waiting, missing);
    }

    private void fillKinds() {
        kinds.getChildren().clear();
        for (CredentialKind k : model.kinds()) {
            RadioButton b = new RadioButton(CredentialTexts.text("credential.kind." + k.id()));
            b.setAccessibleText(b.getText());
            b.setId("credential-kind-" + k.id());
            b.setToggleGroup(group);
            b.setSelected(k == model.kindProperty().get());
            b.setOnAction(e -> model.kindProperty().set(k));
            kinds.getChildren().add(b);
        }
    }

    private void showMethod(CredentialKind kind) {
        group.getToggles().forEach(t -> t.setSelected(((RadioButton) t).getId().equals("credential-kind-"
                + (kind == null ? "" : kind.id()))));
        if (kind == null) {
            method.getChildren().clear();
            return;
        }
        Node pane = switch (kind) {
            case SECRET -> new SecretPane(model, "credential.secret.label");
            case CERTIFICATE -> certificatePart.apply(model);
            case INTERACTIVE, DEVICE_CODE, ROPC -> new SignInPane(model, opener, kind);
        };
        method.getChildren().setAll(pane);
    }
}
