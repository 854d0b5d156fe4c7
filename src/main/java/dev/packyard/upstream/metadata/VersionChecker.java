package dev.packyard.upstream.metadata;

import dev.packyard.model.Moments;
import dev.packyard.model.DomainId;
import dev.packyard.model.ExternalConnection;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.upstream.NotFoundUpstreamException;
import dev.packyard.upstream.UpstreamException;

/** Answers "does the public registry have this version?" from the metadata cache, honestly when it cannot tell. */
public final class VersionChecker {
    private final MetadataCache cache;

    public VersionChecker(MetadataCache cache) {
        this.cache = cache;
    }

    /** Never throws: an unavailable registry with nothing cached is {@link VersionCheck.Answer#CANNOT_TELL}. */
    public VersionCheck check(DomainId domain, ExternalConnection connection, PackageCoordinate coordinate, String version) {
        CachedListing entry;
        try {
            entry = cache.listing(domain, connection, coordinate);
        } catch (NotFoundUpstreamException e) {
            return new VersionCheck(VersionCheck.Answer.ABSENT_UPSTREAM, false,
                    connection.connectionName() + " does not have " + coordinate.displayName());
        } catch (UpstreamException e) {
            return new VersionCheck(VersionCheck.Answer.CANNOT_TELL, false, e.getMessage());
        }
        boolean stale = entry.staleSince().isPresent();
        String since = stale ? " (listing stale since " + Moments.at(entry.servingStaleSince()) + ")" : "";
        return entry.listing().version(version).isPresent()
                ? new VersionCheck(VersionCheck.Answer.EXISTS_UPSTREAM, stale,
                        connection.connectionName() + " has " + coordinate.displayName() + " " + version + since)
                : new VersionCheck(VersionCheck.Answer.ABSENT_UPSTREAM, stale,
                        connection.connectionName() + " does not list " + coordinate.displayName() + " " + version + since);
    }
}
