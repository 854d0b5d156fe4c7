package dev.packyard.app.console;

import dev.packyard.demo.DemoRegistry;
import dev.packyard.demo.RegistryControls;
import dev.packyard.demo.conditions.OutageMode;
import dev.packyard.demo.conditions.RegistryStats;
import dev.packyard.demo.conditions.SlowDrip;
import dev.packyard.model.PackageFormat;
import dev.packyard.ui.demo.DemoControls;
import java.time.Duration;
import java.util.List;

/** The demo panel's switches on a running demo registry. */
public final class DemoRegistryControls implements DemoControls {
    /** Small chunks with short pauses: a 10 KB file takes a few seconds, long enough to watch its progress. */
    static final SlowDrip DRIP = new SlowDrip(512, Duration.ofMillis(150));

    private final DemoRegistry registry;

    public DemoRegistryControls(DemoRegistry registry) {
        this.registry = registry;
    }

    @Override
    public List<PackageFormat> formats() {
        return registry.formats().stream().sorted().toList();
    }

    @Override
    public RegistryState state(PackageFormat format) {
        RegistryControls c = registry.controls(format);
        RegistryStats stats = c.stats();
        return new RegistryState(format, registry.title(format), c.outage().map(m -> switch (m) {
                    case SERVICE_UNAVAILABLE -> "HTTP 503 to every request";
                    case DROP_CONNECTION -> "connections dropped";
                    case TOO_MANY_REQUESTS -> "HTTP 429 (retry after 30 s) to every request";
                }), c.latency(), c.slowDrip().isPresent(), stats.requests(), stats.refused() + stats.dropped());
    }

    @Override
    public void goDown(PackageFormat format, boolean dropConnections) {
        registry.controls(format).goDown(dropConnections ? OutageMode.DROP_CONNECTION : OutageMode.SERVICE_UNAVAILABLE);
    }

    @Override
    public void recover(PackageFormat format) {
        registry.controls(format).recover();
    }

    @Override
    public void setLatency(PackageFormat format, Duration latency) {
        registry.controls(format).setLatency(latency);
    }

    @Override
    public void setSlowDrip(PackageFormat format, boolean on) {
        if (on) {
            registry.controls(format).setSlowDrip(DRIP);
        } else {
            registry.controls(format).stopSlowDrip();
        }
    }

    @Override
    public List<String> packageNames(PackageFormat format) {
        return List.copyOf(registry.controls(format).packageNames());
    }

    @Override
    public List<String> versions(PackageFormat format, String packageName) {
        return registry.controls(format).versions(packageName);
    }

    @Override
    public String publishNextVersion(PackageFormat format, String packageName) {
        return registry.controls(format).publishNextVersion(packageName);
    }
}
