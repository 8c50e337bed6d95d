package io.m365connect.ui.shell;

import io.m365connect.core.common.Problem;
import io.m365connect.core.profile.SetupProfile;
import io.m365connect.core.recipe.Recipe;
import io.m365connect.ui.common.Messages;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;

/**
 * The shell's state: which page is current, whether Next and Back are allowed and why not, the running work
 * and the problem banner (through {@link Activity}), and the offer to continue the previous draft.
 */
public final class WizardViewModel {
    private final List<? extends StepModel> steps;
    private final WizardSession session;
    private final Activity activity;
    private final ReadOnlyIntegerWrapper current = new ReadOnlyIntegerWrapper(this, "current", 0);
    private final ReadOnlyStringWrapper nextBlockedBy = new ReadOnlyStringWrapper(this, "nextBlockedBy", "");
    private final ReadOnlyObjectWrapper<SetupProfile> resumable = new ReadOnlyObjectWrapper<>(this, "resumable");
    private final ReadOnlyStringWrapper resumeSummary = new ReadOnlyStringWrapper(this, "resumeSummary", "");
    private final BooleanBinding canGoNext;
    private final BooleanBinding canGoBack;

    public WizardViewModel(List<? extends StepModel> steps, WizardSession session, Activity activity) {
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a wizard needs at least one step");
        }
        this.steps = List.copyOf(steps);
        this.session = Objects.requireNonNull(session);
        this.activity = Objects.requireNonNull(activity);
        // Only the current page's requirement is observed: a page is not asked (nor built) before it is shown.
        nextBlockedBy.bind(this.steps.get(0).unmetRequirement());
        current.addListener((o, was, now) -> nextBlockedBy.bind(this.steps.get(now.intValue()).unmetRequirement()));
        canGoNext = Bindings.createBooleanBinding(() -> nextBlockedBy.get().isEmpty() && !activity.busyProperty().get()
                && current.get() < this.steps.size() - 1, nextBlockedBy, activity.busyProperty(), current);
        canGoBack = Bindings.createBooleanBinding(() -> current.get() > 0 && !activity.busyProperty().get(),
                current, activity.busyProperty());
        session.saveProblemProperty().addListener((o, was, now) -> {
            if (now != null) {
                activity.show(now);
            }
        });
        this.steps.get(0).entered();
    }

    public List<String> titles() {
        return steps.stream().map(StepModel::title).toList();
    }

    public int stepCount() { return steps.size(); }
    public ReadOnlyIntegerProperty currentProperty() { return current.getReadOnlyProperty(); }
    /** Why Next is disabled, in the person's words; empty when it is not (or on the last page). */
    public ReadOnlyStringProperty nextBlockedByProperty() { return nextBlockedBy.getReadOnlyProperty(); }
    public ObservableBooleanValue canGoNext() { return canGoNext; }
    public ObservableBooleanValue canGoBack() { return canGoBack; }
    public Activity activity() { return activity; }
    public WizardSession session() { return session; }
    public ReadOnlyObjectProperty<SetupProfile> resumableProperty() { return resumable.getReadOnlyProperty(); }
    public ReadOnlyStringProperty resumeSummaryProperty() { return resumeSummary.getReadOnlyProperty(); }

    public StepStatus statusOf(int index) {
        return StepStatus.of(index, current.get());
    }

    public boolean isLast() {
        return current.get() == steps.size() - 1;
    }

    public void next() {
        if (canGoNext.get()) {
            current.set(current.get() + 1);
            steps.get(current.get()).entered();
        }
    }

    public void back() {
        if (canGoBack.get()) {
            current.set(current.get() - 1);
            steps.get(current.get()).entered();
        }
    }

    /** Esc: cancels running work; does nothing when nothing runs. */
    public void cancelRunning() {
        activity.cancel();
    }

    /** Starts the wizard: with the previous draft offered, or (none, or a profile was opened) saving at once. */
    public void start(Optional<SetupProfile> previous) {
        previous.filter(p -> p.recipeId().isPresent() || p.tenant() != null).ifPresentOrElse(p -> {
            resumable.set(p);
            resumeSummary.set(summary(p));
        }, session::startAutosave);
    }

    /** Opens a profile given on the command line: no offer, its values are the draft. */
    public void open(SetupProfile profile) {
        session.restore(profile).ifPresent(activity::show);
        session.startAutosave();
        steps.get(current.get()).entered();
    }

    /**
     * Opens a helpdesk profile: its values become the draft and the wizard goes to the first page that still
     * needs input (at the latest the page that asks each time, the credential).
     */
    public void openProfile(SetupProfile profile) {
        session.restore(profile).ifPresent(activity::show);
        session.startAutosave();
        resumable.set(null);
        int i = 0;
        for (; i < steps.size() - 1; i++) {
            StepModel step = steps.get(i);
            step.entered();
            if (!step.unmetRequirement().get().isEmpty() || step.asksEachTime()) {
                break;
            }
        }
        current.set(i);
        steps.get(i).entered();
    }

    public void continueDraft() {
        SetupProfile p = resumable.get();
        if (p != null) {
            resumable.set(null);
            open(p);
        }
    }

    public void startNew() {
        resumable.set(null);
        session.startAutosave();
    }

    public void reportStartProblem(Problem p) {
        activity.show(p);
        session.startAutosave();
    }

    private String summary(SetupProfile p) {
        String recipe = p.recipeId().flatMap(id -> session.recipes().stream().filter(r -> r.id().equals(id)).findFirst())
                .map(Recipe::title).orElse(Messages.text("resume.noRecipe"));
        String tenant = p.tenant() == null ? Messages.text("resume.noTenant") : p.tenant();
        return Messages.text("resume.summary", recipe, tenant);
    }
}
