package io.m365connect.app;

import io.m365connect.cli.Cli;

/**
 * The main class. It must not extend {@code javafx.application.Application}: with JavaFX on the class path
 * that fails with "JavaFX runtime components are missing".
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        Wiring.startLog();
        LaunchMode mode = LaunchMode.of(args);
        if (mode.smoke()) {
            System.exit(SmokeRun.run(() -> ConnectApp.launch(Wiring::build, mode)));
        } else if (mode.gui()) {
            OpenFileEvents.install();
            ConnectApp.launch(Wiring::build, mode);
        } else {
            System.exit(Cli.runOnTerminal(args, Wiring.build()));
        }
    }
}
