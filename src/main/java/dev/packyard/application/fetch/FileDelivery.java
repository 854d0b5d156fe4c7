package dev.packyard.application.fetch;

import dev.packyard.model.Moments;
import dev.packyard.model.Asset;
import dev.packyard.model.ExternalConnection;
import dev.packyard.model.HashAlgorithm;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageVersion;
import dev.packyard.model.Repository;
import dev.packyard.model.groups.OriginRestrictionType;
import dev.packyard.service.error.AccessDeniedException;
import dev.packyard.service.error.ConflictException;
import dev.packyard.service.groups.GroupOriginCheck;
import dev.packyard.service.error.PackageNotFoundException;
import dev.packyard.service.packages.NewVersion;
import dev.packyard.service.packages.PackageService;
import dev.packyard.service.persistence.PackageStore;
import dev.packyard.service.resolution.ResolutionPlan;
import dev.packyard.service.resolution.ResolutionStep;
import dev.packyard.service.resolution.UpstreamResolver;
import dev.packyard.upstream.AssetLocation;
import dev.packyard.upstream.NotFoundUpstreamException;
import dev.packyard.upstream.RegistryClient;
import dev.packyard.upstream.UpstreamException;
import dev.packyard.upstream.UpstreamVersion;
import dev.packyard.upstream.connections.UpstreamConnections;
import dev.packyard.upstream.metadata.CachedListing;
import dev.packyard.upstream.metadata.MetadataCache;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One file of a version, found down the repository's resolution plan: retained on the way (and then retained by the
 * requester too, when an upstream repository held it), waiting for persistence, or fetched from the first external
 * connection that lists it. During an outage retained versions keep being served and the rest fails fast as
 * "upstream unavailable", never "not found".
 */
final class FileDelivery {
    private final UpstreamResolver resolver;
    private final PackageStore packages;
    private final PackageService packageService;
    private final UpstreamConnections connections;
    private final MetadataCache metadata;
    private final PendingFetches pending;
    private final StoredFiles stored;
    private final UpstreamFetch upstream;
    private final GroupOriginCheck groups;

    FileDelivery(UpstreamResolver resolver, PackageStore packages, PackageService packageService,
                 UpstreamConnections connections, MetadataCache metadata, PendingFetches pending, StoredFiles stored,
                 UpstreamFetch upstream, GroupOriginCheck groups) {
        this.groups = groups;
        this.resolver = resolver;
        this.packages = packages;
        this.packageService = packageService;
        this.connections = connections;
        this.metadata = metadata;
        this.pending = pending;
        this.stored = stored;
        this.upstream = upstream;
    }

    Optional<Map<HashAlgorithm, String>> knownHashes(Repository repository, PackageCoordinate coordinate, String version,
                                                    String assetName) {
        ResolutionPlan plan = resolver.plan(repository, coordinate);
        for (ResolutionStep step : plan.steps()) {
            Optional<PackageVersion> found = packages.findVersion(step.repository().id(), coordinate, version);
            if (found.isEmpty()) {
                continue;
            }
            if (!found.get().status().assetsDownloadable()) {
                return Optional.empty();
            }
            Optional<Asset> asset = packages.listAssets(step.repository().id(), coordinate, version).stream()
                    .filter(a -> a.name().equals(assetName)).findFirst();
            if (asset.isPresent()) {
                return Optional.of(asset.get().hashes());
            }
            break;
        }
        return pending.asset(repository.domain(), coordinate, version, assetName).map(Asset::hashes);
    }

    VersionSource deliver(Repository repository, PackageCoordinate coordinate, String version, String assetName,
                          AssetReceiver receiver) throws IOException {
        ResolutionPlan plan = resolver.plan(repository, coordinate);
        for (ResolutionStep step : plan.steps()) {
            Optional<PackageVersion> found = packages.findVersion(step.repository().id(), coordinate, version);
            if (found.isEmpty()) {
                continue;
            }
            PackageVersion v = found.get();
            if (!v.status().assetsDownloadable()) {
                throw new PackageNotFoundException(coordinate.displayName() + " " + version + " is " + v.status()
                        + " in repository " + step.repository().name() + ", so its files cannot be downloaded");
            }
            List<Asset> assets = packages.listAssets(step.repository().id(), coordinate, version);
            Optional<Asset> asset = assets.stream().filter(a -> a.name().equals(assetName)).findFirst();
            if (asset.isPresent()) {
                if (!step.repository().id().equals(repository.id())) {
                    groups.require(repository, coordinate, OriginRestrictionType.INTERNAL_UPSTREAM);
                    retainFromUpstreamRepository(repository, v, assets);
                }
                stored.send(repository.domain(), asset.get(), VersionSource.RETAINED, receiver);
                return VersionSource.RETAINED;
            }
            break;
        }
        Optional<Asset> waiting = pending.asset(repository.domain(), coordinate, version, assetName);
        if (waiting.isPresent()) {
            stored.send(repository.domain(), waiting.get(), VersionSource.PENDING, receiver);
            return VersionSource.PENDING;
        }
        return fromUpstream(repository, plan, version, assetName, receiver);
    }

