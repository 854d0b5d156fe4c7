package dev.packyard.formats.nuget.upstream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.packyard.formats.nuget.NugetVersion;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageFormat;
import dev.packyard.model.SharedJson;
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
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.HttpUrl;

/**
 * A client of a NuGet v3 feed such as the NuGet Gallery (https://api.nuget.org/v3/index.json): the service index
 * once, then a package's registration (pages fetched when the index does not inline them) for its versions, listed
 * flags and publication times; files from the flat container. The listing keeps each version's catalog entry, so
 * Packyard can serve dependency groups while the gallery is down.
 *
 * <p>The gallery's registrations publish no package hash (only its catalog does), so a .nupkg is stored as it came.
 */
public final class NugetGalleryClient extends HttpRegistryClient {
    /** The kept document's media type: Packyard's own digest of the registration, one catalog entry per version. */
    public static final String LISTING_TYPE = "application/vnd.packyard.nuget-registration+json";
    private static final String JSON = "application/json";
    /** The gallery marks unlisted versions by this publication date. */
    private static final Instant UNLISTED_MARK = Instant.parse("1900-01-01T00:00:00Z");

    private final AtomicReference<NugetServiceIndex> serviceIndex = new AtomicReference<>();

    /** {@code baseUrl} is a service index ({@code …/v3/index.json}) or a feed root under which {@code v3/index.json} lives. */
    public NugetGalleryClient(String baseUrl, UpstreamHttp http) {
        super(serviceIndexUrl(baseUrl), http);
    }

    /** A gallery is named by its service index: the URL itself when it names a .json, else {@code v3/index.json} below it. */
    private static HttpUrl serviceIndexUrl(String baseUrl) {
        HttpUrl given = UrlPaths.base(baseUrl);
        return given.encodedPath().endsWith(".json") ? given
                : UrlPaths.under(given).addPathSegment("v3").addPathSegment("index.json").build();
    }

    @Override
    public PackageListing fetchListing(PackageCoordinate coordinate) throws UpstreamException {
        return fetch(coordinate, Optional.empty()).orElseThrow();
    }

    @Override
    public Optional<PackageListing> revalidate(PackageListing previous) throws UpstreamException {
        return fetch(previous.coordinate(), previous.document());
    }

    private Optional<PackageListing> fetch(PackageCoordinate coordinate, Optional<ListingDocument> previous)
            throws UpstreamException {
        if (coordinate.format() != PackageFormat.NUGET) {
            throw new IllegalArgumentException("Not a NuGet package: " + coordinate);
        }
        NugetServiceIndex resources = resources();
        String lowerId = coordinate.name();
        HttpUrl url = UrlPaths.resolve(resources.registrationsBase(), lowerId + "/index.json");
        FetchedDocument document = http.get(url, JSON, previous);
        if (document.notModified()) {
            return Optional.empty();
        }
        try {
            JsonNode index = SharedJson.MAPPER.readTree(document.body());
            ObjectNode digest = SharedJson.MAPPER.createObjectNode();
            ObjectNode entries = digest.putObject("versions");
            List<UpstreamVersion> versions = new ArrayList<>();
            for (JsonNode page : index.path("items")) {
                JsonNode leaves = page.has("items") ? page.get("items") : page(page.path("@id").asText(), document.url());
                for (JsonNode leaf : leaves) {
                    read(leaf, lowerId, resources, entries, versions);
                }
            }
            ListingDocument kept = new ListingDocument(LISTING_TYPE, document.url(), SharedJson.MAPPER.writeValueAsString(digest),
                    document.etag(), document.lastModified());
            return Optional.of(new PackageListing(coordinate, versions, Map.of(), Optional.of(kept)));
        } catch (IOException | RuntimeException e) {
            throw UpstreamUnavailableException.of(FailureKind.BAD_RESPONSE, url.toString(),
                    "the NuGet registration " + url + " could not be read (" + e.getMessage() + ")", e);
        }
    }

    private JsonNode page(String pageUrl, String indexUrl) throws UpstreamException, IOException {
        HttpUrl url = UrlPaths.resolve(indexUrl, pageUrl);
        FetchedDocument page = http.get(url, JSON);
        return SharedJson.MAPPER.readTree(page.body()).path("items");
    }

    private static void read(JsonNode leaf, String lowerId, NugetServiceIndex resources, ObjectNode entries,
                             List<UpstreamVersion> versions) {
        JsonNode catalogEntry = leaf.path("catalogEntry");
        Optional<NugetVersion> parsed = NugetVersion.parse(catalogEntry.path("version").asText(null));
        if (parsed.isEmpty()) {
            return;
        }
        String version = parsed.get().normalised();
        String lower = parsed.get().lowerCase();
        String fileName = lowerId + "." + lower + ".nupkg";
        String content = leaf.hasNonNull("packageContent") ? leaf.get("packageContent").asText()
                : resources.packageBaseAddress() + lowerId + "/" + lower + "/" + fileName;
        Optional<Instant> published = published(catalogEntry.path("published").asText(null));
        ObjectNode entry = catalogEntry.isObject() ? ((ObjectNode) catalogEntry).deepCopy() : SharedJson.MAPPER.createObjectNode();
        boolean listed = catalogEntry.path("listed").asBoolean(true) && !published.equals(Optional.of(UNLISTED_MARK));
        entry.put("listed", listed);
        entry.put("version", version);
        entries.set(version, entry);
        versions.add(new UpstreamVersion(version, published.filter(p -> !p.equals(UNLISTED_MARK)),
                List.of(new AssetLocation(fileName, content, Map.of()))));
    }

    private static Optional<Instant> published(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private NugetServiceIndex resources() throws UpstreamException {
        NugetServiceIndex known = serviceIndex.get();
        if (known != null) {
            return known;
        }
        FetchedDocument document = http.get(base, JSON);
        try {
            NugetServiceIndex read = NugetServiceIndex.read(document.body());
            serviceIndex.set(read);
            return read;
        } catch (IOException e) {
            throw UpstreamUnavailableException.of(FailureKind.BAD_RESPONSE, base.toString(),
                    "the answer from " + base + " is not a NuGet service index: " + e.getMessage(), e);
        }
    }
}
