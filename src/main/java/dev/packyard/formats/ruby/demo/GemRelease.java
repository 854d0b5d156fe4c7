package dev.packyard.formats.ruby.demo;

import dev.packyard.demo.common.Digests;
import dev.packyard.demo.common.Release;
import dev.packyard.formats.ruby.gem.GemSpec;
import java.time.Instant;
import java.util.List;

/** One version of a demo gem: one .gem per platform it is built for. */
record GemRelease(String version, Instant published, List<Built> gems) implements Release {
    GemRelease {
        gems = List.copyOf(gems);
    }

    record Built(GemSpec spec, byte[] bytes, Digests digests) {
    }
}
