package io.m365connect.cli;

import io.m365connect.core.auth.BrowserSignInListener;
import io.m365connect.core.auth.DeviceCodePrompt;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

/** Tells the person at the terminal (on stderr, so stdout stays clean for --json) what to do to sign in. */
final class TerminalPrompts implements Consumer<DeviceCodePrompt>, BrowserSignInListener {
    private final PrintWriter err;

    TerminalPrompts(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void accept(DeviceCodePrompt prompt) {
        long minutes = Math.max(1, Duration.between(Instant.now(), prompt.expiresAt()).toMinutes());
        err.println("To sign in, open " + prompt.verificationUri() + " and enter the code " + prompt.userCode()
                + " (valid for " + minutes + " min). Waiting…");
        err.flush();
    }

    @Override
    public void openingBrowser(URI authorizeUrl) {
        err.println("Opening the browser to sign in. If it does not open, go to:");
        err.println("  " + authorizeUrl);
        err.println("Waiting for the sign-in…");
        err.flush();
    }

    @Override
    public void browserNotOpened(URI authorizeUrl, String reason) {
        err.println("m365-connect: the browser could not be started (" + reason + "); open the address above by hand.");
        err.flush();
    }
}
