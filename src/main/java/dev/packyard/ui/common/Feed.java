package dev.packyard.ui.common;

import java.util.function.Consumer;

/**
 * A value that other parts of Packyard (server, task queue, connection health) publish for the console. The wiring
 * supplies real feeds; until a part exists the console gets {@link #constant}, and shows that honestly.
 * Listeners may be called on any thread.
 */
public interface Feed<T> {
    T current();

    /** Calls {@code listener} with each new value until the returned subscription is cancelled. */
    Subscription subscribe(Consumer<? super T> listener);

    /** Stops notifications. */
    @FunctionalInterface
    interface Subscription {
        void cancel();
    }

    /** A feed whose value never changes. */
    static <T> Feed<T> constant(T value) {
        return new Feed<>() {
            @Override
            public T current() {
                return value;
            }

            @Override
            public Subscription subscribe(Consumer<? super T> listener) {
                return () -> { };
            }
        };
    }
}
