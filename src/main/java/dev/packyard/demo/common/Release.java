package dev.packyard.demo.common;

import java.time.Instant;

/** One published version of a demo package, whatever its format. */
public interface Release {
    String version();

    Instant published();
}
