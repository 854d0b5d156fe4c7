package dev.packyard.formats.pypi;

import dev.packyard.demo.DemoStandIn;
import dev.packyard.formats.FormatPlugin;
import dev.packyard.formats.pypi.manifest.PypiDetailsReader;
import dev.packyard.service.details.VersionDetailsReader;
import dev.packyard.formats.pypi.demo.PypiRegistry;
import dev.packyard.formats.pypi.http.PypiEndpoint;
import dev.packyard.formats.pypi.upstream.PipIndexDiscovery;
import dev.packyard.formats.pypi.upstream.PypiSimpleClient;
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

/** PyPI: the simple index and twine uploads, the index's client (listings refreshed lazily), the demo's PyPI. */
public final class PypiFormat implements FormatPlugin {
    @Override
    public PackageFormat format() {
        return PackageFormat.PYPI;
    }

    @Override
    public FormatEndpoint endpoint() {
        return context -> {
            PypiEndpoint pypi = new PypiEndpoint(context);
            return Map.of(HandlerType.GET, pypi::get, HandlerType.POST, pypi::post);
        };
    }

    @Override
    public Optional<UpstreamFormat> upstream() {
        return Optional.of(UpstreamFormat.of(MetadataPolicy.Mode.LAZY, PypiSimpleClient::new));
    }

    @Override
    public Map<ExternalConnection, DiscoverySource> discovery() {
        return Map.of(ExternalConnection.PYPI, new PipIndexDiscovery());
    }

    @Override
    public Optional<ClientSetup> clientSetup() {
        return Optional.of(new PipClientSetup());
    }

    @Override
    public Optional<DemoStandIn> demoStandIn() {
        return Optional.of(DemoStandIn.of("pypi", "PyPI", "PyPI", PypiRegistry::new));
    }

    @Override
    public Optional<VersionDetailsReader> detailsReader() {
        return Optional.of(new PypiDetailsReader());
    }
}
