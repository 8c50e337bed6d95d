package io.m365connect.ui.step.handoff;

import static org.junit.jupiter.api.Assertions.*;

import io.m365connect.core.common.Secret;
import io.m365connect.core.handoff.ArtifactWriter;
import io.m365connect.core.handoff.CheckResults;
import io.m365connect.core.handoff.CredentialFiles;
import io.m365connect.core.handoff.HandoffCredential;
import io.m365connect.core.handoff.HandoffPackage;
import io.m365connect.core.handoff.HandoffSession;
import io.m365connect.core.recipe.RecipeCatalog;
import io.m365connect.core.tenant.CloudCatalog;
import io.m365connect.ui.common.DirectUiExecutor;
import io.m365connect.ui.common.TextClipboard;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class HandoffViewTest {
    private static final String SECRET = "View~Test.Secret_7-NotOnScreen";
    private final List<String> clipboard = new ArrayList<>();
    private final List<String> opened = new ArrayList<>();

    @Start
    void start(Stage stage) {
        CloudCatalog clouds = CloudCatalog.loadBuiltIn();
        RecipeCatalog recipes = RecipeCatalog.loadBuiltIn(clouds);
        HandoffSession session = new HandoffSession(recipes.find("blink-o365-management-activity").orElseThrow(),
                clouds.find("gcc").orElseThrow(), "8a4d2c1e-5b7f-4e39-9c61-2f0d3b7a9e15",
                "3f1c9a52-7d4e-4b8a-9e21-5c6d7a8b9c02", Map.of(), null,
                new HandoffCredential.ClientSecret(Secret.of(SECRET), Optional.of(Instant.parse("2027-01-31T00:00:00Z"))),
                List.of());
        HandoffViewModel model = new HandoffViewModel(new HandoffViewModel.Sources() {
            @Override
            public Optional<HandoffSession> session() {
                return Optional.of(session);
            }

            @Override
            public CheckResults checkResults(HandoffSession s) {
                return CheckResults.notRun(s.recipe());
            }

            @Override
            public List<HandoffPackage.Script> scripts(HandoffSession s) {
                return List.of();
            }

            @Override
            public String profileJson() {
                return "{}";
            }
        }, new DirectUiExecutor(), new TextClipboard() {
            @Override
            public void put(String text) {
                clipboard.add(text);
            }

            @Override
            public Optional<String> text() {
                return clipboard.isEmpty() ? Optional.empty() : Optional.of(clipboard.get(clipboard.size() - 1));
            }

            @Override
            public void clear() {
                clipboard.clear();
            }
        }, (d, r) -> () -> { }, new CredentialFiles((c, i, k, p) -> new byte[0]), new ArtifactWriter(),
                Clock.systemUTC(), "test");
        HandoffView view = new HandoffView(model, opened::add);
        model.refresh();
        stage.setScene(new Scene(view, 1000, 700));
        stage.show();
    }

    private TextInputControl value(FxRobot robot, String label) {
        return robot.lookup((Node n) -> n instanceof TextInputControl t && label.equals(t.getAccessibleText()))
                .queryAs(TextInputControl.class);
    }

    @Test
    void secretIsMaskedOnScreenUntilShown(FxRobot robot) {
        assertEquals("https://manage-gcc.office.com", value(robot, "API Address").getText());
        assertEquals("••••••••", value(robot, "Client Secret").getText());
        robot.clickOn((Node n) -> n instanceof ToggleButton b && "Show or hide Client Secret".equals(b.getAccessibleText()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(SECRET, value(robot, "Client Secret").getText());
    }

    @Test
    void copyingTheSecretShowsTheOfferToClearTheClipboard(FxRobot robot) {
        robot.clickOn((Node n) -> n instanceof Button b && "Copy Client Secret".equals(b.getAccessibleText()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(SECRET), clipboard);
        assertTrue(robot.lookup("A secret is in the clipboard. Clear it in 60 seconds?").query().isVisible());
    }

    @Test
    void linksOpenInTheBrowser(FxRobot robot) {
        robot.clickOn("Admin consent for every permission");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("https://login.microsoftonline.com/8a4d2c1e-5b7f-4e39-9c61-2f0d3b7a9e15/adminconsent"
                + "?client_id=3f1c9a52-7d4e-4b8a-9e21-5c6d7a8b9c02"), opened);
    }
}
