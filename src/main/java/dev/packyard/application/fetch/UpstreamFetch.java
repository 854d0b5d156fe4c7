package dev.packyard.application.fetch;

import dev.packyard.model.Asset;
import dev.packyard.model.DomainId;
import dev.packyard.model.ExternalConnection;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageVersionOrigin;
import dev.packyard.model.PackageVersionStatus;
import dev.packyard.model.RedactedUrl;
import dev.packyard.model.TaskKind;
import dev.packyard.model.VersionMetadata;
import dev.packyard.service.error.CorruptUpstreamFileException;
import dev.packyard.service.error.PackageNotFoundException;
import dev.packyard.service.packages.NewVersion;
import dev.packyard.service.persistence.BlobStore;
import dev.packyard.service.resolution.ResolutionPlan;
import dev.packyard.service.resolution.ResolutionStep;
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
import dev.packyard.upstream.TeeAssetSink;
import dev.packyard.upstream.UpstreamException;
import dev.packyard.upstream.UpstreamUnavailableException;
import dev.packyard.upstream.UpstreamVersion;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One file fetched from a public registry: a FETCH task per file however many ask (the queue joins them), streamed
 * to the first requester while it is stored and verified (those who join read the spool file as it grows), then scheduled to become visible in the requesting
 * repository and the connection's repository after the persistence latency.
 */
final class UpstreamFetch {
    private static final long JOIN_RECHECK_MILLIS = 100;
    /** Where the file was found: the resolution step of the external connection, and its listing's entry. */
    record Source(ResolutionPlan plan, ResolutionStep step, ExternalConnection connection, RegistryClient client,
                  UpstreamVersion version, AssetLocation location) {
    }

    private final TaskQueue tasks;
    private final BlobStore blobs;
    private final PendingFetches pending;
    private final StoredFiles stored;
    private final VisibilityService visibility;
    private final DownloadSpool spool;
    private final Clock clock;
    /** The spools of downloads under way, by task key, for the requesters who join them. */
    private final Map<String, GrowingSpool> growing = new ConcurrentHashMap<>();

    UpstreamFetch(TaskQueue tasks, BlobStore blobs, PendingFetches pending, StoredFiles stored, VisibilityService visibility,
                  DownloadSpool spool, Clock clock) {
        this.tasks = tasks;
        this.blobs = blobs;
        this.pending = pending;
        this.stored = stored;
        this.visibility = visibility;
        this.spool = spool;
        this.clock = clock;
    }