    private VersionSource fromUpstream(Repository repository, ResolutionPlan plan, String version, String assetName,
                                       AssetReceiver receiver) throws IOException {
        PackageCoordinate coordinate = plan.coordinate();
        UpstreamException unavailable = null;
        List<String> notListed = new ArrayList<>();
        Optional<String> refused = Optional.empty();
        for (ResolutionStep step : plan.externalSteps()) {
            ExternalConnection connection = step.externalConnection().orElseThrow();
            Optional<String> refusal = groupRefusal(repository, step, coordinate);
            if (refusal.isPresent()) {
                refused = refused.or(() -> refusal);
                continue;
            }
            Optional<RegistryClient> client = connections.client(connection);
            if (client.isEmpty()) {
                notListed.add(FetchFailures.noEndpoint(connection));
                continue;
            }
            CachedListing listing;
            try {
                listing = metadata.listing(repository.domain(), connection, coordinate);
            } catch (NotFoundUpstreamException e) {
                continue;
            } catch (UpstreamException e) {
                unavailable = e;
                continue;
            }
            Optional<UpstreamVersion> upstreamVersion = listing.listing().version(version);
            Optional<AssetLocation> location = upstreamVersion.flatMap(uv -> uv.assets().stream()
                    .filter(a -> a.assetName().equals(assetName)).findFirst()
                    .or(() -> client.get().locateUnlisted(coordinate, uv, assetName)));
            if (location.isEmpty()) {
                notListed.add(connection.connectionName() + "'s listing (fetched " + Moments.at(listing.fetchedAt()) + ") has no "
                        + (upstreamVersion.isEmpty() ? "version " + version : "file " + assetName + " in " + version));
                continue;
            }
            upstream.fetch(repository.domain(), new UpstreamFetch.Source(plan, step, connection, client.get(),
                    upstreamVersion.get(), location.get()), receiver);
            return VersionSource.UPSTREAM;
        }
        if (refused.isPresent()) {
            throw new AccessDeniedException(refused.get());
        }
        if (unavailable != null) {
            throw FetchFailures.unavailable(coordinate, version, unavailable);
        }
        throw new PackageNotFoundException(coordinate.displayName() + " " + version + " (" + assetName + ") is not in "
                + repository.name() + " or anything it can reach" + (notListed.isEmpty() ? "" : ": " + String.join("; ", notListed))
                + FetchFailures.missingUpstreamsNote(plan));
    }

    /**
     * The package group's word on a fetch through this step: the connection's repository must be allowed to ingest
     * (EXTERNAL_UPSTREAM), and a requesting repository further down must be allowed to retain it (INTERNAL_UPSTREAM).
     */
    private Optional<String> groupRefusal(Repository repository, ResolutionStep step, PackageCoordinate coordinate) {
        Optional<String> external = groups.refusal(step.repository(), coordinate, OriginRestrictionType.EXTERNAL_UPSTREAM);
        if (external.isPresent() || step.repository().id().equals(repository.id())) {
            return external;
        }
        return groups.refusal(repository, coordinate, OriginRestrictionType.INTERNAL_UPSTREAM);
    }

    /** A version found in an upstream repository is retained by the requesting repository too (not by intermediates). */
    private void retainFromUpstreamRepository(Repository repository, PackageVersion found, List<Asset> assets) {
        try {
            packageService.retainFromUpstream(new NewVersion(repository.id(), found.coordinate(), found.version(), found.status(),
                    found.origin(), found.publishedTime(), found.metadata(), assets));
        } catch (ConflictException alreadyRetained) {
            // Another request retained it first.
        }
    }
}
