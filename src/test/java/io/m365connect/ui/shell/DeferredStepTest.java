package io.m365connect.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.m365connect.core.profile.ProfileStore;
import io.m365connect.ui.TestRecipes;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeferredStepTest {
    @TempDir
    Path home;

    private final AtomicInteger builds = new AtomicInteger();

    static final class Page implements WizardStep {
        final String title;
        final StringProperty unmet = new SimpleStringProperty("");
        int entered;

        Page(String title) {
            this.title = title;
        }

        @Override
        public String title() {
            return title;
        }

        @Override
        public ObservableStringValue unmetRequirement() {
            return unmet;
        }

        @Override
        public void entered() {
            entered++;
        }

        @Override
        public Node view() {
            throw new UnsupportedOperationException("no view in a model test");
        }
    }

    private DeferredStep<Page> deferred(String title) {
        return new DeferredStep<>(title, () -> {
            builds.incrementAndGet();
            return new Page(title);
        });
    }

    @Test
    void theTitleIsKnownWithoutBuildingThePage() {
        DeferredStep<Page> step = deferred("Credential");

        assertEquals("Credential", step.title());
        assertFalse(step.isBuilt());
        assertEquals(0, builds.get());
    }

    @Test
    void thePageIsBuiltOnceWhenFirstNeeded() {
        DeferredStep<Page> step = deferred("Verify");

        step.entered();
        step.entered();
        Page page = step.step();

        assertTrue(step.isBuilt());
        assertEquals(1, builds.get());
        assertEquals(2, page.entered);
        assertSame(page.unmet, step.unmetRequirement());
    }

    @Test
    void aPageListedUnderAnotherTitleIsRefused() {
        DeferredStep<Page> step = new DeferredStep<>("Verify", () -> new Page("Hand-off"));

        IllegalStateException e = assertThrows(IllegalStateException.class, step::step);
        assertEquals("page 'Hand-off' was listed as 'Verify'", e.getMessage());
    }

    @Test
    void theWizardBuildsEachPageOnlyWhenItIsShown() {
        WizardSession session = new WizardSession(TestRecipes.all(), TestRecipes.clouds(), new QueuedExecutor(),
                new ProfileStore(home));
        DeferredStep<Page> first = deferred("Target");
        DeferredStep<Page> second = deferred("App registration");
        DeferredStep<Page> third = deferred("Credential");
        WizardViewModel vm = new WizardViewModel(List.of(first, second, third), session, new Activity(new QueuedExecutor()));

        assertEquals(List.of("Target", "App registration", "Credential"), vm.titles());
        assertEquals(List.of(true, false, false), List.of(first.isBuilt(), second.isBuilt(), third.isBuilt()));

        vm.next();
        assertEquals(List.of(true, true, false), List.of(first.isBuilt(), second.isBuilt(), third.isBuilt()));
        second.step().unmet.set("Enter the tenant.");
        assertEquals("Enter the tenant.", vm.nextBlockedByProperty().get());
        assertFalse(vm.canGoNext().get());
        assertEquals(1, second.step().entered);
    }
}
