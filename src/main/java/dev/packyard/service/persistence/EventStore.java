package dev.packyard.service.persistence;

import dev.packyard.model.DomainId;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.RepositoryId;
import java.time.Instant;
import java.util.List;
import java.util.function.LongFunction;

/** The activity log: package version events as JSON, numbered per package in a repository. */
public interface EventStore {
    /**
     * Appends the event for the package's next sequence number (one more than its last), written by
     * {@code eventForSequence}; returns the written event.
     */
    String append(RepositoryId repository, PackageCoordinate coordinate, Instant time, LongFunction<String> eventForSequence);

    /** The domain's most recent events, oldest first. */
    List<String> recent(DomainId domain, int limit);
}
