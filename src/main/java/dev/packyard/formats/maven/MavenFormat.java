package dev.packyard.formats.maven;

import dev.packyard.demo.DemoStandIn;
import dev.packyard.formats.FormatPlugin;
import dev.packyard.formats.maven.manifest.PomDetailsReader;
import dev.packyard.service.details.VersionDetailsReader;
import dev.packyard.formats.maven.demo.MavenRegistry;
import dev.packyard.formats.maven.http.MavenEndpoint;
import dev.packyard.formats.maven.upstream.MavenRepositoryClient;
import dev.packyard.formats.maven.upstream.MavenRepositoryDiscovery;
import dev.packyard.model.ExternalConnection;
import dev.packyard.model.PackageFormat;
import dev.packyard.server.packages.FormatEndpoint;
import dev.packyard.service.endpoints.ClientSetup;
import dev.packyard.upstream.UpstreamFormat;
import dev.packyard.upstream.discovery.DiscoverySource;
import dev.packyard.model.metadata.MetadataPolicy;
import io.javalin.http.HandlerType;
import java.util.Map;
import java.util.Optional;

/**
 * Maven: the repository layout, one client for every maven-format connection (listings refreshed lazily), discovery
 * of central from the user's Maven, the demo's Maven repository.
 */
public final class MavenFormat implements FormatPlugin {
    @Override
    public PackageFormat format() {
        return PackageFormat.MAVEN;
    }

    @Override
    public FormatEndpoint endpoint() {
        return context -> {
            MavenEndpoint maven = new MavenEndpoint(context);
            return Map.of(HandlerType.GET, maven::get, HandlerType.HEAD, maven::head, HandlerType.PUT, maven::put);
        };
    }

    @Override
    public Optional<UpstreamFormat> upstream() {
        return Optional.of(UpstreamFormat.of(MetadataPolicy.Mode.LAZY, MavenRepositoryClient::new));
    }

    @Override
    public Map<ExternalConnection, DiscoverySource> discovery() {
        return Map.of(ExternalConnection.MAVEN_CENTRAL, new MavenRepositoryDiscovery());
    }

    @Override
    public Optional<ClientSetup> clientSetup() {
        return Optional.of(new MavenClientSetup());
    }

    @Override
    public Optional<DemoStandIn> demoStandIn() {
        return Optional.of(DemoStandIn.of("maven2", "Maven", "The Maven repository", MavenRegistry::new));
    }

    @Override
    public Optional<VersionDetailsReader> detailsReader() {
        return Optional.of(new PomDetailsReader());
    }
}
