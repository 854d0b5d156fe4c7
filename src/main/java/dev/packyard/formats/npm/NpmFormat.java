package dev.packyard.formats.npm;

import dev.packyard.demo.DemoStandIn;
import dev.packyard.formats.FormatPlugin;
import dev.packyard.formats.npm.manifest.NpmTarballDetailsReader;
import dev.packyard.service.details.VersionDetailsReader;
import dev.packyard.model.SharedJson;
import dev.packyard.formats.npm.demo.NpmRegistry;
import dev.packyard.formats.npm.http.NpmRoutes;
import dev.packyard.formats.npm.upstream.NpmRegistryClient;
import dev.packyard.formats.npm.upstream.NpmRegistryDiscovery;
import dev.packyard.model.ExternalConnection;
import dev.packyard.model.PackageFormat;
import dev.packyard.server.packages.FormatEndpoint;
import dev.packyard.service.endpoints.ClientSetup;
import dev.packyard.upstream.UpstreamFormat;
import dev.packyard.upstream.discovery.DiscoverySource;
import dev.packyard.model.metadata.MetadataPolicy;
import java.util.Map;
import java.util.Optional;

/** npm: the registry API, the public npm registry's client (listings synchronised as CodeArtifact does), the demo's npm. */
public final class NpmFormat implements FormatPlugin {
    @Override
    public PackageFormat format() {
        return PackageFormat.NPM;
    }

    @Override
    public FormatEndpoint endpoint() {
        return new NpmRoutes();
    }

    @Override
    public Optional<UpstreamFormat> upstream() {
        return Optional.of(UpstreamFormat.of(MetadataPolicy.Mode.SYNCHRONISED, NpmRegistryClient::new));
    }

    @Override
    public Map<ExternalConnection, DiscoverySource> discovery() {
        return Map.of(ExternalConnection.NPMJS, new NpmRegistryDiscovery());
    }

    @Override
    public Optional<ClientSetup> clientSetup() {
        return Optional.of(new NpmClientSetup());
    }

    @Override
    public Optional<DemoStandIn> demoStandIn() {
        return Optional.of(DemoStandIn.of("npm", "npm", "The npm registry", NpmRegistry::new));
    }

    @Override
    public Optional<VersionDetailsReader> detailsReader() {
        return Optional.of(new NpmTarballDetailsReader(SharedJson.MAPPER));
    }
}
