package io.m365connect.ui.step.handoff;

import static io.m365connect.ui.step.handoff.HandoffTexts.text;

import java.io.File;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;

/** The Hand-off page: fields, files, links and scripts, then report, reminder and profile. */
public final class HandoffView extends ScrollPane {
    private final HandoffViewModel model;
    private final Consumer<String> openLink;
    private final VBox fieldBox = new VBox(6);

    public HandoffView(HandoffViewModel model, Consumer<String> openLink) {
        this.model = model;
        this.openLink = openLink;
        setFitToWidth(true);
        getStyleClass().add("handoff-page");
        getStylesheets().add(HandoffView.class.getResource("/io/m365connect/css/handoff.css").toExternalForm());
        setContent(createView());
        bind();
    }

    private Node createView() {
        Label heading = new Label();
        heading.textProperty().bind(model.headingProperty());
        heading.getStyleClass().add("step-heading");
        Label intro = wrapped(text("handoff.intro"));
        HBox offer = new HBox(8, wrapped(text("handoff.clearOffer")),
                button(text("handoff.clearLater"), model::clearClipboardLater),
                button(text("handoff.keep"), model::keepClipboard));
        offer.getStyleClass().add("notice");
        offer.visibleProperty().bind(model.clearOfferProperty());
        offer.managedProperty().bind(offer.visibleProperty());
        Button saveFiles = button(text("handoff.saveFiles"), this::chooseFolder);
        Label fileHint = wrapped("");
        fileHint.getStyleClass().add("muted");
        fileHint.textProperty().bind(model.fileNamesProperty());
        VBox files = section(text("handoff.files"), fileHint, saveFiles);
        files.visibleProperty().bind(model.hasFilesProperty());
        files.managedProperty().bind(files.visibleProperty());
        Label expiry = wrapped("");
        expiry.textProperty().bind(model.expiryProperty());
        Button calendar = button(text("handoff.addToCalendar"), () -> chooseFile("calendar", "*.ics", model::addToCalendar));
        Node record = section(text("handoff.record"), expiry, new HBox(8,
                button(text("handoff.saveReport"), () -> chooseFile("report", "*.html", model::saveReport)), calendar,
                button(text("handoff.saveProfile"), () -> chooseFile("profile", "*.m365connect", model::saveProfile))));
        calendar.disableProperty().bind(model.calendarPossibleProperty().not());
        Label message = wrapped("");
        message.textProperty().bind(model.messageProperty());
        Label problem = wrapped("");
        problem.getStyleClass().add("problem-text");
        problem.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                model.problemProperty().get() == null ? "" : model.problemProperty().get().oneLine(),
                model.problemProperty()));
        VBox page = new VBox(12, heading, intro, section(text("handoff.fields"), fieldBox), offer, files,
                section(text("handoff.links"), new LinksPane(model, openLink)), record, message, problem);
        page.getStyleClass().add("step-content");
        page.disableProperty().bind(model.busyProperty());
        return page;
    }

    private void bind() {
        model.fields().addListener((ListChangeListener<FieldRow>) c -> fieldBox.getChildren().setAll(
                model.fields().stream().map(r -> new FieldRowView(r, model)).toList()));
        model.pendingOverwriteProperty().addListener((o, was, names) -> {
            if (!names.isEmpty()) {
                askOverwrite(String.join(", ", names));
            }
        });
    }

    private void askOverwrite(String names) {
        ButtonType replace = new ButtonType(text("handoff.overwrite.replace"), ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(text("handoff.overwrite.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text("handoff.overwrite.text", names), keep, replace);
        alert.setTitle(text("handoff.overwrite.title"));
        alert.setHeaderText(null);
        alert.initOwner(getScene() == null ? null : getScene().getWindow());
        if (alert.showAndWait().filter(replace::equals).isPresent()) {
            model.confirmOverwrite();
        } else {
            model.cancelOverwrite();
        }
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(text("handoff.chooseFolder"));
        File folder = chooser.showDialog(getScene().getWindow());
        if (folder != null) {
            model.saveFiles(folder.toPath());
        }
    }

    private void chooseFile(String kind, String pattern, Consumer<java.nio.file.Path> save) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(model.suggestedName(kind));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(text("handoff.filter." + kind), pattern));
        File file = chooser.showSaveDialog(getScene().getWindow());
        if (file != null) {
            save.accept(file.toPath());
        }
    }

    static Button button(String label, Runnable action) {
        Button b = new Button(label);
        b.setOnAction(e -> action.run());
        return b;
    }

    static Label wrapped(String s) {
        Label l = new Label(s);
        l.setWrapText(true);
        return l;
    }

    private static VBox section(String title, Node... content) {
        Label t = new Label(title);
        t.getStyleClass().add("section-title");
        VBox box = new VBox(6, t);
        box.getChildren().addAll(content);
        VBox.setVgrow(box, Priority.NEVER);
        return box;
    }
}
