package dev.packyard.upstream.health;

import dev.packyard.model.Moments;
import dev.packyard.model.health.NegativeEntry;
import dev.packyard.model.ExternalConnection;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.upstream.AssetLocation;
import dev.packyard.upstream.AssetSink;
import dev.packyard.upstream.FetchedAsset;
import dev.packyard.upstream.IntegrityException;
import dev.packyard.upstream.NotFoundUpstreamException;
import dev.packyard.upstream.PackageListing;
import dev.packyard.upstream.ProgressListener;
import dev.packyard.upstream.RegistryClient;
import dev.packyard.upstream.RegistryQuery;
import dev.packyard.upstream.UpstreamException;
import dev.packyard.upstream.UpstreamUnavailableException;
import dev.packyard.upstream.UpstreamVersion;
import java.io.IOException;
import java.util.Optional;

/**
 * A registry client behind its connection's circuit breaker and negative cache: it fails fast during an outage,
 * answers remembered 404s without a request, and feeds every outcome back into the connection's health.
 */
public final class GuardedRegistryClient implements RegistryClient {
    private final ExternalConnection connection;
    private final RegistryClient delegate;
    private final ConnectionHealth health;
    private final NegativeCache notFound;

    public GuardedRegistryClient(ExternalConnection connection, RegistryClient delegate, ConnectionHealthBoard board,
                                 NegativeCache notFound) {
        this.connection = connection;
        this.delegate = delegate;
        this.health = board.of(connection);
        this.notFound = notFound;
    }

    public ExternalConnection connection() {
        return connection;
    }

    @Override
    public String baseUrl() {
        return delegate.baseUrl();
    }

    @Override
    public PackageListing fetchListing(PackageCoordinate coordinate) throws UpstreamException {
        try {
            return forgetListedFiles(guarded(listingKey(coordinate), () -> delegate.fetchListing(coordinate)));
        } catch (IOException e) {
            throw new IllegalStateException("a listing has no local sink", e);
        }
    }

    @Override
    public Optional<PackageListing> revalidate(PackageListing previous) throws UpstreamException {
        try {
            return guarded(listingKey(previous.coordinate()), () -> delegate.revalidate(previous)).map(this::forgetListedFiles);
        } catch (IOException e) {
            throw new IllegalStateException("a listing has no local sink", e);
        }
    }

    /** A file the registry lists now is no longer "not found", whatever was remembered. */
    private PackageListing forgetListedFiles(PackageListing listing) {
        listing.versions().forEach(v -> v.assets().forEach(a -> notFound.forget(connection, fileKey(a.url()))));
        return listing;
    }

    @Override
    public FetchedAsset download(AssetLocation location, ProgressListener progress, AssetSink sink)
            throws UpstreamException, IOException {
        return guarded(fileKey(location.url()), () -> delegate.download(location, progress, sink));
    }

    @Override
    public Optional<AssetLocation> locateUnlisted(PackageCoordinate coordinate, UpstreamVersion version, String assetName) {
        return delegate.locateUnlisted(coordinate, version, assetName);
    }

    @Override
    public <T> Optional<T> ask(String key, RegistryQuery<T> query) throws UpstreamException {
        try {
            return guarded("query " + key, () -> delegate.ask(key, query));
        } catch (IOException e) {
            throw new IllegalStateException("a registry query has no local sink", e);
        }
    }

    /** Probes the registry now, whatever the state; used by the idle prober and "probe now". */
    @Override
    public void probe() throws UpstreamException {
        try {
            delegate.probe();
            health.recordAnswer();
        } catch (UpstreamUnavailableException e) {
            health.recordFailure(e);
            throw e;
        }
    }

    /** Forgets a remembered 404 for the package, e.g. because a fresh listing now has it. */
    public void forgetNotFound(PackageCoordinate coordinate) {
        notFound.forget(connection, listingKey(coordinate));
    }

    public static String listingKey(PackageCoordinate coordinate) {
        return "listing " + coordinate;
    }

    public static String fileKey(String url) {
        return "file " + url;
    }

    private <T> T guarded(String key, Call<T> call) throws UpstreamException, IOException {
        Optional<NegativeEntry> remembered = notFound.lookup(connection, key);
        if (remembered.isPresent()) {
            throw new NotFoundUpstreamException(remembered.get().url(),
                    "Not found upstream: " + remembered.get().url() + " (remembered from " + Moments.at(remembered.get().recordedAt())
                            + " until " + Moments.at(remembered.get().expiresAt()) + ")");
        }
        health.admit();
        try {
            T result = call.run();
            health.recordAnswer();
            return result;
        } catch (NotFoundUpstreamException e) {
            health.recordAnswer();
            notFound.remember(connection, key, e.url());
            throw e;
        } catch (IntegrityException e) {
            health.recordAnswer();
            throw e;
        } catch (UpstreamUnavailableException e) {
            health.recordFailure(e);
            throw e;
        } catch (IOException | RuntimeException e) {
            health.recordInconclusive();
            throw e;
        }
    }

    @FunctionalInterface
    private interface Call<T> {
        T run() throws UpstreamException, IOException;
    }
}
