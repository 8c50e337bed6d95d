package io.m365connect.ui.common;

/** Runs work and its handlers at once on the calling thread: for ViewModel tests without a toolkit. */
public final class DirectUiExecutor implements UiExecutor {
    @Override
    public void runOnUi(Runnable action) {
        action.run();
    }

    @Override
    public void runInBackground(Runnable work) {
        work.run();
    }
}
