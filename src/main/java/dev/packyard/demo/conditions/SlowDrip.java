package dev.packyard.demo.conditions;

import java.time.Duration;

/** Sends response bodies in chunks of {@code chunkBytes} with {@code pause} between them, like a congested link. */
public record SlowDrip(int chunkBytes, Duration pause) {
    public SlowDrip {
        if (chunkBytes < 1) {
            throw new IllegalArgumentException("A slow drip needs chunks of at least 1 byte, not " + chunkBytes);
        }
        if (pause.isNegative() || pause.compareTo(Duration.ofSeconds(10)) > 0) {
            throw new IllegalArgumentException("A slow-drip pause must be between 0 and 10 seconds, not " + pause);
        }
    }
}
