package io.m365connect.ui.step.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.m365connect.core.common.Problem;
import io.m365connect.core.common.ProblemException;
import io.m365connect.core.diagnose.ConnectionCheck;
import io.m365connect.core.diagnose.TokenOutcome;
import io.m365connect.core.probe.FakeServices;
import io.m365connect.core.probe.ProbeTarget;
import io.m365connect.core.probe.ProbeToken;
import io.m365connect.core.probe.TokenClaims;
import io.m365connect.core.recipe.CredentialKind;
import io.m365connect.core.recipe.PermissionRequirement;
import io.m365connect.core.recipe.PermissionType;
import io.m365connect.core.recipe.Privilege;
import io.m365connect.core.recipe.Recipe;
import io.m365connect.core.recipe.ResourceApp;
import io.m365connect.ui.common.FxUiExecutor;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class VerifyViewTest {
    private static final String TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    private FakeServices service;
    private FxUiExecutor executor;

    @Start
    void start(Stage stage) throws Exception {
        service = new FakeServices().answer(401, "{\"error\":{\"code\":\"AF10001\",\"message\":\"The permission "
                + "set () sent in the request does not include the expected permission.\"}}");
        executor = new FxUiExecutor();
        Recipe recipe = new Recipe("mgmt", "mgmt", "", "", "", List.of(CredentialKind.SECRET), CredentialKind.SECRET,
                List.of(), List.of(), List.of(new PermissionRequirement(ResourceApp.MANAGEMENT, "ActivityFeed.Read",
                PermissionType.APPLICATION, "594c1fb6-4f81-4475-ae41-0c394909246c", true, Privilege.LEAST, "")),
                List.of(), List.of(), List.of("management-activity"), List.of(), List.of(), List.of(), false);
        VerifyViewModel model = new VerifyViewModel(executor, first -> {
            try {
                ProbeTarget target = new ProbeTarget(service.cloud(), TENANT, "app", Optional.empty(),
                        Optional.empty(), FakeServices.trusting());
                return new VerifyViewModel.Setup(new ConnectionCheck(recipe, target, VerifyViewModelTest.links()),
                        (r, c) -> new TokenOutcome.Issued(r, new ProbeToken("t", TokenClaims.appOnly("aud", TENANT,
                                "app", Set.of(), Set.of())), 9));
            } catch (Exception e) {
                throw new ProblemException(Problem.of("no TLS", "test"), e);
            }
        });
        stage.setScene(new Scene(new VerifyView(model, url -> { }), 900, 700));
        stage.show();
    }

    @AfterEach
    void stop() {
        executor.shutdown();
        service.close();
    }

    @Test
    void runShowsEachCheckWithItsResultAndTheFirstFix(FxRobot robot) throws Exception {
        robot.clickOn(n -> n instanceof javafx.scene.control.Button b && "_Run checks".equals(b.getText()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(n -> n instanceof javafx.scene.control.Button b
                && "_Run again".equals(b.getText())).tryQuery().isPresent());
        List<String> headers = robot.lookup(".titled-pane").queryAll().stream().map(n -> ((TitledPane) n).getText())
                .toList();
        assertEquals(3, headers.size());
        assertTrue(headers.get(0).startsWith("✔  Token for Office 365 Management APIs"), headers.get(0));
        assertTrue(headers.get(2).startsWith("✖  Office 365 Management Activity API  — failed"), headers.get(2));
        assertTrue(robot.lookup(n -> n instanceof javafx.scene.control.Label l && l.getText() != null
                && l.getText().startsWith("First thing to fix (Admin consent)")).tryQuery().isPresent());
        TitledPane probe = (TitledPane) robot.lookup(".titled-pane").queryAll().stream().skip(2).findFirst().orElseThrow();
        robot.interact(() -> probe.setExpanded(true));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(n -> n instanceof javafx.scene.control.TextArea t && t.getText().contains("AF10001"))
                .tryQuery().isPresent(), "the reply is shown when the row is opened");
        snapshot(robot, probe.getScene());
    }

    /** Leaves a picture of the page in target/ to look at (the build never needs it). */
    private static void snapshot(FxRobot robot, Scene scene) throws Exception {
        java.util.concurrent.atomic.AtomicReference<javafx.scene.image.WritableImage> image =
                new java.util.concurrent.atomic.AtomicReference<>();
        robot.interact(() -> image.set(scene.snapshot(null)));
        javafx.scene.image.PixelReader px = image.get().getPixelReader();
        int w = (int) image.get().getWidth();
        int h = (int) image.get().getHeight();
        java.awt.image.BufferedImage out = new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, px.getArgb(x, y));
            }
        }
        javax.imageio.ImageIO.write(out, "png", java.nio.file.Path.of("target", "verify-page.png").toFile());
    }
}
