package bench.hello;

import javafx.application.Application;

/** Main class of the bare window; like the app's Launcher it does not extend Application (class path). */
public final class HelloLauncher {
    private HelloLauncher() {
    }

    public static void main(String[] args) {
        Application.launch(HelloWindow.class, args);
    }
}
