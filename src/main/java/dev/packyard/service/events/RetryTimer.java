package dev.packyard.service.events;

import java.time.Duration;

/** Runs work after a delay on the injected clock (so tests move time instead of waiting), off the caller's thread. */
public interface RetryTimer {
    void after(Duration delay, Runnable work);
}
