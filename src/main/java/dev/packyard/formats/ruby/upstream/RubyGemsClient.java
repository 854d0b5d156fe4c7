package dev.packyard.formats.ruby.upstream;

import dev.packyard.formats.ruby.gem.GemFileName;
import dev.packyard.formats.ruby.gem.InfoLine;
import dev.packyard.model.HashAlgorithm;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageFormat;
import dev.packyard.upstream.AssetLocation;
import dev.packyard.upstream.ListingDocument;
import dev.packyard.upstream.PackageListing;
import dev.packyard.upstream.UpstreamException;
import dev.packyard.upstream.UpstreamVersion;
import dev.packyard.upstream.http.FetchedDocument;
import dev.packyard.upstream.http.HttpRegistryClient;
import dev.packyard.upstream.http.UpstreamHttp;
import dev.packyard.upstream.http.UrlPaths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.HttpUrl;

/**
 * A client of a RubyGems server's compact index: a gem's versions, platforms, dependencies and SHA-256 checksums come
 * from {@code info/NAME} (kept as the listing's document, revalidated with its ETag), the gems from {@code gems/FILE}
 * and are checked against those checksums.
 */
public final class RubyGemsClient extends HttpRegistryClient {
    private static final String ACCEPT = "text/plain";

    public RubyGemsClient(String baseUrl, UpstreamHttp http) {
        super(UrlPaths.base(baseUrl), http);
    }

    @Override
    public PackageListing fetchListing(PackageCoordinate coordinate) throws UpstreamException {
        return listing(coordinate, http.get(infoUrl(coordinate), ACCEPT));
    }

    @Override
    public Optional<PackageListing> revalidate(PackageListing previous) throws UpstreamException {
        FetchedDocument document = http.get(infoUrl(previous.coordinate()), ACCEPT, previous.document());
        return document.notModified() ? Optional.empty() : Optional.of(listing(previous.coordinate(), document));
    }

    /** The gems the server's {@code versions} file lists, each with the rest of its line, for Packyard's own index. */
    public Map<String, String> versionsFile() throws UpstreamException {
        FetchedDocument versions = http.get(UrlPaths.under(base).addPathSegment("versions").build(), ACCEPT);
        return VersionsFile.entries(versions.text());
    }

    private HttpUrl infoUrl(PackageCoordinate coordinate) {
        if (coordinate.format() != PackageFormat.RUBY) {
            throw new IllegalArgumentException("Not a gem: " + coordinate);
        }
        return UrlPaths.under(base).addPathSegment("info").addPathSegment(coordinate.name()).build();
    }

    private PackageListing listing(PackageCoordinate coordinate, FetchedDocument document) {
        Map<String, List<AssetLocation>> byVersion = new LinkedHashMap<>();
        for (InfoLine line : InfoLine.parseAll(document.text())) {
            String file = GemFileName.of(coordinate.name(), line.version(), line.platform());
            Map<HashAlgorithm, String> hashes = line.sha256().map(h -> Map.of(HashAlgorithm.SHA256, h)).orElse(Map.of());
            byVersion.computeIfAbsent(line.version(), v -> new ArrayList<>())
                    .add(new AssetLocation(file, UrlPaths.under(base).addPathSegment("gems").addPathSegment(file).build().toString(), hashes));
        }
        List<UpstreamVersion> versions = new ArrayList<>();
        byVersion.forEach((version, files) -> versions.add(new UpstreamVersion(version, Optional.empty(), files)));
        ListingDocument kept = document.asListingDocument();
        return new PackageListing(coordinate, versions, Map.of(), Optional.of(kept));
    }
}
