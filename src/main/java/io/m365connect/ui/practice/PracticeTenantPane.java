package io.m365connect.ui.practice;

import io.m365connect.core.common.Problem;
import io.m365connect.core.practice.PracticeTenant.DemoCredential;
import io.m365connect.core.practice.PracticeTenant.PracticeFault;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The practice tenant's panel: what it is (plainly), start/stop, where it lives, demo credentials, faults. */
public final class PracticeTenantPane extends VBox {
    private static final ResourceBundle TEXT = ResourceBundle.getBundle("io.m365connect.i18n.practice");

    private final PracticeTenantViewModel vm;
    private final Label banner = new Label(TEXT.getString("practice.banner"));
    private final Label status = new Label();
    private final Label problem = new Label();
    private final Button start = new Button(TEXT.getString("practice.start"));
    private final Button stop = new Button(TEXT.getString("practice.stop"));
    private final TextField authority = readOnly("practice.authority");
    private final TextField cloudFile = readOnly("practice.cloudFile");
    private final TextField caFile = readOnly("practice.caFile");
    private final ListView<DemoCredential> credentials = new ListView<>();
    private final ComboBox<PracticeFault> faults = new ComboBox<>();
    private final Button apply = new Button(TEXT.getString("practice.fault.apply"));
    private final Button reset = new Button(TEXT.getString("practice.fault.reset"));
    private final Label applied = new Label();

    public PracticeTenantPane(PracticeTenantViewModel vm) {
        this.vm = vm;
        createView();
        bind();
    }

    private void createView() {
        setSpacing(10);
        setPadding(new Insets(16));
        banner.setWrapText(true);
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.setStyle("-fx-background-color: #fff4ce; -fx-border-color: #c19c00; -fx-padding: 8; "
                + "-fx-font-weight: bold;");
        banner.setAccessibleText(TEXT.getString("practice.banner"));
        problem.setWrapText(true);
        problem.setStyle("-fx-text-fill: #a4262c;");
        GridPane where = new GridPane();
        where.setHgap(8);
        where.setVgap(6);
        where.addRow(0, new Label(TEXT.getString("practice.authority")), authority);
        where.addRow(1, new Label(TEXT.getString("practice.cloudFile")), cloudFile);
        where.addRow(2, new Label(TEXT.getString("practice.caFile")), caFile);
        credentials.setAccessibleText(TEXT.getString("practice.credentials"));
        credentials.setPrefHeight(260);
        credentials.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(DemoCredential item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : describe(item));
            }
        });
        faults.setAccessibleText(TEXT.getString("practice.faults"));
        faults.setPromptText(TEXT.getString("practice.fault.prompt"));
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        faults.setConverter(new StringConverter<>() {
            @Override
            public String toString(PracticeFault f) {
                if (f == null) {
                    return "";
                }
                String key = "practice.fault." + f.id();
                return TEXT.containsKey(key) ? TEXT.getString(key) : f.description();
            }

            @Override
            public PracticeFault fromString(String s) {
                return null;
            }
        });
        getChildren().addAll(banner, new HBox(8, start, stop, status), problem, where,
                new Label(TEXT.getString("practice.credentials")), credentials,
                new Label(TEXT.getString("practice.faults")), new HBox(8, faults, apply, reset), applied);
    }

    private void bind() {
        start.setOnAction(e -> vm.start());
        stop.setOnAction(e -> vm.stop());
        apply.setOnAction(e -> vm.apply(faults.getValue()));
        reset.setOnAction(e -> vm.reset());
        status.textProperty().bind(Bindings.createStringBinding(
                () -> TEXT.getString("practice.state." + vm.stateProperty().get().name()), vm.stateProperty()));
        start.disableProperty().bind(Bindings.createBooleanBinding(() -> vm.stateProperty().get()
                == PracticeTenantViewModel.State.RUNNING || vm.stateProperty().get()
                == PracticeTenantViewModel.State.STARTING, vm.stateProperty()));
        stop.disableProperty().bind(start.disableProperty().not());
        apply.disableProperty().bind(faults.valueProperty().isNull().or(start.disableProperty().not()));
        reset.disableProperty().bind(Bindings.isEmpty(vm.appliedFaults()));
        authority.textProperty().bind(vm.authorityProperty());
        cloudFile.textProperty().bind(Bindings.createStringBinding(() -> text(vm.cloudFileProperty().get()),
                vm.cloudFileProperty()));
        caFile.textProperty().bind(Bindings.createStringBinding(() -> text(vm.caFileProperty().get()),
                vm.caFileProperty()));
        problem.textProperty().bind(Bindings.createStringBinding(() -> {
            Problem p = vm.problemProperty().get();
            return p == null ? "" : p.oneLine();
        }, vm.problemProperty()));
        credentials.setItems(vm.credentials());
        faults.setItems(vm.faults());
        applied.textProperty().bind(Bindings.createStringBinding(() -> vm.appliedFaults().isEmpty()
                ? TEXT.getString("practice.fault.none")
                : MessageFormat.format(TEXT.getString("practice.fault.applied"), vm.appliedFaults().stream()
                        .map(PracticeFault::id).collect(Collectors.joining(", "))), vm.appliedFaults()));
    }

    private static String describe(DemoCredential d) {
        List<String> parts = new ArrayList<>();
        parts.add(MessageFormat.format(TEXT.getString("practice.credential.client"), d.clientId()));
        if (d.secret() != null) {
            parts.add(MessageFormat.format(TEXT.getString("practice.credential.secret"), d.secret()));
        }
        if (d.certificateFile() != null) {
            parts.add(MessageFormat.format(TEXT.getString("practice.credential.certificate"),
                    d.certificateFile().getFileName(), d.certificatePassword()));
        }
        if (d.username() != null) {
            parts.add(MessageFormat.format(TEXT.getString("practice.credential.user"), d.username(), d.password()));
        }
        return d.recipeId() + "\n    " + String.join("   ", parts);
    }

    private static TextField readOnly(String key) {
        TextField field = new TextField();
        field.setEditable(false);
        field.setPrefColumnCount(48);
        field.setAccessibleText(TEXT.getString(key));
        return field;
    }

    private static String text(Path p) {
        return p == null ? "" : p.toString();
    }
}
