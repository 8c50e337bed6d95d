package io.m365connect.ui.step.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.m365connect.core.common.Problem;
import io.m365connect.core.common.ProblemException;
import io.m365connect.core.diagnose.ConnectionCheck;
import io.m365connect.core.diagnose.FixLinks;
import io.m365connect.core.diagnose.TestLinks;
import io.m365connect.core.diagnose.GrantStatus;
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
import io.m365connect.ui.common.DirectUiExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class VerifyViewModelTest {
    private static final String TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    private FakeServices service;
    private final List<Boolean> firstRunFlags = new ArrayList<>();
    private Set<String> roles = Set.of("ActivityFeed.Read");

    @BeforeEach
    void start() throws Exception {
        service = new FakeServices().answer(200, "[{\"contentType\":\"Audit.General\",\"status\":\"enabled\"}]");
    }

    @AfterEach
    void stop() {
        service.close();
    }

    private static Recipe recipe() {
        return new Recipe("mgmt", "mgmt", "", "", "", List.of(CredentialKind.SECRET), CredentialKind.SECRET, List.of(),
                List.of(), List.of(new PermissionRequirement(ResourceApp.MANAGEMENT, "ActivityFeed.Read",
                PermissionType.APPLICATION, "594c1fb6-4f81-4475-ae41-0c394909246c", true, Privilege.LEAST, "")),
                List.of(), List.of(), List.of("management-activity"), List.of(), List.of(), List.of(), false);
    }

    private VerifyViewModel model() {
        return new VerifyViewModel(new DirectUiExecutor(), firstRun -> {
            firstRunFlags.add(firstRun);
            ProbeTarget target;
            try {
                target = new ProbeTarget(service.cloud(), TENANT, "app", Optional.empty(), Optional.empty(),
                        FakeServices.trusting());
            } catch (Exception e) {
                throw new ProblemException(Problem.of("no TLS", "test"), e);
            }
            ConnectionCheck check = new ConnectionCheck(recipe(), target, links());
            return new VerifyViewModel.Setup(check, (r, c) -> new TokenOutcome.Issued(r, new ProbeToken("t",
                    TokenClaims.appOnly("aud", TENANT, "app", roles, Set.of())), 12));
        });
    }

    @Test
    void aPassingRunTicksEveryRowAndLetsThePersonGoOn() {
        VerifyViewModel m = model();
        assertEquals("Run the checks to prove the connection.", m.summaryProperty().get());
        m.run();
        assertEquals(List.of(CheckRowModel.Status.PASSED, CheckRowModel.Status.PASSED, CheckRowModel.Status.PASSED),
                m.rows().stream().map(r -> r.statusProperty().get()).toList());
        assertEquals("12 ms", m.rows().get(0).timeProperty().get());
        assertTrue(m.summaryProperty().get().startsWith("All checks passed"));
        assertEquals(GrantStatus.GRANTED, m.checklist().get(0).status());
    }

    @Test
    void aFailedRowExpandsToTheRequestTheReplyAndTheFix() {
        roles = Set.of();
        service.answer(401, "{\"error\":{\"code\":\"AF10001\",\"message\":\"The permission set () sent in the "
                + "request does not include the expected permission.\"}}");
        VerifyViewModel m = model();
        m.run();
        CheckRowModel probe = m.rows().get(2);
        assertEquals(CheckRowModel.Status.FAILED, probe.statusProperty().get());
        assertTrue(probe.requestProperty().get().startsWith("GET "));
        assertTrue(probe.replyProperty().get().contains("AF10001"));
        assertTrue(probe.fixProperty().get().contains("ActivityFeed.Read"));
        CheckRowModel permissions = m.rows().get(1);
        assertEquals(CheckRowModel.Status.FAILED, permissions.statusProperty().get());
        assertEquals("consent:management", permissions.linksProperty().get().get(0).url());
        assertTrue(m.summaryProperty().get().contains("Admin consent"), m.summaryProperty().get());
        assertEquals("", m.unmetRequirementProperty().get(), "the hand-off stays reachable");
    }

    @Test
    void runAgainNeverReusesTheCredentialStepsToken() {
        VerifyViewModel m = model();
        m.run();
        m.run();
        assertEquals(List.of(true, false), firstRunFlags);
        assertEquals(2, service.requests());
    }

    @Test
    void aMissingEarlierStepIsSaidInsteadOfRunning() {
        VerifyViewModel m = new VerifyViewModel(new DirectUiExecutor(), first -> {
            throw new ProblemException(Problem.of("The tenant is empty.", "Go back to App registration."));
        });
        m.run();
        assertTrue(m.summaryProperty().get().contains("The tenant is empty."));
        assertTrue(m.rows().isEmpty());
    }

    static FixLinks links() {
        return new TestLinks();
    }
}
