package io.m365connect.core.handoff;

import static org.junit.jupiter.api.Assertions.*;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PfxPasswordsTest {
    @Test
    void generatedPasswordsAreSixGroupsOfFourWithoutLookAlikes() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String p = PfxPasswords.generate().reveal(s -> s);
            assertTrue(p.matches("([A-HJ-NP-Za-km-z2-9]{4}-){5}[A-HJ-NP-Za-km-z2-9]{4}"), p);
            assertTrue(seen.add(p), "no repeats");
        }
    }

    @Test
    void generatedPasswordNeverShowsInToString() {
        assertEquals("Secret[redacted]", PfxPasswords.generate().toString());
    }
}
