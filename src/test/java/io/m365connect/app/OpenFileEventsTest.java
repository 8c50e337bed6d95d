package io.m365connect.app;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OpenFileEventsTest {
    @AfterEach
    void reset() {
        OpenFileEvents.reset();
    }

    @Test
    void headlessSystemsInstallNothingAndDoNotFail() {
        assertTrue(java.awt.GraphicsEnvironment.isHeadless(), "the tests run headless");
        assertFalse(OpenFileEvents.install("Mac OS X"));
    }

    @Test
    void linuxAndWindowsNeverLoadTheDesktopClasses() {
        assertFalse(OpenFileEvents.install("Linux"));
        assertFalse(OpenFileEvents.install("Windows 11"));
    }

    @Test
    void profilesArrivingBeforeTheWindowAreDeliveredOnceItExists() {
        OpenFileEvents.arrived(Path.of("early.m365connect"));
        List<Path> got = new ArrayList<>();
        OpenFileEvents.deliverTo(got::add);
        OpenFileEvents.arrived(Path.of("later.m365connect"));
        assertEquals(List.of(Path.of("early.m365connect"), Path.of("later.m365connect")), got);
    }
}
