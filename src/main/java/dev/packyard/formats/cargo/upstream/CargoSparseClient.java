package dev.packyard.formats.cargo.upstream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.packyard.formats.cargo.index.IndexFile;
import dev.packyard.formats.cargo.index.IndexPath;
import dev.packyard.model.HashAlgorithm;
import dev.packyard.model.PackageCoordinate;
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
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.HttpUrl;

/**
 * A client of a sparse Cargo registry (crates.io's is {@code https://index.crates.io/}): the registry's
 * {@code config.json} tells where crates download from, a crate's index file lists its versions, and every
 * {@code .crate} is checked against the SHA-256 its index line publishes as {@code cksum}.
 */
public final class CargoSparseClient extends HttpRegistryClient {
    static final String ACCEPT = "application/json, text/plain;q=0.9, */*;q=0.1";

    private volatile String downloadTemplate;

    /** {@code baseUrl} is the index root; Cargo's {@code sparse+} prefix is accepted and dropped. */
    public CargoSparseClient(String baseUrl, UpstreamHttp http) {
        super(indexRoot(baseUrl), http);
    }

    private static HttpUrl indexRoot(String baseUrl) {
        String url = baseUrl.startsWith("sparse+") ? baseUrl.substring("sparse+".length()) : baseUrl;
        return UrlPaths.base(url.endsWith("/") ? url : url + "/");
    }

    @Override
    public PackageListing fetchListing(PackageCoordinate coordinate) throws UpstreamException {
        return read(coordinate, Optional.empty()).orElseThrow();
    }

    @Override
    public Optional<PackageListing> revalidate(PackageListing previous) throws UpstreamException {
        return read(previous.coordinate(), previous.document());
    }

    private Optional<PackageListing> read(PackageCoordinate coordinate, Optional<ListingDocument> previous)
            throws UpstreamException {
        HttpUrl url = resolve(IndexPath.of(coordinate.name()));
        FetchedDocument document = http.get(url, ACCEPT, previous);
        if (document.notModified()) {
            return Optional.empty();
        }
        String template = downloadTemplate();
        List<UpstreamVersion> versions = new ArrayList<>();
        for (ObjectNode line : IndexFile.parse(document.text()).lines()) {
            String version = line.path("vers").asText();
            String cksum = line.path("cksum").asText("");
            if (cksum.isEmpty()) {
                continue;
            }
            String assetName = CrateFiles.assetName(coordinate.name(), version);
            String download = CrateFiles.downloadUrl(template, line.path("name").asText(coordinate.name()), version, cksum);
            versions.add(new UpstreamVersion(version, publishedTime(line),
                    List.of(new AssetLocation(assetName, download, Map.of(HashAlgorithm.SHA256, cksum)))));
        }
        ListingDocument stored = new ListingDocument("text/plain", document.url(), document.text(), document.etag(),
                document.lastModified());
        return Optional.of(new PackageListing(coordinate, versions, Map.of(), Optional.of(stored)));
    }

    /** The registry's {@code dl} from its config.json, read once per client. */
    private String downloadTemplate() throws UpstreamException {
        String known = downloadTemplate;
        if (known != null) {
            return known;
        }
        HttpUrl url = resolve("config.json");
        FetchedDocument config = http.get(url, "application/json");
        try {
            JsonNode dl = SharedJson.MAPPER.readTree(config.body()).path("dl");
            if (!dl.isTextual() || dl.asText().isBlank()) {
                throw UpstreamUnavailableException.of(FailureKind.BAD_RESPONSE, url.toString(),
                        "the registry's config.json at " + url + " has no \"dl\" download address", null);
            }
            downloadTemplate = dl.asText();
            return downloadTemplate;
        } catch (IOException e) {
            throw UpstreamUnavailableException.of(FailureKind.BAD_RESPONSE, url.toString(),
                    "the registry's config.json at " + url + " is not JSON (" + e.getMessage() + ")", e);
        }
    }

    private static Optional<Instant> publishedTime(ObjectNode line) {
        JsonNode time = line.get("pubtime");
        if (time == null || !time.isTextual()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(time.asText()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    @Override
    public void probe() throws UpstreamException {
        http.probe(resolve("config.json"));
    }

    private HttpUrl resolve(String path) {
        return UrlPaths.resolve(base.toString(), path);
    }
}
