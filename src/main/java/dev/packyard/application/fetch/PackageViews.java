package dev.packyard.application.fetch;

import dev.packyard.model.Moments;
import dev.packyard.model.Asset;
import dev.packyard.model.ExternalConnection;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageVersion;
import dev.packyard.model.PackageVersionStatus;
import dev.packyard.model.Repository;
import dev.packyard.service.error.PackageNotFoundException;
import dev.packyard.service.error.PackageUnavailableException;
import dev.packyard.service.packages.NewVersion;
import dev.packyard.service.persistence.PackageStore;
import dev.packyard.service.resolution.ResolutionPlan;
import dev.packyard.service.resolution.ResolutionStep;
import dev.packyard.service.resolution.UpstreamResolver;
import dev.packyard.service.visibility.PendingPersistence;
import dev.packyard.upstream.NotFoundUpstreamException;
import dev.packyard.upstream.UpstreamException;
import dev.packyard.upstream.UpstreamUnavailableException;
import dev.packyard.upstream.UpstreamVersion;
import dev.packyard.upstream.connections.UpstreamConnections;
import dev.packyard.upstream.metadata.CachedListing;
import dev.packyard.upstream.metadata.MetadataCache;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a package manager sees of a package through one repository: the versions retained along the resolution
 * path (nearest first), those waiting for persistence, then what the external connections' listings add.
 */
final class PackageViews {
    private final UpstreamResolver resolver;
    private final PackageStore packages;
    private final PendingFetches pending;
    private final UpstreamConnections connections;
    private final MetadataCache metadata;

    PackageViews(UpstreamResolver resolver, PackageStore packages, PendingFetches pending, UpstreamConnections connections,
                 MetadataCache metadata) {
        this.resolver = resolver;
        this.packages = packages;
        this.pending = pending;
        this.connections = connections;
        this.metadata = metadata;
    }

    PackageView view(Repository repository, PackageCoordinate coordinate) {
        ResolutionPlan plan = resolver.plan(repository, coordinate);
        Map<String, AvailableVersion> versions = new LinkedHashMap<>();
        Map<String, Integer> retainedPerRepository = new LinkedHashMap<>();
        for (ResolutionStep step : plan.steps()) {
            List<PackageVersion> held = packages.listVersions(step.repository().id(), coordinate, PackageStore.VersionFilter.NONE,
                    PackageStore.VersionOrder.VERSION, null, Integer.MAX_VALUE);
            retainedPerRepository.put(step.repository().name(), held.size());
            if (held.isEmpty()) {
                continue;
            }
            Map<String, List<Asset>> assets = packages.assetsByVersion(step.repository().id(), coordinate);
            for (PackageVersion v : held) {
                versions.computeIfAbsent(v.version(), k -> retained(step.repository(), v, assets.getOrDefault(k, List.of())));
            }
        }
        for (PendingPersistence p : pending.of(repository.domain(), coordinate)) {
            versions.computeIfAbsent(p.versionName(), k -> pending(p));
        }
        Map<String, String> tags = new LinkedHashMap<>();
        List<UpstreamSource> sources = new ArrayList<>();
        UpstreamException lastFailure = null;
        for (ResolutionStep step : plan.externalSteps()) {
            ExternalConnection connection = step.externalConnection().orElseThrow();
            String via = step.repository().name();
            if (connections.client(connection).isEmpty()) {
                sources.add(new UpstreamSource(connection, via, Optional.empty(), Optional.of(FetchFailures.noEndpoint(connection))));
                continue;
            }
            try {
                CachedListing listing = metadata.listing(repository.domain(), connection, coordinate);
                for (UpstreamVersion uv : listing.listing().versions()) {
                    versions.computeIfAbsent(uv.version(), k -> upstream(connection, uv));
                }
                listing.listing().tags().forEach(tags::putIfAbsent);
                metadata.noteRetained(repository.domain(), connection, coordinate,
                        retainedPerRepository.getOrDefault(step.repository().name(), 0));
                sources.add(new UpstreamSource(connection, via, Optional.of(listing),
                        listing.staleSince().map(since -> connection.connectionName() + " could not be reached; its listing "
                                + "is served as it was at " + Moments.at(listing.fetchedAt()) + " (stale since " + Moments.at(since) + ")")));
            } catch (NotFoundUpstreamException e) {
                sources.add(new UpstreamSource(connection, via, Optional.empty(), Optional.empty()));
            } catch (UpstreamException e) {
                lastFailure = e;
                sources.add(new UpstreamSource(connection, via, Optional.empty(), Optional.of(e.getMessage())));
            }
        }
        PackageView view = new PackageView(coordinate, List.copyOf(versions.values()), tags, sources);
        if (versions.isEmpty()) {
            Optional<String> problem = view.upstreamProblem();
            if (problem.isPresent()) {
                // A throttling registry said when to come back: the client's Retry-After says the same.
                Instant retryAfter = lastFailure instanceof UpstreamUnavailableException u ? u.retryAfter().orElse(null) : null;
                String prefix = lastFailure == null ? "Upstream unavailable: " : FetchFailures.prefix(lastFailure);
                throw new PackageUnavailableException(prefix + coordinate.displayName()
                        + " is not retained here and cannot be looked up now. " + problem.get(), retryAfter, null);
            }
            throw new PackageNotFoundException(coordinate.displayName() + " (" + coordinate.format() + ") is not in "
                    + repository.name() + " or anything it can reach" + FetchFailures.missingUpstreamsNote(plan));
        }
        return view;
    }

    private static AvailableVersion retained(Repository holder, PackageVersion v, List<Asset> held) {
        List<AssetEntry> assets = held.stream().map(a -> new AssetEntry(a.name(), a.size(), a.hashes())).toList();
        return new AvailableVersion(v.version(), VersionSource.RETAINED, holder.name(), v.status(),
                Optional.of(v.publishedTime()), assets);
    }

    private static AvailableVersion pending(PendingPersistence p) {
        NewVersion v = p.version();
        List<AssetEntry> assets = v.assets().stream().map(a -> new AssetEntry(a.name(), a.size(), a.hashes())).toList();
        return new AvailableVersion(v.version(), VersionSource.PENDING, v.origin().externalConnectionName(), v.status(),
                Optional.of(v.publishedTime()), assets);
    }

    private static AvailableVersion upstream(ExternalConnection connection, UpstreamVersion uv) {
        List<AssetEntry> assets = uv.assets().stream()
                .map(a -> new AssetEntry(a.assetName(), -1, a.expectedHashes())).toList();
        return new AvailableVersion(uv.version(), VersionSource.UPSTREAM, connection.connectionName(),
                PackageVersionStatus.Published, uv.publishedTime(), assets);
    }
}
