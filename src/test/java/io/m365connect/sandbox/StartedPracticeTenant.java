package io.m365connect.sandbox;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A practice tenant started once for a test class ({@code @RegisterExtension static final}) in a temporary folder
 * of its own, and stopped after the class's last test.
 */
public final class StartedPracticeTenant implements AfterAllCallback {
    public final EmulatorPracticeTenant tenant = new EmulatorPracticeTenant();
    /** The temporary folder; the tenant keeps its files in {@code practice} below it. */
    public final Path dir;

    public StartedPracticeTenant(String name) {
        try {
            dir = Files.createTempDirectory(name);
            tenant.start(0, dir.resolve("practice"));
        } catch (Exception e) {
            throw new IllegalStateException("the practice tenant did not start", e);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        tenant.stop();
    }
}
