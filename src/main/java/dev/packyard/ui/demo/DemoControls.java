package dev.packyard.ui.demo;

import dev.packyard.model.PackageFormat;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The offline demo's registries as the demo panel drives them: outages, latency, slow drip, new upstream versions.
 * Implemented over the demo registry by the wiring; calls are quick (no network) but are still made off the UI thread.
 */
public interface DemoControls {
    /** How one demo registry behaves now; {@code title} names it at the start of a sentence ("The npm registry"). */
    record RegistryState(PackageFormat format, String title, Optional<String> outage, Duration latency, boolean slowDrip, long requests,
                         long refused) {
    }

    List<PackageFormat> formats();

    RegistryState state(PackageFormat format);

    /** Takes the registry down: every request answered 503, or every connection dropped. */
    void goDown(PackageFormat format, boolean dropConnections);

    void recover(PackageFormat format);

    void setLatency(PackageFormat format, Duration latency);

    /** Sends bodies in small chunks with pauses, so a download takes seconds and its progress can be watched. */
    void setSlowDrip(PackageFormat format, boolean on);

    List<String> packageNames(PackageFormat format);

    List<String> versions(PackageFormat format, String packageName);

    /** Publishes the next patch version of the package upstream; returns it. */
    String publishNextVersion(PackageFormat format, String packageName);
}
