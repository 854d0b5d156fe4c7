package dev.packyard.upstream;

import dev.packyard.model.ExternalConnection;
import dev.packyard.model.PackageFormat;
import dev.packyard.upstream.http.UpstreamHttp;
import dev.packyard.model.metadata.MetadataPolicy;
import dev.packyard.upstream.timing.TimingProfile;
import java.util.Map;
import java.util.Optional;

/** The upstream facets of the installed format plug-ins, by format; every connection of a format shares its client. */
public final class UpstreamFormats {
    private final Map<PackageFormat, UpstreamFormat> formats;

    public UpstreamFormats(Map<PackageFormat, UpstreamFormat> formats) {
        this.formats = Map.copyOf(formats);
    }

    /** The client for the connection at this base URL, or empty for formats without a plug-in. */
    public Optional<RegistryClient> client(ExternalConnection connection, String baseUrl, UpstreamHttp http) {
        return Optional.ofNullable(formats.get(connection.format())).map(format -> format.client(baseUrl, http));
    }

    public MetadataPolicy.Mode listings(PackageFormat format) {
        UpstreamFormat installed = formats.get(format);
        if (installed != null) {
            return installed.listings();
        }
        // Without a plug-in nothing is fetched, but the console still shows the style CodeArtifact documents.
        return format == PackageFormat.NUGET ? MetadataPolicy.Mode.SYNCHRONISED : MetadataPolicy.Mode.LAZY;
    }

    /** How the metadata cache treats listings of {@code format} under {@code timing}. */
    public MetadataPolicy metadataPolicy(PackageFormat format, TimingProfile timing) {
        return timing.metadataPolicy(listings(format));
    }
}
