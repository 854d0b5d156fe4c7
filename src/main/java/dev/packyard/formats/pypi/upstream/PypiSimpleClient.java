package dev.packyard.formats.pypi.upstream;

import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageFormat;
import dev.packyard.upstream.AssetLocation;
import dev.packyard.upstream.FailureKind;
import dev.packyard.upstream.ListingDocument;
import dev.packyard.upstream.PackageListing;
import dev.packyard.upstream.UpstreamException;
import dev.packyard.upstream.UpstreamUnavailableException;
import dev.packyard.upstream.UpstreamVersion;
import dev.packyard.upstream.http.FetchedDocument;
import dev.packyard.upstream.http.HttpRegistryClient;
import dev.packyard.upstream.http.UpstreamHttp;
import dev.packyard.upstream.http.UrlPaths;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.HttpUrl;

/**
 * A client of a PyPI-style simple index: asks for PEP 691 JSON and falls back to reading PEP 503 HTML when
 * that is what the index serves; files are checked against their published sha256.
 */
public final class PypiSimpleClient extends HttpRegistryClient {
    /** JSON preferred, HTML accepted: what pip itself sends. */
    public static final String ACCEPT =
            "application/vnd.pypi.simple.v1+json, application/vnd.pypi.simple.v1+html;q=0.2, text/html;q=0.01";

    /** {@code baseUrl} is the repository's root; an index URL ending in {@code simple/} is accepted too. */
    public PypiSimpleClient(String baseUrl, UpstreamHttp http) {
        super(UrlPaths.base(baseUrl), http);
    }

    public HttpUrl projectUrl(PackageCoordinate coordinate) {
        if (coordinate.format() != PackageFormat.PYPI) {
            throw new IllegalArgumentException("Not a PyPI package: " + coordinate);
        }
        HttpUrl.Builder url = UrlPaths.under(base);
        List<String> segments = base.pathSegments();
        // An index URL ("/simple/", or devpi's "/+simple/") already names the index; a base URL does not.
        boolean alreadySimple = segments.stream().filter(s -> !s.isEmpty()).reduce((a, b) -> b).orElse("").endsWith("simple");
        if (!alreadySimple) {
            url.addPathSegment("simple");
        }
        return url.addPathSegment(PackageCoordinate.normaliseName(PackageFormat.PYPI, coordinate.name())).addPathSegment("").build();
    }

    public SimpleProjectPage fetchProjectPage(PackageCoordinate coordinate) throws UpstreamException {
        return fetchProjectPage(coordinate, Optional.empty()).orElseThrow();
    }

    /** Empty when {@code previous} had validators and the index says the page has not changed. */
    public Optional<SimpleProjectPage> fetchProjectPage(PackageCoordinate coordinate, Optional<ListingDocument> previous)
            throws UpstreamException {
        HttpUrl url = projectUrl(coordinate);
        FetchedDocument document = http.get(url, ACCEPT, previous);
        if (document.notModified()) {
            return Optional.empty();
        }
        try {
            SimpleProjectPage page = document.mediaType().endsWith("json")
                    ? SimplePageReader.json(document.url(), document.body())
                    : SimplePageReader.html(document.url(), document.text());
            return Optional.of(page.withDocument(document.asListingDocument()));
        } catch (IOException | IllegalArgumentException e) {
            throw UpstreamUnavailableException.of(FailureKind.BAD_RESPONSE, url.toString(),
                    "the simple-index page " + url + " could not be read (" + e.getMessage() + ")", e);
        }
    }

    @Override
    public PackageListing fetchListing(PackageCoordinate coordinate) throws UpstreamException {
        return listing(coordinate, fetchProjectPage(coordinate));
    }

    @Override
    public Optional<PackageListing> revalidate(PackageListing previous) throws UpstreamException {
        Optional<SimpleProjectPage> page = fetchProjectPage(previous.coordinate(), previous.document());
        return page.isEmpty() ? Optional.empty() : Optional.of(listing(previous.coordinate(), page.get()));
    }

    private static PackageListing listing(PackageCoordinate coordinate, SimpleProjectPage page) {
        Map<String, List<SimpleFile>> byVersion = new LinkedHashMap<>();
        page.declaredVersions().forEach(v -> byVersion.put(v, new ArrayList<>()));
        for (SimpleFile file : page.files()) {
            DistributionFilenames.version(coordinate.name(), file.filename())
                    .ifPresent(v -> byVersion.computeIfAbsent(v, k -> new ArrayList<>()).add(file));
        }
        List<UpstreamVersion> versions = new ArrayList<>();
        byVersion.forEach((version, files) -> versions.add(new UpstreamVersion(version, earliestUpload(files),
                files.stream().map(f -> new AssetLocation(f.filename(), f.url(), f.hashes())).toList())));
        return new PackageListing(coordinate, versions, Map.of(), page.document());
    }

    private static Optional<Instant> earliestUpload(List<SimpleFile> files) {
        return files.stream().map(SimpleFile::uploadTime).flatMap(Optional::stream).min(Comparator.naturalOrder());
    }
}
