package dev.packyard.formats.cargo.upstream;

import dev.packyard.upstream.discovery.DiscoveryEnvironment;
import dev.packyard.upstream.discovery.DiscoverySource;
import dev.packyard.upstream.discovery.Found;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where Cargo itself takes crates.io from: a sparse index set in {@code CARGO_REGISTRIES_CRATES_IO_INDEX}, otherwise,
 * when Cargo is installed, the crates.io sparse index built into it (its default since 1.70). Without Cargo nothing
 * is assumed, as for the other formats.
 */
public final class CratesIoDiscovery implements DiscoverySource {
    public static final String CRATES_IO_SPARSE_INDEX = "https://index.crates.io/";

    @Override
    public List<Supplier<Optional<Found>>> sources(DiscoveryEnvironment env) {
        return List.of(
                () -> env.variable("CARGO_REGISTRIES_CRATES_IO_INDEX").filter(v -> v.startsWith("sparse+"))
                        .map(v -> new Found(v.substring("sparse+".length()), "from $CARGO_REGISTRIES_CRATES_IO_INDEX")),
                () -> env.commands().run(List.of("cargo", "--version"), env.commandTimeout())
                        .map(version -> new Found(CRATES_IO_SPARSE_INDEX, "from Cargo's built-in crates.io index ("
                                + version.trim() + ")")));
    }

    @Override
    public String lookedAt() {
        return "$CARGO_REGISTRIES_CRATES_IO_INDEX and Cargo's built-in crates.io index (`cargo --version`)";
    }
}
