package dev.packyard.service;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Serialises changes to the catalogue, so checks such as "the domain has no repositories" or "this upstream
 * list has no cycle" still hold when the change is written. One process owns a data directory, so a lock in
 * memory is enough; reads go straight to the store.
 */
public final class CatalogLock {
    private final ReentrantLock lock = new ReentrantLock();

    public <T> T write(Supplier<T> change) {
        lock.lock();
        try {
            return change.get();
        } finally {
            lock.unlock();
        }
    }

    public void write(Runnable change) {
        write(() -> {
            change.run();
            return null;
        });
    }
}
