package dev.packyard.formats.cargo;

import dev.packyard.demo.DemoStandIn;
import dev.packyard.formats.FormatPlugin;
import dev.packyard.formats.cargo.demo.CratesRegistry;
import dev.packyard.formats.cargo.http.CargoEndpoint;
import dev.packyard.formats.cargo.manifest.CrateDetailsReader;
import dev.packyard.formats.cargo.upstream.CargoSparseClient;
import dev.packyard.formats.cargo.upstream.CratesIoDiscovery;
import dev.packyard.model.ExternalConnection;
import dev.packyard.model.PackageFormat;
import dev.packyard.model.metadata.MetadataPolicy;
import dev.packyard.server.packages.FormatEndpoint;
import dev.packyard.service.details.VersionDetailsReader;
import dev.packyard.service.endpoints.ClientSetup;
import dev.packyard.upstream.UpstreamFormat;
import dev.packyard.upstream.discovery.DiscoverySource;
import dev.packyard.server.ServerContext;
import dev.packyard.server.packages.ClientHandler;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.Map;
import java.util.Optional;

/**
 * Cargo: a repository as a sparse registry (index files, downloads, publish, yank), crates.io's sparse index as the
 * upstream, and the demo's crates.io. Listings are refreshed lazily: Cargo revalidates the index files it needs on every
 * build, so a listing is fetched when first asked for, kept for the timing profile's metadata lifetime (3 h by default),
 * and the first request after that still gets the old listing while the new one is read.
 */
public final class CargoFormat implements FormatPlugin {
    @Override
    public PackageFormat format() {
        return PackageFormat.CARGO;
    }

    @Override
    public FormatEndpoint endpoint() {
        return new FormatEndpoint() {
            @Override
            public Map<HandlerType, ClientHandler> handlers(ServerContext context) {
                CargoEndpoint cargo = new CargoEndpoint(context);
                return Map.of(HandlerType.GET, cargo::get, HandlerType.PUT, cargo::put, HandlerType.DELETE, cargo::delete);
            }

            @Override
            public Optional<Object> errorDocument(Context ctx, String message) {
                return CargoEndpoint.errorDocument(ctx, message);
            }
        };
    }

    @Override
    public Optional<UpstreamFormat> upstream() {
        return Optional.of(UpstreamFormat.of(MetadataPolicy.Mode.LAZY, CargoSparseClient::new));
    }

    @Override
    public Map<ExternalConnection, DiscoverySource> discovery() {
        return Map.of(ExternalConnection.CRATES_IO, new CratesIoDiscovery());
    }

    @Override
    public Optional<ClientSetup> clientSetup() {
        return Optional.of(new CargoClientSetup());
    }

    @Override
    public Optional<DemoStandIn> demoStandIn() {
        return Optional.of(DemoStandIn.of("cargo", "crates.io", "crates.io", CratesRegistry::new));
    }

    @Override
    public Optional<VersionDetailsReader> detailsReader() {
        return Optional.of(new CrateDetailsReader());
    }
}
