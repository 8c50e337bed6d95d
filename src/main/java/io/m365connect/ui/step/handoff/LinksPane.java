package io.m365connect.ui.step.handoff;

import static io.m365connect.ui.step.handoff.HandoffTexts.text;

import io.m365connect.core.handoff.HandoffLinks;
import io.m365connect.core.handoff.HandoffPackage;
import java.io.File;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** Consent and portal links, and the scripts earlier pages built, each with Copy (and Save for scripts). */
final class LinksPane extends VBox {
    private final HandoffViewModel model;
    private final Consumer<String> openLink;

    LinksPane(HandoffViewModel model, Consumer<String> openLink) {
        super(4);
        this.model = model;
        this.openLink = openLink;
        ListChangeListener<Object> rebuild = c -> rebuild();
        model.links().addListener(rebuild);
        model.scripts().addListener(rebuild);
        rebuild();
    }

    private void rebuild() {
        getChildren().clear();
        for (HandoffLinks.NamedLink l : model.links()) {
            Hyperlink link = new Hyperlink(l.label());
            link.setOnAction(e -> openLink.accept(l.url()));
            link.setAccessibleText(l.label() + ": " + l.url());
            getChildren().add(new HBox(8, link, HandoffView.button(text("handoff.copy"), () -> model.copyText(l.url()))));
        }
        for (HandoffPackage.Script s : model.scripts()) {
            getChildren().add(new HBox(8, new Label(s.title() + " (" + s.fileName() + ")"),
                    HandoffView.button(text("handoff.copy"), () -> model.copyText(s.text())),
                    HandoffView.button(text("handoff.save"), () -> save(s))));
        }
        if (getChildren().isEmpty()) {
            getChildren().add(HandoffView.wrapped(text("handoff.noLinks")));
        }
    }

    private void save(HandoffPackage.Script s) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(s.fileName());
        File file = chooser.showSaveDialog(getScene().getWindow());
        if (file != null) {
            model.saveScript(s, file.toPath());
        }
    }
}
