package dev.packyard.demo;

import dev.packyard.demo.common.FormatRegistry;
import dev.packyard.demo.conditions.CorruptFiles;
import dev.packyard.demo.conditions.OutageMode;
import dev.packyard.demo.conditions.RegistryConditions;
import dev.packyard.demo.conditions.RegistryStats;
import dev.packyard.demo.conditions.SlowDrip;
import dev.packyard.model.PackageFormat;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;

/** The console's and the tests' handle on one demo registry: its conditions, its catalogue and its counters. */
public final class RegistryControls {
    private final PackageFormat format;
    private final FormatRegistry registry;
    private final RegistryConditions conditions;

    RegistryControls(PackageFormat format, FormatRegistry registry, RegistryConditions conditions) {
        this.format = format;
        this.registry = registry;
        this.conditions = conditions;
    }

    public PackageFormat format() {
        return format;
    }

    /** Starts a simulated outage: every request is refused or dropped until {@link #recover()}. */
    public void goDown(OutageMode mode) {
        conditions.goDown(mode);
    }

    public void recover() {
        conditions.recover();
    }

    /** Spoils every package file served from now on, until {@link #repairFiles()}. */
    public void corruptFiles(CorruptFiles how) {
        conditions.corruptFiles(how);
    }

    public void repairFiles() {
        conditions.repairFiles();
    }

    public Optional<CorruptFiles> corruption() {
        return conditions.corruption();
    }

    public Optional<OutageMode> outage() {
        return conditions.outage();
    }

    /** Holds every request for {@code delay} before answering; {@link Duration#ZERO} turns it off. */
    public void setLatency(Duration delay) {
        conditions.setLatency(delay);
    }

    public Duration latency() {
        return conditions.latency();
    }

    public void setSlowDrip(SlowDrip drip) {
        conditions.setSlowDrip(drip);
    }

    public void stopSlowDrip() {
        conditions.setSlowDrip(null);
    }

    public Optional<SlowDrip> slowDrip() {
        return conditions.slowDrip();
    }

    /** Generates the next patch version of {@code packageName} upstream and returns it. */
    public String publishNextVersion(String packageName) {
        return registry.publishNextVersion(packageName);
    }

    public SortedSet<String> packageNames() {
        return registry.packageNames();
    }

    public List<String> versions(String packageName) {
        return registry.versions(packageName);
    }

    public RegistryStats stats() {
        return conditions.stats();
    }

    public void resetStats() {
        conditions.resetStats();
    }
}
