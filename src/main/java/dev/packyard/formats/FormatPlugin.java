package dev.packyard.formats;

import dev.packyard.demo.DemoStandIn;
import dev.packyard.model.ExternalConnection;
import dev.packyard.model.PackageFormat;
import dev.packyard.server.packages.FormatEndpoint;
import dev.packyard.service.details.VersionDetailsReader;
import dev.packyard.service.endpoints.ClientSetup;
import dev.packyard.upstream.UpstreamFormat;
import dev.packyard.upstream.discovery.DiscoverySource;
import java.util.Map;
import java.util.Optional;

/**
 * Everything Packyard knows about one package format, offered as one facet per layer that uses it. Each facet's
 * interface belongs to that layer, so the core never imports a format folder; {@link Formats} hands the facets out.
 */
public interface FormatPlugin {
    /** The CodeArtifact format this plug-in serves; at most one plug-in per format. */
    PackageFormat format();

    /** The package-manager routes below {@code /d/DOMAIN/OWNER/FORMAT/REPOSITORY/}. */
    FormatEndpoint endpoint();

    /** The public registries' protocol client and how their listings are cached; empty if nothing is fetched. */
    default Optional<UpstreamFormat> upstream() {
        return Optional.empty();
    }

    /** Where each of the format's external connections is found in the user's own tool set-up. */
    default Map<ExternalConnection, DiscoverySource> discovery() {
        return Map.of();
    }

    /** The console's Connect-tab text for the format's package managers; empty if it has none to show. */
    default Optional<ClientSetup> clientSetup() {
        return Optional.empty();
    }

    /** The offline demo's stand-in for the format's public registry; empty if the demo has none. */
    default Optional<DemoStandIn> demoStandIn() {
        return Optional.empty();
    }

    /** How a stored version's archive tells its summary, licenses, readme and dependencies; empty if it cannot. */
    default Optional<VersionDetailsReader> detailsReader() {
        return Optional.empty();
    }
}
