package io.m365connect.core.common;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value built on first use, once, also when several threads ask at the same time (the wizard's window and
 * its pool thread both reach for the catalogs). A build that throws is not remembered: the next call tries
 * again, and the caller sees the failure each time rather than a stale {@code null}.
 */
public final class Lazy<T> implements Supplier<T> {
    private final Object lock = new Object();
    private Supplier<? extends T> build;
    private volatile T value;

    private Lazy(Supplier<? extends T> build, T value) {
        this.build = build;
        this.value = value;
    }

    public static <T> Lazy<T> of(Supplier<? extends T> build) {
        return new Lazy<>(Objects.requireNonNull(build, "build"), null);
    }

    /** A value that exists already. */
    public static <T> Lazy<T> value(T value) {
        return new Lazy<>(null, Objects.requireNonNull(value, "value"));
    }

    @Override
    public T get() {
        T v = value;
        if (v != null) {
            return v;
        }
        synchronized (lock) {
            if (value == null) {
                T built = Objects.requireNonNull(build.get(), "built value");
                value = built;
                build = null;
            }
            return value;
        }
    }

    /** Whether the value has been built (without building it). */
    public boolean isBuilt() {
        return value != null;
    }
}
