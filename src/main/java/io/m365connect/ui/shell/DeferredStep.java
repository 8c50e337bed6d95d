package io.m365connect.ui.shell;

import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;

/**
 * A page that is built the first time the shell needs more of it than its title: when it becomes current, or
 * when opening a profile walks past it. The window's first frame then waits for the first page only, not for
 * the certificate reader, the token service or the hand-off files of pages nobody has opened yet (issue #8).
 */
public final class DeferredStep<S extends WizardStep> implements WizardStep {
    private final String title;
    private Supplier<? extends S> build;
    private S step;

    /** {@code title} is shown in the step list before the page exists; it must be the page's own. */
    public DeferredStep(String title, Supplier<? extends S> build) {
        this.title = Objects.requireNonNull(title);
        this.build = Objects.requireNonNull(build);
    }

    /** The page, built now if it was not yet. */
    public S step() {
        if (step == null) {
            S built = build.get();
            if (!title.equals(built.title())) {
                throw new IllegalStateException("page '" + built.title() + "' was listed as '" + title + "'");
            }
            step = built;
            build = null;
        }
        return step;
    }

    /** Whether the page has been built. */
    public boolean isBuilt() {
        return step != null;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public ObservableStringValue unmetRequirement() {
        return step().unmetRequirement();
    }

    @Override
    public void entered() {
        step().entered();
    }

    @Override
    public boolean asksEachTime() {
        return step().asksEachTime();
    }

    @Override
    public Node view() {
        return step().view();
    }
}