    void fetch(DomainId domain, Source source, AssetReceiver receiver) throws IOException {
        PackageCoordinate coordinate = source.plan().coordinate();
        UpstreamVersion upstreamVersion = source.version();
        AssetLocation location = source.location();
        ExternalConnection connection = source.connection();
        AssetEntry announced = new AssetEntry(location.assetName(), -1, location.expectedHashes());
        LazyRequesterStream requester = new LazyRequesterStream(() -> receiver.begin(announced, VersionSource.UPSTREAM));
        CompletableFuture<Void> served = new CompletableFuture<>();
        String title = "Fetch " + coordinate.displayName() + " " + upstreamVersion.version() + " (" + location.assetName()
                + ") from " + connection.connectionName();
        String key = "fetch " + domain.owner() + "/" + domain.name() + " " + RedactedUrl.of(location.url());
        TaskHandle<Asset> handle = tasks.submit(TaskRequest.once(TaskKind.FETCH, key, title, context -> {
                    // A requester that checked just before an earlier fetch of this file ended finds it here.
                    Optional<Asset> justFetched = pending.asset(domain, coordinate, upstreamVersion.version(), location.assetName())
                            .or(() -> stored.retained(source.step().repository(), coordinate, upstreamVersion.version(),
                                    location.assetName()));
                    if (justFetched.isPresent()) {
                        schedulePersistence(source, justFetched.get());
                        context.outcome("Already fetched moments ago; served from the store");
                        return justFetched.get();
                    }
                    BlobSpoolSink store = new BlobSpoolSink(spool.directory(), blobs, domain, location.assetName());
                    GrowingSpool live = new GrowingSpool();
                    growing.put(key, live);
                    FetchedAsset fetched;
                    try {
                        fetched = source.client().download(location, context::progress,
                                new TeeAssetSink(live.around(store), requester, () -> {
                                    if (requester.started() && receiver.answeredWhenVerified()) {
                                        served.complete(null);
                                    }
                                }));
                    } finally {
                        growing.remove(key, live);
                    }
                    Asset asset = store.stored();
                    // Scheduled before the task ends, so a requester arriving after it finds the file pending.
                    schedulePersistence(source, asset);
                    context.outcome(coordinate.displayName() + " " + upstreamVersion.version() + ": " + asset.size()
                            + " bytes from " + connection.connectionName() + fetched.verifiedWith()
                            .map(algorithm -> ", verified against its published " + algorithm.wireName())
                            .orElse(", not verified: the registry publishes no checksum for it"));
                    return asset;
                }));
        if (handle.joined() && receiver.answeredWhenVerified()
                && readWhileItGrows(key, handle, source, () -> receiver.begin(announced, VersionSource.UPSTREAM))) {
            // Every verified byte is sent; the version is retained in this requester's repository once stored.
            handle.result().thenAccept(asset -> schedulePersistence(source, asset));
            return;
        }
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
            Exception failure = failure(source, e.getCause());
            if (failure instanceof IOException io) {
                throw io;
            }
            throw (RuntimeException) failure;
        } finally {
            requester.detach();
        }
        if (handle.joined()) {
            // A requester that joined someone else's fetch retains the version in its own repository too.
            schedulePersistence(source, asset);
        }
        if (!requester.started()) {
            stored.send(domain, asset, VersionSource.UPSTREAM, receiver);
        }
    }

    /**
     * A requester who joined a download under way reads its spool as it grows. False when there was none to read
     * (the download had not begun writing or had already ended): the caller serves the stored file instead.
     */
    private boolean readWhileItGrows(String key, TaskHandle<Asset> handle, Source source, LazyRequesterStream.Opener open)
            throws IOException {
        try {
            GrowingSpool live;
            // The task may still wait for a free slot in the queue before it starts its download.
            while ((live = growing.get(key)) == null) {
                if (handle.result().isDone()) {
                    return false;
                }
                try {
                    handle.result().get(JOIN_RECHECK_MILLIS, TimeUnit.MILLISECONDS);
                } catch (TimeoutException | ExecutionException notYet) {
                    // Look for the spool again, or find the task ended.
                }
            }
            return live.copyTo(open, () -> handle.result().isDone()).isPresent();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading " + source.location().assetName(), e);
        } catch (GrowingSpool.Discarded e) {
            // Part of the file may be sent: the client's connection is cut, and it is told why if it still listens.
            try {
                handle.result().get();
            } catch (ExecutionException failed) {
                Exception failure = failure(source, failed.getCause());
                if (failure instanceof IOException io) {
                    throw io;
                }
                throw (RuntimeException) failure;
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            throw e;
        }
    }

    private void schedulePersistence(Source source, Asset asset) {
        PackageCoordinate coordinate = source.plan().coordinate();
        UpstreamVersion upstreamVersion = source.version();
        Instant published = upstreamVersion.publishedTime().orElse(clock.instant());
        NewVersion fetched = new NewVersion(source.step().repository().id(), coordinate, upstreamVersion.version(),
                PackageVersionStatus.Published, PackageVersionOrigin.external(source.connection()), published,
                VersionMetadata.named(coordinate.displayName()), List.of(asset));
        visibility.schedule(fetched, List.copyOf(source.plan().retentionTargets(source.step(), true)));
    }

    /**
     * What the requester is told when the task failed: the registry's answer in the package manager's terms, an
     * unchecked exception of {@code service.error} or an {@link IOException}.
     */
    private static Exception failure(Source source, Throwable cause) {
        PackageCoordinate coordinate = source.plan().coordinate();
        String version = source.version().version();
        String assetName = source.location().assetName();
        String connectionName = source.connection().connectionName();
        if (cause instanceof NotFoundUpstreamException) {
            return new PackageNotFoundException(connectionName + " lists " + coordinate.displayName() + " "
                    + version + " but does not have its file " + assetName);
        }
        if (isCorrupt(cause)) {
            return new CorruptUpstreamFileException("The public registry sent a corrupt file: " + assetName
                    + " of " + coordinate.displayName() + " " + version + " from "
                    + connectionName + " " + (cause instanceof IntegrityException
                    ? "does not match its published hash" : "ended before all of it arrived") + " (" + cause.getMessage()
                    + "). Nothing was kept; retry the download", cause);
        }
        if (cause instanceof UpstreamException upstream) {
            return FetchFailures.unavailable(coordinate, version, upstream);
        }
        if (cause instanceof IOException io) {
            return io;
        }
        return new IOException("fetching " + assetName + " failed: " + cause.getMessage(), cause);
    }

    /** A download that does not hash to what was published, or that the registry cut short. */
    private static boolean isCorrupt(Throwable cause) {
        return cause instanceof IntegrityException
                || (cause instanceof UpstreamUnavailableException u && u.kind() == FailureKind.TRUNCATED);
    }
}
