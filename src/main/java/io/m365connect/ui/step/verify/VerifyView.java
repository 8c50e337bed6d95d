package io.m365connect.ui.step.verify;

import io.m365connect.core.diagnose.Finding;
import io.m365connect.core.diagnose.GrantLine;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The Verify page: Run/Run again, one expandable row per check, the summary, and the ticked checklist. */
public final class VerifyView extends BorderPane {
    private final VerifyViewModel model;
    private final Consumer<String> openLink;
    private final VBox rows = new VBox(4);
    private final VBox checklist = new VBox(2);

    public VerifyView(VerifyViewModel model, Consumer<String> openLink) {
        this.model = model;
        this.openLink = openLink;
        createView();
        bind();
    }

    private void createView() {
        Label intro = new Label(VerifyTexts.text("verify.intro"));
        intro.setWrapText(true);
        intro.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Button run = new Button();
        run.setId("verify-run");
        run.textProperty().bind(model.runLabel());
        run.disableProperty().bind(model.runningProperty());
        run.setOnAction(e -> model.run());
        run.setAccessibleText(VerifyTexts.text("verify.run").replace("_", ""));
        Button cancel = new Button(VerifyTexts.text("verify.cancel"));
        cancel.setId("verify-cancel");
        cancel.setAccessibleText(VerifyTexts.text("verify.cancel").replace("_", ""));
        cancel.visibleProperty().bind(model.runningProperty());
        cancel.setOnAction(e -> model.cancel());
        Label summary = new Label();
        summary.setWrapText(true);
        summary.textProperty().bind(model.summaryProperty());
        summary.setStyle("-fx-font-weight: bold;");
        summary.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox top = new VBox(8, intro, new HBox(8, run, cancel), summary);
        top.setPadding(new Insets(0, 0, 8, 0));
        setTop(top);
        Label checklistTitle = new Label(VerifyTexts.text("verify.checklist"));
        checklistTitle.setStyle("-fx-font-weight: bold;");
        VBox content = new VBox(12, rows, checklistTitle, checklist);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        setCenter(scroll);
        setPadding(new Insets(12));
    }

    private void bind() {
        model.rows().addListener((ListChangeListener<CheckRowModel>) c -> rebuildRows());
        model.checklist().addListener((ListChangeListener<GrantLine>) c -> rebuildChecklist());
        rebuildRows();
    }

    private void rebuildRows() {
        rows.getChildren().setAll(model.rows().stream().map(this::row).toList());
    }

    private void rebuildChecklist() {
        checklist.getChildren().setAll(model.checklist().stream().map(l -> new Label(symbol(l) + "  " + l.name()
                + "  (" + l.resource() + ": " + l.status().label() + (l.note().isBlank() ? "" : "; " + l.note())
                + ")")).toList());
    }

    private static String symbol(GrantLine l) {
        return switch (l.status()) {
            case GRANTED -> "✔";
            case MISSING -> l.required() ? "✖" : "–";
            case MORE_THAN_NEEDED -> "!";
            default -> "?";
        };
    }

    private TitledPane row(CheckRowModel r) {
        TitledPane pane = new TitledPane(header(r), null);
        // No slide animation: the row opens at once, also for screen readers and snapshots.
        pane.setAnimated(false);
        pane.setExpanded(false);
        pane.setAccessibleText(r.title());
        // A row's details (three text areas) are built when it is first opened: building them for every row on
        // each run kept the FX thread busy for hundreds of milliseconds on a slow machine.
        pane.expandedProperty().addListener((o, was, open) -> {
            if (open && pane.getContent() == null) {
                pane.setContent(details(r));
            }
        });
        r.statusProperty().addListener((o, was, now) -> pane.setText(header(r)));
        r.timeProperty().addListener((o, was, now) -> pane.setText(header(r)));
        return pane;
    }

    private VBox details(CheckRowModel r) {
        TextArea request = readOnly(r.requestProperty().get());
        r.requestProperty().addListener((o, was, now) -> request.setText(now));
        TextArea reply = readOnly(r.replyProperty().get());
        r.replyProperty().addListener((o, was, now) -> reply.setText(now));
        TextArea lines = readOnly(String.join("\n", r.linesToRunProperty().get()));
        r.linesToRunProperty().addListener((o, was, now) -> lines.setText(String.join("\n", now)));
        VBox links = new VBox(2);
        links.getChildren().setAll(r.linksProperty().get().stream().map(this::link).toList());
        r.linksProperty().addListener((o, was, now) -> links.getChildren().setAll(now.stream().map(this::link).toList()));
        return new VBox(6, wrapped(r.detailProperty()),
                section("verify.fix", wrapped(r.fixProperty()), r.fixProperty().isNotEmpty()), links,
                section("verify.linesToRun", lines, lines.textProperty().isNotEmpty()),
                section("verify.request", request, r.requestProperty().isNotEmpty()),
                section("verify.reply", reply, r.replyProperty().isNotEmpty()));
    }

    /** A titled part of an opened row, shown only when it has something to say. */
    private static VBox section(String titleKey, javafx.scene.Node content,
                                javafx.beans.value.ObservableBooleanValue shown) {
        Label title = new Label(VerifyTexts.text(titleKey));
        title.setStyle("-fx-font-weight: bold;");
        VBox box = new VBox(2, title, content);
        box.visibleProperty().bind(shown);
        box.managedProperty().bind(shown);
        return box;
    }

    private static String header(CheckRowModel r) {
        CheckRowModel.Status s = r.statusProperty().get();
        String state = VerifyTexts.text("verify.state." + (s == CheckRowModel.Status.WAITING ? "waiting"
                : s == CheckRowModel.Status.RUNNING ? "running" : s.name().toLowerCase(java.util.Locale.ROOT)));
        String time = r.timeProperty().get();
        return s.symbol() + "  " + r.title() + "  — " + state + (time.isBlank() ? "" : ", " + time);
    }

    private Hyperlink link(Finding.Link l) {
        Hyperlink h = new Hyperlink(l.label());
        h.setOnAction(e -> openLink.accept(l.url()));
        h.setAccessibleText(l.label());
        return h;
    }

    private static Label wrapped(javafx.beans.value.ObservableStringValue text) {
        Label l = new Label();
        l.textProperty().bind(text);
        l.setWrapText(true);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    private static TextArea readOnly(String text) {
        TextArea t = new TextArea(text);
        t.setEditable(false);
        t.setWrapText(true);
        t.setPrefRowCount(4);
        t.setStyle("-fx-font-family: monospace;");
        return t;
    }
}
