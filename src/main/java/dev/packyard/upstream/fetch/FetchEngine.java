package dev.packyard.upstream.fetch;

import dev.packyard.model.Asset;
import dev.packyard.model.DomainId;
import dev.packyard.model.ExternalConnection;
import dev.packyard.model.HashAlgorithm;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageVersion;
import dev.packyard.model.PackageVersionOrigin;
import dev.packyard.model.PackageVersionStatus;
import dev.packyard.model.RedactedUrl;
import dev.packyard.model.Repository;
import dev.packyard.model.TaskKind;
import dev.packyard.model.VersionMetadata;
import dev.packyard.service.error.ConflictException;
import dev.packyard.service.packages.NewVersion;
import dev.packyard.service.packages.PackageService;
import dev.packyard.service.persistence.BlobStore;
import dev.packyard.service.persistence.PackageStore;
import dev.packyard.service.resolution.ResolutionPlan;
import dev.packyard.service.resolution.ResolutionStep;
import dev.packyard.service.resolution.UpstreamResolver;
import dev.packyard.service.visibility.PendingPersistence;
import dev.packyard.service.visibility.VisibilityService;
import dev.packyard.tasks.TaskHandle;
import dev.packyard.tasks.TaskQueue;
import dev.packyard.tasks.TaskRequest;
import dev.packyard.upstream.AssetLocation;
import dev.packyard.upstream.FailureKind;
import dev.packyard.upstream.FetchedAsset;
import dev.packyard.upstream.IntegrityException;
import dev.packyard.upstream.NotFoundUpstreamException;
import dev.packyard.upstream.RegistryClient;
import dev.packyard.upstream.RegistryQuery;
import dev.packyard.upstream.TeeAssetSink;
import dev.packyard.upstream.UpstreamException;
import dev.packyard.upstream.UpstreamUnavailableException;
import dev.packyard.upstream.UpstreamVersion;
import dev.packyard.upstream.connections.UpstreamConnections;
import dev.packyard.upstream.metadata.CachedListing;
import dev.packyard.upstream.metadata.MetadataCache;
import dev.packyard.upstream.metadata.VersionChecker;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Fetching through external connections, as the seed describes it. A request for a package goes down the
 * repository's resolution plan: a version retained on the way is served from the blob store (and an upstream
 * repository's version is retained by the requester too); one being persisted is served from the blob store;
 * anything else comes from the public registry of the first external connection that lists it, fetched once however
 * many ask (one FETCH task per file, streamed to the first requester while it is stored, verified against the
 * registry's hash), and then scheduled to become visible in the requesting repository and the connection's
 * repository after the persistence latency. During an outage retained versions keep being served and the rest
 * fails fast as "upstream unavailable", never "not found".
 */
public final class FetchEngine {
    private final UpstreamResolver resolver;
    private final PackageStore packages;
    private final PackageService packageService;
    private final BlobStore blobs;
    private final UpstreamConnections connections;
    private final MetadataCache metadata;
    private final TaskQueue tasks;
    private final VisibilityService visibility;
    private final Clock clock;
    private final Path spoolDirectory;

    public FetchEngine(UpstreamResolver resolver, PackageStore packages, PackageService packageService, BlobStore blobs,
                       UpstreamConnections connections, MetadataCache metadata, TaskQueue tasks,
                       VisibilityService visibility, Clock clock, Path spoolDirectory) {
        this.resolver = resolver;
        this.packages = packages;
        this.packageService = packageService;
        this.blobs = blobs;
        this.connections = connections;
        this.metadata = metadata;
        this.tasks = tasks;
        this.visibility = visibility;
        this.clock = clock;
        this.spoolDirectory = spoolDirectory;
        emptySpool();
    }

    /** Answers "does the public registry have this version?" from the same metadata cache the views use. */
    public VersionChecker versionChecker() {
        return new VersionChecker(metadata);
    }

    /** Every version of the package a client can get through the repository, with the upstreams' staleness. */
    public PackageView view(Repository repository, PackageCoordinate coordinate) {
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
        for (PendingPersistence p : pendingFor(repository.domain(), coordinate)) {
            versions.computeIfAbsent(p.versionName(), k -> pending(p));
        }
        Map<String, String> tags = new LinkedHashMap<>();
        List<UpstreamSource> sources = new ArrayList<>();
        for (ResolutionStep step : plan.externalSteps()) {
            ExternalConnection connection = step.externalConnection().orElseThrow();
            String via = step.repository().name();
            if (connections.client(connection).isEmpty()) {
                sources.add(new UpstreamSource(connection, via, Optional.empty(), Optional.of(noEndpoint(connection))));
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
                                + "is served as it was at " + listing.fetchedAt() + " (stale since " + since + ")")));
            } catch (NotFoundUpstreamException e) {
                sources.add(new UpstreamSource(connection, via, Optional.empty(), Optional.empty()));
            } catch (UpstreamException e) {
                sources.add(new UpstreamSource(connection, via, Optional.empty(), Optional.of(e.getMessage())));
            }
        }
        PackageView view = new PackageView(coordinate, List.copyOf(versions.values()), tags, sources);
        if (versions.isEmpty()) {
            Optional<String> problem = view.upstreamProblem();
            if (problem.isPresent()) {
                throw new PackageUnavailableException("Upstream unavailable: " + coordinate.displayName()
                        + " is not retained here and cannot be looked up now. " + problem.get(), null, null);
            }
            throw new PackageNotFoundException(coordinate.displayName() + " (" + coordinate.format() + ") is not in "
                    + repository.name() + " or anything it can reach" + missingUpstreamsNote(plan));
        }
        return view;
    }

    /**
     * Puts a question to the client of every external connection on the repository's resolution path, in plan order,
     * and collects the answers. A connection without an endpoint or that cannot answer now is left out: what is
     * asked this way only adds to what the repositories hold.
     */
    public <T> List<T> askUpstreams(Repository repository, PackageCoordinate coordinate, String key, RegistryQuery<T> query) {
        List<T> answers = new ArrayList<>();
        for (ResolutionStep step : resolver.plan(repository, coordinate).externalSteps()) {
            Optional<RegistryClient> client = connections.client(step.externalConnection().orElseThrow());
            if (client.isEmpty()) {
                continue;
            }
            try {
                client.get().ask(key, query).ifPresent(answers::add);
            } catch (UpstreamException unanswered) {
                // Left out, as documented; the connection's health board already records the failure.
            }
        }
        return answers;
    }

    /** The repositories on the resolution path, nearest first (the requester, then its upstreams). */
    public List<Repository> resolutionPath(Repository repository, PackageCoordinate coordinate) {
        return resolver.plan(repository, coordinate).steps().stream().map(ResolutionStep::repository).toList();
    }

    /**
     * The hashes of a file that a repository on the resolution path retains, or that a fetch left waiting for
     * persistence, read from the catalogue alone: what a checksum request needs, without asking any registry.
     */
    public Optional<Map<HashAlgorithm, String>> knownHashes(Repository repository, PackageCoordinate coordinate,
                                                           String version, String assetName) {
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
        return pendingAsset(repository.domain(), coordinate, version, assetName).map(Asset::hashes);
    }

    /**
     * Sends one file of a version to the receiver, fetching it from a public registry if nothing on the resolution
     * path retains it. Blocks until the file is delivered.
     */
    public VersionSource deliver(Repository repository, PackageCoordinate coordinate, String version, String assetName,
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
                    retainFromUpstreamRepository(repository, v, assets);
                }
                streamBlob(repository.domain(), asset.get(), VersionSource.RETAINED, receiver);
                return VersionSource.RETAINED;
            }
            break;
        }
        Optional<Asset> pending = pendingAsset(repository.domain(), coordinate, version, assetName);
        if (pending.isPresent()) {
            streamBlob(repository.domain(), pending.get(), VersionSource.PENDING, receiver);
            return VersionSource.PENDING;
        }
        UpstreamException unavailable = null;
        List<String> notListed = new ArrayList<>();
        for (ResolutionStep step : plan.externalSteps()) {
            ExternalConnection connection = step.externalConnection().orElseThrow();
            Optional<RegistryClient> client = connections.client(connection);
            if (client.isEmpty()) {
                notListed.add(noEndpoint(connection));
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
                notListed.add(connection.connectionName() + "'s listing (fetched " + listing.fetchedAt() + ") has no "
                        + (upstreamVersion.isEmpty() ? "version " + version : "file " + assetName + " in " + version));
                continue;
            }
            fetch(repository, plan, step, connection, client.get(), listing, upstreamVersion.get(), location.get(), receiver);
            return VersionSource.UPSTREAM;
        }
        if (unavailable != null) {
            throw unavailable(coordinate, version, unavailable);
        }
        throw new PackageNotFoundException(coordinate.displayName() + " " + version + " (" + assetName + ") is not in "
                + repository.name() + " or anything it can reach" + (notListed.isEmpty() ? "" : ": " + String.join("; ", notListed))
                + missingUpstreamsNote(plan));
    }

    private void fetch(Repository repository, ResolutionPlan plan, ResolutionStep step, ExternalConnection connection,
                       RegistryClient client, CachedListing listing, UpstreamVersion upstreamVersion, AssetLocation location,
                       AssetReceiver receiver) throws IOException {
        DomainId domain = repository.domain();
        PackageCoordinate coordinate = plan.coordinate();
        AssetEntry announced = new AssetEntry(location.assetName(), -1, location.expectedHashes());
        LazyRequesterStream requester = new LazyRequesterStream(() -> receiver.begin(announced, VersionSource.UPSTREAM));
        CompletableFuture<Void> served = new CompletableFuture<>();
        String title = "Fetch " + coordinate.displayName() + " " + upstreamVersion.version() + " (" + location.assetName()
                + ") from " + connection.connectionName();
        TaskHandle<Asset> handle = tasks.submit(TaskRequest.once(TaskKind.FETCH,
                "fetch " + domain.owner() + "/" + domain.name() + " " + RedactedUrl.of(location.url()), title, context -> {
                    // A requester that checked just before an earlier fetch of this file ended finds it here.
                    Optional<Asset> justFetched = pendingAsset(domain, coordinate, upstreamVersion.version(), location.assetName())
                            .or(() -> retainedAsset(step.repository(), coordinate, upstreamVersion.version(), location.assetName()));
                    if (justFetched.isPresent()) {
                        schedulePersistence(plan, step, connection, upstreamVersion, justFetched.get());
                        context.outcome("Already fetched moments ago; served from the store");
                        return justFetched.get();
                    }
                    BlobSpoolSink store = new BlobSpoolSink(spoolDirectory, blobs, domain, location.assetName());
                    FetchedAsset fetched = client.download(location, context::progress, new TeeAssetSink(store, requester, () -> {
                        if (requester.started() && receiver.answeredWhenVerified()) {
                            served.complete(null);
                        }
                    }));
                    Asset asset = store.stored();
                    // Scheduled before the task ends, so a requester arriving after it finds the file pending.
                    schedulePersistence(plan, step, connection, upstreamVersion, asset);
                    context.outcome(coordinate.displayName() + " " + upstreamVersion.version() + ": " + asset.size()
                            + " bytes from " + connection.connectionName() + fetched.verifiedWith()
                            .map(algorithm -> ", verified against its published " + algorithm.wireName())
                            .orElse(", not verified: the registry publishes no checksum for it"));
                    return asset;
                }));
        Asset asset;
        try {
            CompletableFuture.anyOf(served, handle.result()).get();
            if (!handle.result().isDone()) {
                // The requester has every verified byte; making the file durable and scheduling its visibility
                // carry on in the task without holding the client's response open.
                return;
            }
            asset = handle.result().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            handle.cancel();
            throw new IOException("interrupted while fetching " + location.assetName(), e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof NotFoundUpstreamException) {
                throw new PackageNotFoundException(connection.connectionName() + " lists " + coordinate.displayName() + " "
                        + upstreamVersion.version() + " but does not have its file " + location.assetName());
            }
            if (isCorrupt(cause)) {
                throw new CorruptUpstreamFileException("The public registry sent a corrupt file: " + location.assetName()
                        + " of " + coordinate.displayName() + " " + upstreamVersion.version() + " from "
                        + connection.connectionName() + " " + (cause instanceof IntegrityException
                        ? "does not match its published hash" : "ended before all of it arrived") + " (" + cause.getMessage()
                        + "). Nothing was kept; retry the download", cause);
            }
            if (cause instanceof UpstreamException upstream) {
                throw unavailable(coordinate, upstreamVersion.version(), upstream);
            }
            if (cause instanceof IOException io) {
                throw io;
            }
            throw new IOException("fetching " + location.assetName() + " failed: " + cause.getMessage(), cause);
        } finally {
            requester.detach();
        }
        if (handle.joined()) {
            // A requester that joined someone else's fetch retains the version in its own repository too.
            schedulePersistence(plan, step, connection, upstreamVersion, asset);
        }
        if (!requester.started()) {
            streamBlob(domain, asset, VersionSource.UPSTREAM, receiver);
        }
    }

    private void schedulePersistence(ResolutionPlan plan, ResolutionStep step, ExternalConnection connection,
                                     UpstreamVersion upstreamVersion, Asset asset) {
        PackageCoordinate coordinate = plan.coordinate();
        Instant published = upstreamVersion.publishedTime().orElse(clock.instant());
        NewVersion fetched = new NewVersion(step.repository().id(), coordinate, upstreamVersion.version(),
                PackageVersionStatus.Published, PackageVersionOrigin.external(connection), published,
                new VersionMetadata(coordinate.displayName(), null, null, null, List.of()), List.of(asset));
        visibility.schedule(fetched, List.copyOf(plan.retentionTargets(step, true)));
    }

    /** A version found in an upstream repository is retained by the requesting repository too (not by intermediates). */
    private void retainFromUpstreamRepository(Repository repository, PackageVersion found, List<Asset> assets) {
        try {
            packageService.recordVersion(new NewVersion(repository.id(), found.coordinate(), found.version(), found.status(),
                    found.origin(), found.publishedTime(), found.metadata(), assets));
        } catch (ConflictException alreadyRetained) {
            // Another request retained it first.
        }
    }

    private void streamBlob(DomainId domain, Asset asset, VersionSource source, AssetReceiver receiver) throws IOException {
        Optional<InputStream> content = blobs.open(domain, asset.sha256());
        if (content.isEmpty()) {
            throw new IOException("The stored content of " + asset.name() + " (" + asset.sha256() + ") is missing from the "
                    + "blob store; delete the version and fetch or publish it again");
        }
        try (InputStream in = content.get()) {
            OutputStream out = receiver.begin(new AssetEntry(asset.name(), asset.size(), asset.hashes()), source);
            in.transferTo(out);
            out.flush();
        }
    }

    private Optional<Asset> retainedAsset(Repository holder, PackageCoordinate coordinate, String version, String assetName) {
        return packages.listAssets(holder.id(), coordinate, version).stream().filter(a -> a.name().equals(assetName))
                .filter(a -> blobs.exists(holder.domain(), a.sha256())).findFirst();
    }

    private Optional<Asset> pendingAsset(DomainId domain, PackageCoordinate coordinate, String version, String assetName) {
        for (PendingPersistence p : pendingFor(domain, coordinate)) {
            if (p.versionName().equals(version)) {
                Optional<Asset> asset = p.version().assets().stream().filter(a -> a.name().equals(assetName)).findFirst();
                if (asset.isPresent() && blobs.exists(domain, asset.get().sha256())) {
                    return asset;
                }
            }
        }
        return Optional.empty();
    }

    private List<PendingPersistence> pendingFor(DomainId domain, PackageCoordinate coordinate) {
        return visibility.pending().stream()
                .filter(p -> p.version().repository().domain().equals(domain) && p.coordinate().equals(coordinate))
                .toList();
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

    /** A download that does not hash to what was published, or that the registry cut short. */
    private static boolean isCorrupt(Throwable cause) {
        return cause instanceof IntegrityException
                || (cause instanceof UpstreamUnavailableException u && u.kind() == FailureKind.TRUNCATED);
    }

    private static PackageUnavailableException unavailable(PackageCoordinate coordinate, String version, UpstreamException e) {
        Instant retryAfter = e instanceof UpstreamUnavailableException u ? u.retryAfter().orElse(null) : null;
        return new PackageUnavailableException("Upstream unavailable: " + coordinate.displayName() + " " + version
                + " is not retained here and cannot be fetched now: " + e.getMessage()
                + ". Versions already retained are still served; try again later.", retryAfter, e);
    }

    private static String noEndpoint(ExternalConnection connection) {
        return connection.connectionName() + " has no endpoint: set one with --upstream " + connection.connectionName()
                + "=URL or on the External connections screen";
    }

    private static String missingUpstreamsNote(ResolutionPlan plan) {
        return plan.skippedMissingUpstreams().isEmpty() ? ""
                : " (upstream repositories that no longer exist were skipped: " + String.join(", ", plan.skippedMissingUpstreams())
                        + "; update the upstream list)";
    }

    private void emptySpool() {
        try {
            Files.createDirectories(spoolDirectory);
            try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(spoolDirectory)) {
                for (Path p : leftovers) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the download spool " + spoolDirectory, e);
        }
    }
}
