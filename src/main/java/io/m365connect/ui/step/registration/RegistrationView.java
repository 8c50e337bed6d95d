package io.m365connect.ui.step.registration;

import io.m365connect.ui.common.Link;
import io.m365connect.ui.common.LinkOpener;
import io.m365connect.ui.common.Messages;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Step "App registration": the form on the left, the guidance with portal links on the right. */
final class RegistrationView extends HBox {
    private final RegistrationViewModel model;
    private final LinkOpener opener;
    private final VBox form = new VBox(4);
    private final VBox extra = new VBox(4);
    private final VBox steps = new VBox(6);
    private final VBox links = new VBox(2);

    RegistrationView(RegistrationViewModel model, LinkOpener opener) {
        super(16);
        this.model = model;
        this.opener = opener;
        getStyleClass().add("step-content");
        form.getChildren().addAll(field(model.tenant()), field(model.client()), extra);
        ScrollPane formScroll = new ScrollPane(form);
        formScroll.setFitToWidth(true);
        formScroll.getStyleClass().add("edge-to-edge");
        formScroll.setFocusTraversable(false);
        HBox.setHgrow(formScroll, Priority.ALWAYS);
        getChildren().addAll(formScroll, guidance());
        model.inputs().addListener((ListChangeListener<FieldModel>) c -> fillExtra());
        model.guidance().addListener((ListChangeListener<String>) c -> fillSteps());
        model.links().addListener((ListChangeListener<Link>) c -> fillLinks());
        fillExtra();
        fillSteps();
        fillLinks();
    }

    private VBox field(FieldModel f) {
        Label label = new Label(f.label());
        label.getStyleClass().add("field-label");
        TextField input = new TextField();
        input.setId("field-" + f.id());
        input.textProperty().bindBidirectional(f.textProperty());
        input.setAccessibleText(f.label());
        input.setAccessibleHelp(f.hint());
        input.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                f.commit();
            }
        });
        f.invalidProperty().addListener((o, was, now) -> input.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("invalid"), now));
        label.setLabelFor(input);
        Label hint = small(f.hint(), "field-hint");
        Label error = small("", "field-error");
        error.textProperty().bind(f.messageProperty());
        Label note = small("", "field-note");
        note.textProperty().bind(f.noteProperty());
        for (Label l : new Label[] {error, note}) {
            l.visibleProperty().bind(l.textProperty().isNotEmpty());
            l.managedProperty().bind(l.visibleProperty());
        }
        input.accessibleHelpProperty().bind(javafx.beans.binding.Bindings.concat(f.hint(), " ", f.messageProperty()));
        VBox box = new VBox(3, label, input, hint, error, note);
        box.setPadding(new javafx.geometry.Insets(0, 8, 10, 0));
        return box;
    }

    private static Label small(String text, String style) {
        Label l = new Label(text);
        l.getStyleClass().add(style);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.setVisible(!text.isEmpty());
        l.setManaged(!text.isEmpty());
        return l;
    }

    private VBox guidance() {
        Label title = new Label(Messages.text("registration.guidance"));
        title.getStyleClass().add("section-title");
        Label linksTitle = new Label(Messages.text("registration.links"));
        linksTitle.getStyleClass().add("section-title");
        linksTitle.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.links()));
        linksTitle.managedProperty().bind(linksTitle.visibleProperty());
        VBox box = new VBox(8, linksTitle, links, title, steps);
        box.getStyleClass().add("guidance");
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setFocusTraversable(false);
        scroll.setMinWidth(300);
        scroll.setPrefWidth(380);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        return new VBox(scroll);
    }

    private void fillExtra() {
        extra.getChildren().setAll(model.inputs().stream().map(this::field).toList());
    }

    private void fillSteps() {
        steps.getChildren().clear();
        int n = 1;
        for (String s : model.guidance()) {
            steps.getChildren().add(small(Messages.text("registration.step", n++, s), "guidance-step"));
        }
        if (model.guidance().isEmpty()) {
            steps.getChildren().add(small(Messages.text("registration.noRecipe"), "field-hint"));
        }
    }

    private void fillLinks() {
        links.getChildren().setAll(model.links().stream().map(l -> {
            Hyperlink h = new Hyperlink(l.label());
            h.setAccessibleText(Messages.text("link.accessible", l.label()));
            h.setOnAction(e -> opener.open(l.url()));
            return h;
        }).toList());
    }
}
