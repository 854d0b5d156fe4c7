package dev.packyard.formats.ruby;

import dev.packyard.demo.DemoStandIn;
import dev.packyard.formats.FormatPlugin;
import dev.packyard.formats.ruby.demo.RubyGemsRegistry;
import dev.packyard.formats.ruby.gem.GemDetailsReader;
import dev.packyard.formats.ruby.http.RubyEndpoint;
import dev.packyard.formats.ruby.upstream.RubyGemsClient;
import dev.packyard.formats.ruby.upstream.RubyGemsDiscovery;
import dev.packyard.model.ExternalConnection;
import dev.packyard.model.PackageFormat;
import dev.packyard.model.metadata.MetadataPolicy;
import dev.packyard.server.packages.FormatEndpoint;
import dev.packyard.service.details.VersionDetailsReader;
import dev.packyard.service.endpoints.ClientSetup;
import dev.packyard.upstream.UpstreamFormat;
import dev.packyard.upstream.discovery.DiscoverySource;
import io.javalin.http.HandlerType;
import java.util.Map;
import java.util.Optional;

/**
 * RubyGems: the compact index, dependency API, gems, quick specs and gem push; the compact-index client of
 * rubygems.org, whose listings are refreshed lazily (Bundler revalidates each info file by ETag on every resolve,
 * so a listing is asked again once its lifetime ends); the demo's RubyGems.
 */
public final class RubyFormat implements FormatPlugin {
    @Override
    public PackageFormat format() {
        return PackageFormat.RUBY;
    }

    @Override
    public FormatEndpoint endpoint() {
        return context -> {
            RubyEndpoint ruby = new RubyEndpoint(context);
            return Map.of(HandlerType.GET, ruby::get, HandlerType.HEAD, ruby::get, HandlerType.POST, ruby::post);
        };
    }

    @Override
    public Optional<UpstreamFormat> upstream() {
        return Optional.of(UpstreamFormat.of(MetadataPolicy.Mode.LAZY, RubyGemsClient::new));
    }

    @Override
    public Map<ExternalConnection, DiscoverySource> discovery() {
        return Map.of(ExternalConnection.RUBY_GEMS_ORG, new RubyGemsDiscovery());
    }

    @Override
    public Optional<ClientSetup> clientSetup() {
        return Optional.of(new RubyClientSetup());
    }

    @Override
    public Optional<DemoStandIn> demoStandIn() {
        return Optional.of(DemoStandIn.of("rubygems", "RubyGems", "RubyGems.org", RubyGemsRegistry::new));
    }

    @Override
    public Optional<VersionDetailsReader> detailsReader() {
        return Optional.of(new GemDetailsReader());
    }
}
