package dev.packyard.formats.cargo.upstream;

import dev.packyard.upstream.discovery.DiscoveryEnvironment;
import dev.packyard.upstream.discovery.DiscoverySource;
import dev.packyard.upstream.discovery.Found;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where Cargo itself takes crates.io from: the {@code CARGO_REGISTRIES_CRATES_IO_INDEX} override when set to a sparse
 * index, otherwise crates.io's own sparse index, which Cargo uses by default since 1.70.
 */
public final class CratesIoDiscovery implements DiscoverySource {
    public static final String CRATES_IO_SPARSE_INDEX = "https://index.crates.io/";

    @Override
    public List<Supplier<Optional<Found>>> sources(DiscoveryEnvironment env) {
        return List.of(
                () -> env.variable("CARGO_REGISTRIES_CRATES_IO_INDEX").filter(v -> v.startsWith("sparse+"))
                        .map(v -> new Found(v.substring("sparse+".length()), "from CARGO_REGISTRIES_CRATES_IO_INDEX")),
                () -> Optional.of(new Found(CRATES_IO_SPARSE_INDEX, "Cargo's built-in crates.io sparse index")));
    }

    @Override
    public String lookedAt() {
        return "CARGO_REGISTRIES_CRATES_IO_INDEX and Cargo's built-in crates.io index";
    }
}
