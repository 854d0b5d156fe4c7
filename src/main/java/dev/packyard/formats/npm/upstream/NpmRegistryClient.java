package dev.packyard.formats.npm.upstream;

import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageFormat;
import dev.packyard.upstream.FailureKind;
import dev.packyard.upstream.ListingDocument;
import dev.packyard.upstream.PackageListing;
import dev.packyard.upstream.UpstreamException;
import dev.packyard.upstream.UpstreamUnavailableException;
import dev.packyard.upstream.http.FetchedDocument;
import dev.packyard.upstream.http.HttpRegistryClient;
import dev.packyard.upstream.http.UpstreamHttp;
import dev.packyard.upstream.http.UrlPaths;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import okhttp3.HttpUrl;

/** A client of an npm registry: packuments (full or abbreviated), scoped names, tarballs checked against dist.integrity. */
public final class NpmRegistryClient extends HttpRegistryClient {

    public NpmRegistryClient(String baseUrl, UpstreamHttp http) {
        super(UrlPaths.base(baseUrl), http);
    }

    /** The packument URL: {@code BASE/name}, or {@code BASE/@scope%2fname} for a scoped package. */
    public HttpUrl packumentUrl(PackageCoordinate coordinate) {
        if (coordinate.format() != PackageFormat.NPM) {
            throw new IllegalArgumentException("Not an npm package: " + coordinate);
        }
        String segment = coordinate.namespace() == null
                ? encode(coordinate.name())
                : "@" + encode(coordinate.namespace()) + "%2f" + encode(coordinate.name());
        return UrlPaths.under(base).addEncodedPathSegment(segment).build();
    }

    public NpmPackument fetchPackument(PackageCoordinate coordinate, PackumentForm form) throws UpstreamException {
        return fetchPackument(coordinate, form, Optional.empty()).orElseThrow();
    }

    /** Empty when {@code previous} had validators and the registry says the packument has not changed. */
    public Optional<NpmPackument> fetchPackument(PackageCoordinate coordinate, PackumentForm form,
                                                 Optional<ListingDocument> previous) throws UpstreamException {
        HttpUrl url = packumentUrl(coordinate);
        FetchedDocument document = http.get(url, form.accept(), previous);
        if (document.notModified()) {
            return Optional.empty();
        }
        PackumentReader.Read read;
        try {
            read = PackumentReader.read(coordinate, document.body());
        } catch (PackumentReader.NotAPackumentException e) {
            throw UpstreamUnavailableException.of(FailureKind.BAD_RESPONSE, url.toString(),
                    "the answer from " + url + " is not an npm packument: " + e.getMessage(), null);
        } catch (IOException e) {
            throw UpstreamUnavailableException.of(FailureKind.BAD_RESPONSE, url.toString(),
                    "the packument at " + url + " could not be read (" + e.getMessage() + ")", e);
        }
        ListingDocument fetched = new ListingDocument(document.mediaType(), document.url(), read.body(), document.etag(),
                document.lastModified());
        PackageListing listing = read.listing();
        return Optional.of(new NpmPackument(form, new PackageListing(coordinate, listing.versions(), listing.tags(),
                Optional.of(fetched))));
    }

    @Override
    public PackageListing fetchListing(PackageCoordinate coordinate) throws UpstreamException {
        return fetchPackument(coordinate, PackumentForm.FULL).listing();
    }

    @Override
    public Optional<PackageListing> revalidate(PackageListing previous) throws UpstreamException {
        return fetchPackument(previous.coordinate(), PackumentForm.FULL, previous.document()).map(NpmPackument::listing);
    }

    private static String encode(String part) {
        return URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
