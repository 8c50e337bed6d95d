package io.m365connect.core.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LazyTest {

    @Test
    void nothingIsBuiltUntilTheFirstGet() {
        AtomicInteger builds = new AtomicInteger();
        Lazy<String> lazy = Lazy.of(() -> "v" + builds.incrementAndGet());

        assertFalse(lazy.isBuilt());
        assertEquals(0, builds.get());
        assertEquals("v1", lazy.get());
        assertEquals("v1", lazy.get());
        assertTrue(lazy.isBuilt());
        assertEquals(1, builds.get());
    }

    @Test
    void threadsAskingAtOnceShareOneBuild() throws Exception {
        AtomicInteger builds = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        Lazy<Object> lazy = Lazy.of(() -> {
            builds.incrementAndGet();
            return new Object();
        });
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Object>> got = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                got.add(pool.submit(() -> {
                    start.await();
                    return lazy.get();
                }));
            }
            start.countDown();
            for (Future<Object> f : got) {
                assertSame(lazy.get(), f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, builds.get());
    }

    @Test
    void aFailedBuildIsTriedAgainAndNotRememberedAsAValue() {
        AtomicInteger builds = new AtomicInteger();
        Lazy<String> lazy = Lazy.of(() -> {
            if (builds.incrementAndGet() == 1) {
                throw new IllegalStateException("catalog unreadable");
            }
            return "loaded";
        });

        IllegalStateException e = assertThrows(IllegalStateException.class, lazy::get);
        assertEquals("catalog unreadable", e.getMessage());
        assertFalse(lazy.isBuilt());
        assertEquals("loaded", lazy.get());
        assertEquals(2, builds.get());
    }

    @Test
    void aGivenValueNeedsNoBuild() {
        Lazy<String> lazy = Lazy.value("ready");

        assertTrue(lazy.isBuilt());
        assertEquals("ready", lazy.get());
    }
}
