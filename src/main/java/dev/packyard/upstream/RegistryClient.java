package dev.packyard.upstream;

import dev.packyard.model.PackageCoordinate;
import java.io.IOException;
import java.util.Optional;

/** A client of one public registry, in that registry's own protocol. */
public interface RegistryClient {
    /** The registry's base URL, as configured or discovered. */
    String baseUrl();

    /** The versions the registry knows for the package, with their files and published hashes. */
    PackageListing fetchListing(PackageCoordinate coordinate) throws UpstreamException;

    /**
     * Asks whether a listing fetched earlier is still current: empty when the registry says it has not changed (a
     * conditional request answered 304), otherwise the new listing. Clients without conditional requests fetch anew.
     */
    default Optional<PackageListing> revalidate(PackageListing previous) throws UpstreamException {
        return Optional.of(fetchListing(previous.coordinate()));
    }

    /**
     * Where a file of a listed version lives when the listing does not name it: a Maven version may hold any file
     * of the layout (classifiers, sources, .module, distributions), while its metadata names none. Empty for
     * registries whose listings name every file.
     */
    default Optional<AssetLocation> locateUnlisted(PackageCoordinate coordinate, UpstreamVersion version, String assetName) {
        return Optional.empty();
    }

    /**
     * Asks the registry something beyond listings and files; {@code key} names the question for the connection's
     * memory of 404s. A guarded client asks behind the connection's circuit breaker.
     */
    default <T> Optional<T> ask(String key, RegistryQuery<T> query) throws UpstreamException {
        return query.ask(this);
    }

    /**
     * Streams a file into the sink while reporting progress, verifies it against the published hash and commits
     * the sink only if it matches; otherwise the sink is discarded and the failure thrown. An IOException is a
     * failure of the sink itself (local storage), never of the registry.
     */
    FetchedAsset download(AssetLocation location, ProgressListener progress, AssetSink sink)
            throws UpstreamException, IOException;

    /** A cheap request that shows whether the registry answers at all; used to probe a connection in an outage. */
    void probe() throws UpstreamException;
}
