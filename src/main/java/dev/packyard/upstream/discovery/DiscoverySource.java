package dev.packyard.upstream.discovery;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** A format plug-in's way to find one external connection's registry in the user's own package-manager set-up. */
public interface DiscoverySource {
    /** Each place the format's own tool would take the registry from, in the tool's order. */
    List<Supplier<Optional<Found>>> sources(DiscoveryEnvironment env);

    /** What was looked at, said when none of the sources named a registry. */
    String lookedAt();
}
