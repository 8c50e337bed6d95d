package io.m365connect.ui.shell;

import io.m365connect.ui.common.UiExecutor;
import java.util.ArrayDeque;
import java.util.Deque;

/** Runs UI actions at once and keeps background work until the test lets it run: to see work in flight. */
final class QueuedExecutor implements UiExecutor {
    final Deque<Runnable> background = new ArrayDeque<>();

    @Override
    public void runOnUi(Runnable action) {
        action.run();
    }

    @Override
    public void runInBackground(Runnable work) {
        background.add(work);
    }

    void runAll() {
        while (!background.isEmpty()) {
            background.poll().run();
        }
    }
}
