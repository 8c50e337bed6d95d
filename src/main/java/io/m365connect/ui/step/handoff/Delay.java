package io.m365connect.ui.step.handoff;

import java.time.Duration;

/** Runs an action on the UI thread after a delay; the view passes a JavaFX timer, tests run it by hand. */
@FunctionalInterface
public interface Delay {
    /** Returns a handle that cancels the action if it has not run yet. */
    Runnable after(Duration delay, Runnable action);
}
