package io.m365connect.ui.practice;

import io.m365connect.core.Services;
import io.m365connect.ui.common.UiExecutor;
import java.util.ResourceBundle;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The practice tenant in a window of its own, as the Target step's button and the {@code --practice} option
 * open it; the caller keeps the ViewModel to follow {@link PracticeTenantViewModel#cloudProperty()}.
 */
public final class PracticeTenantWindow {
    private static final ResourceBundle TEXT = ResourceBundle.getBundle("io.m365connect.i18n.practice");

    private PracticeTenantWindow() {
    }

    /** Opens the window and starts the tenant; closing the window stops it. */
    public static PracticeTenantViewModel open(Window owner, Services services, UiExecutor executor) {
        PracticeTenantViewModel vm = new PracticeTenantViewModel(services.practiceTenants(),
                services.homeDir().resolve("practice"), executor);
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle(TEXT.getString("practice.window.title"));
        stage.setScene(new Scene(new PracticeTenantPane(vm), 960, 680));
        stage.setOnHidden(e -> vm.stop());
        stage.show();
        vm.start();
        return vm;
    }
}
