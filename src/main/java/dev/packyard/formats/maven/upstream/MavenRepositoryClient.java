package dev.packyard.formats.maven.upstream;

import dev.packyard.model.HashAlgorithm;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageFormat;
import dev.packyard.upstream.AssetLocation;
import dev.packyard.upstream.AssetSink;
import dev.packyard.upstream.FailureKind;
import dev.packyard.upstream.FetchedAsset;
import dev.packyard.upstream.ListingDocument;
import dev.packyard.upstream.NotFoundUpstreamException;
import dev.packyard.upstream.PackageListing;
import dev.packyard.upstream.ProgressListener;
import dev.packyard.upstream.RegistryClient;
import dev.packyard.upstream.UpstreamException;
import dev.packyard.upstream.UpstreamUnavailableException;
import dev.packyard.upstream.UpstreamVersion;
import dev.packyard.upstream.http.ExpectedHash;
import dev.packyard.upstream.http.FetchedDocument;
import dev.packyard.upstream.http.UpstreamHttp;
import dev.packyard.upstream.http.UrlPaths;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A client of a Maven repository layout (used by every maven-format external connection): version lists from
 * maven-metadata.xml, files checked against their .sha1 sidecar, or .md5 when no .sha1 is published.
 */
public final class MavenRepositoryClient implements RegistryClient {
    private static final DateTimeFormatter LAST_UPDATED = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final Pattern SHA1 = Pattern.compile("[0-9a-fA-F]{40}");
    private static final Pattern MD5 = Pattern.compile("[0-9a-fA-F]{32}");

    private final HttpUrl base;
    private final UpstreamHttp http;

    public MavenRepositoryClient(String baseUrl, UpstreamHttp http) {
        this.base = UrlPaths.base(baseUrl);
        this.http = http;
    }

    @Override
    public String baseUrl() {
        return base.toString();
    }

    /** {@code BASE/group/as/path/artifactId/maven-metadata.xml}. */
    public HttpUrl metadataUrl(PackageCoordinate coordinate) {
        return artifactDirectory(coordinate).addPathSegment("maven-metadata.xml").build();
    }

    /** {@code BASE/group/as/path/artifactId/version/fileName}. */
    public HttpUrl fileUrl(PackageCoordinate coordinate, String version, String fileName) {
        return artifactDirectory(coordinate).addPathSegment(version).addPathSegment(fileName).build();
    }

    /** Where any file of a version lives (sources, javadoc, .aar, ...); its hash comes from the sidecar. */
    public AssetLocation location(PackageCoordinate coordinate, String version, String fileName) {
        return new AssetLocation(fileName, fileUrl(coordinate, version, fileName).toString(), Map.of());
    }

    /** Any file name of the layout that stays inside the version's directory (no path, no hidden file). */
    @Override
    public Optional<AssetLocation> locateUnlisted(PackageCoordinate coordinate, UpstreamVersion version, String assetName) {
        if (assetName.isEmpty() || assetName.startsWith(".") || assetName.contains("/") || assetName.contains("\\")) {
            return Optional.empty();
        }
        return Optional.of(location(coordinate, version.version(), assetName));
    }

    /**
     * The plugins a group-level {@code group/as/path/maven-metadata.xml} maps prefixes to (what {@code mvn PREFIX:goal}
     * outside a project reads); empty when the repository has no such file or it names no plugins.
     */
    public List<MavenPlugin> fetchGroupPlugins(String groupId) throws UpstreamException {
        HttpUrl.Builder builder = UrlPaths.under(base);
        for (String part : groupId.split("\\.")) {
            builder.addPathSegment(part);
        }
        HttpUrl url = builder.addPathSegment("maven-metadata.xml").build();
        FetchedDocument document;
        try {
            document = http.get(url, "application/xml, text/xml;q=0.9, */*;q=0.1");
        } catch (NotFoundUpstreamException e) {
            return List.of();
        }
        Element root;
        try {
            root = SafeXml.parse(document.body()).getDocumentElement();
        } catch (IOException e) {
            throw unreadable(url, e.getMessage(), e);
        }
        List<MavenPlugin> plugins = new ArrayList<>();
        for (Element plugin : SafeXml.children(SafeXml.child(root, "plugins"), "plugin")) {
            String prefix = SafeXml.childText(plugin, "prefix");
            String artifactId = SafeXml.childText(plugin, "artifactId");
            if (prefix != null && !prefix.isEmpty() && artifactId != null && !artifactId.isEmpty()) {
                plugins.add(new MavenPlugin(prefix, artifactId, SafeXml.childText(plugin, "name")));
            }
        }
        return List.copyOf(plugins);
    }

    public MavenMetadata fetchMetadata(PackageCoordinate coordinate) throws UpstreamException {
        return fetchMetadata(coordinate, Optional.empty()).orElseThrow();
    }

