package io.m365connect.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.m365connect.core.common.Problem;
import io.m365connect.core.common.ProblemException;
import io.m365connect.core.profile.ProfileStore;
import io.m365connect.core.profile.SetupProfile;
import io.m365connect.ui.TestRecipes;
import io.m365connect.ui.common.TaskHandle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WizardViewModelTest {
    @TempDir
    Path home;
    QueuedExecutor executor;
    WizardSession session;
    Activity activity;
    FakeStep first;
    FakeStep second;
    FakeStep third;
    WizardViewModel vm;

    static final class FakeStep implements StepModel {
        final StringProperty unmet = new SimpleStringProperty("");
        int entered;

        @Override
        public String title() {
            return "Step";
        }

        @Override
        public ObservableStringValue unmetRequirement() {
            return unmet;
        }

        @Override
        public void entered() {
            entered++;
        }
    }

    @BeforeEach
    void setUp() {
        executor = new QueuedExecutor();
        session = new WizardSession(TestRecipes.all(), TestRecipes.clouds(), executor, new ProfileStore(home));
        activity = new Activity(executor);
        first = new FakeStep();
        second = new FakeStep();
        third = new FakeStep();
        vm = new WizardViewModel(List.of(first, second, third), session, activity);
    }

    @Test
    void nextIsBlockedByTheCurrentStepsFirstRequirement() {
        first.unmet.set("Choose the system you are connecting.");
        assertFalse(vm.canGoNext().get());
        assertEquals("Choose the system you are connecting.", vm.nextBlockedByProperty().get());
        vm.next();
        assertEquals(0, vm.currentProperty().get());
        first.unmet.set("");
        assertTrue(vm.canGoNext().get());
        vm.next();
        assertEquals(1, vm.currentProperty().get());
        assertEquals(1, second.entered);
    }

    @Test
    void requirementFollowsTheCurrentStep() {
        second.unmet.set("Enter the application (client) ID.");
        assertEquals("", vm.nextBlockedByProperty().get());
        vm.next();
        assertEquals("Enter the application (client) ID.", vm.nextBlockedByProperty().get());
        vm.back();
        assertEquals("", vm.nextBlockedByProperty().get());
    }

    @Test
    void stepStatusesAreDoneCurrentNotYet() {
        vm.next();
        assertEquals(List.of(StepStatus.DONE, StepStatus.CURRENT, StepStatus.NOT_YET),
                List.of(vm.statusOf(0), vm.statusOf(1), vm.statusOf(2)));
    }

    @Test
    void backIsNotAllowedOnTheFirstStepAndNextNotOnTheLast() {
        assertFalse(vm.canGoBack().get());
        vm.next();
        vm.next();
        assertTrue(vm.isLast());
        assertFalse(vm.canGoNext().get());
        assertTrue(vm.canGoBack().get());
    }

    @Test
    void runningWorkBlocksNavigationAndEscCancelsIt() {
        AtomicReference<String> result = new AtomicReference<>();
        TaskHandle handle = activity.run("Getting a token…", c -> "token", result::set);
        assertTrue(activity.busyProperty().get());
        assertEquals("Getting a token…", activity.progressTextProperty().get());
        assertFalse(vm.canGoNext().get());
        vm.cancelRunning();
        assertTrue(handle.isCancelled());
        assertFalse(activity.busyProperty().get());
        assertTrue(vm.canGoNext().get());
        executor.runAll();
        assertNull(result.get(), "a cancelled task's result is dropped");
        assertNull(activity.problemProperty().get());
    }

    @Test
    void finishedWorkClearsTheMask() {
        AtomicReference<String> result = new AtomicReference<>();
        activity.run("Checking…", c -> "ok", result::set);
        executor.runAll();
        assertEquals("ok", result.get());
        assertFalse(activity.busyProperty().get());
    }

    @Test
    void failedWorkShowsItsProblem() {
        Problem p = Problem.of("The certificate has expired.", "Make a new certificate.", "it was made two years ago");
        activity.run("Reading…", c -> {
            throw new ProblemException(p);
        }, v -> { });
        executor.runAll();
        assertEquals(p, activity.problemProperty().get());
        activity.dismissProblem();
        assertNull(activity.problemProperty().get());
    }

    @Test
    void unexpectedFailureIsExplainedWithoutATrace() {
        activity.run("Reading the file", c -> {
            throw new IOException("disk on fire at sun.nio.ch...");
        }, v -> { });
        executor.runAll();
        assertEquals("Reading the file could not finish: an unexpected error (IOException).",
                activity.problemProperty().get().summary());
    }

    @Test
    void previousDraftIsOfferedAndNotOverwrittenUntilAnswered() throws Exception {
        SetupProfile previous = new SetupProfile(null, 1, "test-exchange", "gcc-high", null, "contoso.onmicrosoft.us",
                TestRecipes.APP, Map.of("organization", "contoso.onmicrosoft.us"), null, null, null);
        vm.start(Optional.of(previous));
        assertEquals("Continue where you left off? Last time: Exchange Online archive, tenant contoso.onmicrosoft.us.",
                vm.resumeSummaryProperty().get());
        session.tenantProperty().set("typed before answering");
        executor.runAll();
        assertFalse(Files.exists(home.resolve("draft.m365connect")));
        vm.continueDraft();
        assertNull(vm.resumableProperty().get());
        assertEquals("contoso.onmicrosoft.us", session.tenantProperty().get());
        assertEquals("gcc-high", session.cloud().id());
        assertEquals("contoso.onmicrosoft.us", session.inputs().get("organization"));
        session.notesProperty().set("ticket 42");
        executor.runAll();
        assertEquals("ticket 42", ProfileStore.read(home.resolve("draft.m365connect")).notes());
    }

    @Test
    void startingNewKeepsTheEmptyDraft() {
        vm.start(Optional.of(SetupProfile.empty("global").withRecipe("test-graph")));
        vm.startNew();
        assertNull(vm.resumableProperty().get());
        assertTrue(session.recipe().isEmpty());
    }

    @Test
    void emptyPreviousDraftIsNotOffered() {
        vm.start(Optional.of(SetupProfile.empty("global")));
        assertNull(vm.resumableProperty().get());
    }

    @Test
    void openedProfileWithUnknownRecipeShowsAProblem() {
        vm.open(SetupProfile.empty("global").withRecipe("salesforce").withTenant("contoso.com", null));
        assertEquals("The saved setup was for the system \"salesforce\", which this version does not know.",
                activity.problemProperty().get().summary());
        assertEquals("contoso.com", session.tenantProperty().get());
    }

    @Test
    void saveFailureReachesTheBanner() throws IOException {
        Path blocked = home.resolve("blocked");
        Files.writeString(blocked, "a file where a folder should be");
        WizardSession s = new WizardSession(TestRecipes.all(), TestRecipes.clouds(), executor, new ProfileStore(blocked));
        Activity a = new Activity(executor);
        new WizardViewModel(List.of(new FakeStep()), s, a).start(Optional.empty());
        s.tenantProperty().set("contoso.com");
        executor.runAll();
        assertEquals("The profile could not be saved to " + blocked.resolve("draft.m365connect") + ".",
                a.problemProperty().get().summary());
    }
}
