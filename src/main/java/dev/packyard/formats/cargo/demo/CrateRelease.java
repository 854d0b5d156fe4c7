package dev.packyard.formats.cargo.demo;

import dev.packyard.demo.common.Release;
import java.time.Instant;

/** One version of a demo crate with its {@code .crate} file and that file's SHA-256, as the index publishes it. */
record CrateRelease(CrateSpec spec, String version, Instant published, byte[] crate, String cksum) implements Release {
}