    /** Empty when {@code previous} had validators and the repository says the file has not changed. */
    public Optional<MavenMetadata> fetchMetadata(PackageCoordinate coordinate, Optional<ListingDocument> previous)
            throws UpstreamException {
        HttpUrl url = metadataUrl(coordinate);
        FetchedDocument document = http.get(url, "application/xml, text/xml;q=0.9, */*;q=0.1", previous);
        if (document.notModified()) {
            return Optional.empty();
        }
        Element root;
        try {
            Document xml = SafeXml.parse(document.body());
            root = xml.getDocumentElement();
        } catch (IOException e) {
            throw unreadable(url, e.getMessage(), e);
        }
        if (!"metadata".equals(root.getTagName())) {
            throw unreadable(url, "the root element is <" + root.getTagName() + ">, not <metadata>", null);
        }
        Element versioning = SafeXml.child(root, "versioning");
        List<UpstreamVersion> versions = new ArrayList<>();
        for (Element v : SafeXml.children(SafeXml.child(versioning, "versions"), "version")) {
            String version = v.getTextContent().trim();
            if (!version.isEmpty()) {
                versions.add(new UpstreamVersion(version, Optional.empty(), standardFiles(coordinate, version)));
            }
        }
        Map<String, String> tags = new LinkedHashMap<>();
        Optional.ofNullable(SafeXml.childText(versioning, "latest")).ifPresent(v -> tags.put("latest", v));
        Optional.ofNullable(SafeXml.childText(versioning, "release")).ifPresent(v -> tags.put("release", v));
        return Optional.of(new MavenMetadata(document.body(),
                new PackageListing(coordinate, versions, tags, Optional.of(document.asListingDocument())),
                lastUpdated(SafeXml.childText(versioning, "lastUpdated"))));
    }

    @Override
    public PackageListing fetchListing(PackageCoordinate coordinate) throws UpstreamException {
        return fetchMetadata(coordinate).listing();
    }

    @Override
    public Optional<PackageListing> revalidate(PackageListing previous) throws UpstreamException {
        return fetchMetadata(previous.coordinate(), previous.document()).map(MavenMetadata::listing);
    }

    @Override
    public FetchedAsset download(AssetLocation location, ProgressListener progress, AssetSink sink)
            throws UpstreamException, IOException {
        HttpUrl url = UrlPaths.resolve(base.toString(), location.url());
        Optional<ExpectedHash> expected = ExpectedHash.strongest(location.expectedHashes());
        if (expected.isEmpty()) {
            expected = sidecar(url, "sha1", HashAlgorithm.SHA1, SHA1);
        }
        if (expected.isEmpty()) {
            expected = sidecar(url, "md5", HashAlgorithm.MD5, MD5);
        }
        return http.download(url, location.assetName(), expected, progress, sink);
    }

    @Override
    public void probe() throws UpstreamException {
        http.probe(base);
    }

    /** A missing sidecar is allowed (some repositories publish none); an unreadable one is not. */
    private Optional<ExpectedHash> sidecar(HttpUrl file, String extension, HashAlgorithm algorithm, Pattern shape)
            throws UpstreamException {
        HttpUrl url = file.newBuilder().setPathSegment(file.pathSize() - 1, file.pathSegments().get(file.pathSize() - 1) + "." + extension)
                .build();
        FetchedDocument document;
        try {
            document = http.get(url, "text/plain, */*;q=0.1");
        } catch (NotFoundUpstreamException e) {
            return Optional.empty();
        }
        String text = document.text().trim();
        String first = text.isEmpty() ? "" : text.split("\\s+")[0];
        if (!shape.matcher(first).matches()) {
            throw unreadable(url, "the checksum file does not hold a " + algorithm.wireName() + " hash", null);
        }
        return Optional.of(new ExpectedHash(algorithm, first));
    }

    private List<AssetLocation> standardFiles(PackageCoordinate coordinate, String version) {
        String stem = coordinate.name() + "-" + version;
        return List.of(location(coordinate, version, stem + ".pom"), location(coordinate, version, stem + ".jar"));
    }

    private HttpUrl.Builder artifactDirectory(PackageCoordinate coordinate) {
        if (coordinate.format() != PackageFormat.MAVEN || coordinate.namespace() == null) {
            throw new IllegalArgumentException("Not a Maven package with a groupId: " + coordinate);
        }
        HttpUrl.Builder url = UrlPaths.under(base);
        for (String part : coordinate.namespace().split("\\.")) {
            url.addPathSegment(part);
        }
        return url.addPathSegment(coordinate.name());
    }

    private static Optional<Instant> lastUpdated(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(text, LAST_UPDATED).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static UpstreamUnavailableException unreadable(HttpUrl url, String reason, Throwable cause) {
        return UpstreamUnavailableException.of(FailureKind.BAD_RESPONSE, url.toString(),
                "the Maven file " + url + " could not be read (" + reason + ")", cause);
    }
}
