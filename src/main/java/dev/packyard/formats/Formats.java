package dev.packyard.formats;

import dev.packyard.demo.DemoStandIn;
import dev.packyard.model.ExternalConnection;
import dev.packyard.model.PackageFormat;
import dev.packyard.server.packages.FormatEndpoint;
import dev.packyard.service.details.VersionDetailsReader;
import dev.packyard.service.endpoints.ClientSetups;
import dev.packyard.upstream.UpstreamFormats;
import dev.packyard.upstream.discovery.DiscoverySource;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The installed format plug-ins, and their facets by format for each layer. */
public final class Formats {
    private final Map<PackageFormat, FormatPlugin> plugins = new EnumMap<>(PackageFormat.class);

    public Formats(List<FormatPlugin> installed) {
        for (FormatPlugin plugin : installed) {
            if (plugins.putIfAbsent(plugin.format(), plugin) != null) {
                throw new IllegalArgumentException("Two plug-ins for the " + plugin.format().wireName() + " format: "
                        + plugins.get(plugin.format()).getClass().getName() + " and " + plugin.getClass().getName());
            }
        }
    }

    public Map<PackageFormat, FormatEndpoint> endpoints() {
        return facets(plugin -> Optional.of(plugin.endpoint()));
    }

    public UpstreamFormats upstream() {
        return new UpstreamFormats(facets(FormatPlugin::upstream));
    }

    public Map<ExternalConnection, DiscoverySource> discovery() {
        Map<ExternalConnection, DiscoverySource> out = new EnumMap<>(ExternalConnection.class);
        plugins.values().forEach(plugin -> plugin.discovery().forEach((connection, source) -> {
            if (connection.format() != plugin.format()) {
                throw new IllegalArgumentException(plugin.getClass().getName() + " cannot discover " + connection.connectionName()
                        + ", a connection of another format");
            }
            out.put(connection, source);
        }));
        return out;
    }

    public ClientSetups clientSetups() {
        return new ClientSetups(facets(FormatPlugin::clientSetup));
    }

    public Map<PackageFormat, DemoStandIn> demoStandIns() {
        return facets(FormatPlugin::demoStandIn);
    }

    public Map<PackageFormat, VersionDetailsReader> detailsReaders() {
        return facets(FormatPlugin::detailsReader);
    }

    private <T> Map<PackageFormat, T> facets(Function<FormatPlugin, Optional<T>> facet) {
        Map<PackageFormat, T> out = new EnumMap<>(PackageFormat.class);
        plugins.forEach((format, plugin) -> facet.apply(plugin).ifPresent(f -> out.put(format, f)));
        return out;
    }
}
