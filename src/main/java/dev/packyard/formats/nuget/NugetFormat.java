package dev.packyard.formats.nuget;

import dev.packyard.demo.DemoStandIn;
import dev.packyard.formats.FormatPlugin;
import dev.packyard.formats.nuget.demo.NugetRegistry;
import dev.packyard.formats.nuget.http.NugetRoutes;
import dev.packyard.formats.nuget.manifest.NugetDetailsReader;
import dev.packyard.formats.nuget.upstream.NugetConfigDiscovery;
import dev.packyard.formats.nuget.upstream.NugetGalleryClient;
import dev.packyard.model.ExternalConnection;
import dev.packyard.model.PackageFormat;
import dev.packyard.model.metadata.MetadataPolicy;
import dev.packyard.server.packages.FormatEndpoint;
import dev.packyard.service.details.VersionDetailsReader;
import dev.packyard.service.endpoints.ClientSetup;
import dev.packyard.upstream.UpstreamFormat;
import dev.packyard.upstream.discovery.DiscoverySource;
import java.util.Map;
import java.util.Optional;

/**
 * NuGet: the v3 feed (service index, flat container, registrations, search, push and unlist), the NuGet Gallery's
 * client with listings synchronised in the background (seed rule 4), and the demo's gallery.
 */
public final class NugetFormat implements FormatPlugin {
    @Override
    public PackageFormat format() {
        return PackageFormat.NUGET;
    }

    @Override
    public FormatEndpoint endpoint() {
        return new NugetRoutes();
    }

    @Override
    public Optional<UpstreamFormat> upstream() {
        return Optional.of(UpstreamFormat.of(MetadataPolicy.Mode.SYNCHRONISED, NugetGalleryClient::new));
    }

    @Override
    public Map<ExternalConnection, DiscoverySource> discovery() {
        return Map.of(ExternalConnection.NUGET_ORG, new NugetConfigDiscovery());
    }

    @Override
    public Optional<ClientSetup> clientSetup() {
        return Optional.of(new NugetClientSetup());
    }

    @Override
    public Optional<DemoStandIn> demoStandIn() {
        return Optional.of(DemoStandIn.of("nuget", "NuGet Gallery", "The NuGet Gallery", NugetRegistry::new));
    }

    @Override
    public Optional<VersionDetailsReader> detailsReader() {
        return Optional.of(new NugetDetailsReader());
    }
}
