package io.m365connect.ui.step.credential;

import io.m365connect.core.cert.ExportFormat;
import io.m365connect.core.common.Problem;
import io.m365connect.core.common.Secret;
import io.m365connect.ui.step.credential.CertificateViewModel.State;
import java.io.File;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;

/** The certificate part of the credential step, built in code and bound to a {@link CertificateViewModel}. */
public final class CertificatePane extends VBox {
    private final CertificateViewModel vm;
    private final ResourceBundle text = ResourceBundle.getBundle("io.m365connect.i18n.cert");
    private final Supplier<String> suggestedSubject;
    private final PasswordField password = new PasswordField();
    private final Label problem = new Label();
    private final Label saved = new Label();
    private final CertificateCard card = new CertificateCard(text);
    private ExportFormat lastFormat;
    private Secret lastPassword = Secret.empty();

    /** @param openPortal opens the app registration's Certificates & secrets page in the browser */
    public CertificatePane(CertificateViewModel vm, Supplier<String> suggestedSubject, Runnable openPortal) {
        this(vm, suggestedSubject, openPortal, new VBox());
    }

    /** @param underPassword shown under the password field (the "Remember this password" choice) */
    public CertificatePane(CertificateViewModel vm, Supplier<String> suggestedSubject, Runnable openPortal,
                           Node underPassword) {
        super(12);
        this.vm = vm;
        this.suggestedSubject = suggestedSubject;
        setStyle("-fx-padding: 16;");
        getChildren().setAll(dropZone(), passwordRow(), underPassword, problem, card, actions(openPortal), saved);
        bind();
    }

    private VBox dropZone() {
        Label hint = new Label(text.getString("cert.drop"));
        Button browse = named(new Button(text.getString("cert.browse")), text.getString("cert.browse.title"));
        browse.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(text.getString("cert.browse.title"));
            Optional.ofNullable(chooser.showOpenDialog(getScene().getWindow())).map(File::toPath).ifPresent(vm::open);
        });
        ProgressIndicator busy = new ProgressIndicator();
        busy.setMaxSize(22, 22);
        busy.visibleProperty().bind(vm.stateProperty().isEqualTo(State.BUSY));
        VBox zone = new VBox(8, hint, new HBox(8, browse, busy));
        zone.setStyle("-fx-padding: 16; -fx-border-color: #8a8a8a; -fx-border-style: dashed; -fx-border-radius: 6;");
        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles() && !e.getDragboard().getFiles().isEmpty();
            if (ok) {
                vm.open(e.getDragboard().getFiles().get(0).toPath());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
        return zone;
    }

    private HBox passwordRow() {
        password.setPromptText(text.getString("cert.password"));
        password.setAccessibleText(text.getString("cert.password"));
        Button open = named(new Button(text.getString("cert.password.open")), text.getString("cert.password.open"));
        open.setDefaultButton(true);
        Runnable submit = () -> {
            vm.submitPassword(password.getText().toCharArray());
            password.clear();
        };
        open.setOnAction(e -> submit.run());
        password.setOnAction(e -> submit.run());
        HBox row = new HBox(8, password, open);
        row.visibleProperty().bind(vm.stateProperty().isEqualTo(State.NEEDS_PASSWORD));
        row.managedProperty().bind(row.visibleProperty());
        return row;
    }

    private FlowPane actions(Runnable openPortal) {
        Button generate = named(new Button(text.getString("cert.generate")), text.getString("cert.generate"));
        generate.setOnAction(e -> new GenerateCertificateDialog(text, suggestedSubject.get()).showAndWait().ifPresent(vm::generate));
        Button cer = saveButton("cert.save.cer", ExportFormat.CER);
        Button pem = saveButton("cert.save.pem", ExportFormat.PEM);
        Button pfx = saveButton("cert.save.pfx", ExportFormat.PFX);
        pem.disableProperty().bind(vm.stateProperty().isNotEqualTo(State.LOADED).or(Bindings.createBooleanBinding(
                () -> !vm.hasPrivateKey(), vm.detailsProperty())));
        pfx.disableProperty().bind(pem.disableProperty());
        Hyperlink portal = named(new Hyperlink(text.getString("cert.portal")), text.getString("cert.portal"));
        portal.setOnAction(e -> openPortal.run());
        return new FlowPane(8, 8, generate, cer, pem, pfx, portal);
    }

    private Button saveButton(String key, ExportFormat format) {
        Button b = named(new Button(text.getString(key)), text.getString(key));
        b.disableProperty().bind(vm.stateProperty().isNotEqualTo(State.LOADED));
        b.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(text.getString(key));
            File folder = chooser.showDialog(getScene().getWindow());
            if (folder != null) {
                lastFormat = format;
                lastPassword = format == ExportFormat.PFX ? PfxPasswordDialog.ask(text).orElse(null) : Secret.empty();
                if (lastPassword != null) {
                    vm.save(format, folder.toPath(), vm.suggestedName(), lastPassword, false);
                }
            }
        });
        return b;
    }

    private static <T extends javafx.scene.control.Control> T named(T control, String name) {
        control.setAccessibleText(name);
        return control;
    }

    private void bind() {
        vm.problemProperty().addListener((o, was, p) -> problem.setText(p == null ? "" : describe(p)));
        problem.setWrapText(true);
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problem.setStyle("-fx-text-fill: #b42318;");
        vm.detailsProperty().addListener((o, was, d) -> card.show(d, vm.checks()));
        card.visibleProperty().bind(vm.detailsProperty().isNotNull());
        card.managedProperty().bind(card.visibleProperty());
        vm.savedProperty().addListener((o, was, paths) -> saved.setText(paths.isEmpty() ? ""
                : MessageFormat.format(text.getString("cert.saved"), paths.stream().map(Path::toString).toList())));
        vm.overwriteAskedProperty().addListener((o, was, folder) -> {
            if (folder != null && confirmOverwrite(folder)) {
                vm.save(lastFormat, folder, vm.suggestedName(), lastPassword, true);
            }
        });
    }

    private String describe(Problem p) {
        return p.summary() + (p.fix().isBlank() ? "" : "\n" + MessageFormat.format(text.getString("cert.fix"), p.fix()));
    }

    private boolean confirmOverwrite(Path folder) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
                MessageFormat.format(text.getString("cert.overwrite.text"), folder), ButtonType.YES, ButtonType.NO);
        alert.setTitle(text.getString("cert.overwrite.title"));
        return alert.showAndWait().filter(ButtonType.YES::equals).isPresent();
    }
}
