package dev.packyard.testing;

import java.util.function.BooleanSupplier;

/** Waiting on a condition that another thread or process makes true, up to a generous limit, instead of sleeping and hoping. */
public final class Waits {
    private static final long LIMIT_NANOS = 30_000_000_000L;

    private Waits() {
    }

    public static void until(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + LIMIT_NANOS;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting until " + what);
            }
            Thread.sleep(20);
        }
    }
}
