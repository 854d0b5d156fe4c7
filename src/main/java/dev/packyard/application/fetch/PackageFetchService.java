package dev.packyard.application.fetch;

import dev.packyard.model.HashAlgorithm;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.Repository;
import dev.packyard.service.groups.GroupOriginCheck;
import dev.packyard.service.packages.PackageService;
import dev.packyard.service.persistence.BlobStore;
import dev.packyard.service.persistence.PackageStore;
import dev.packyard.service.resolution.ResolutionStep;
import dev.packyard.service.resolution.UpstreamResolver;
import dev.packyard.service.visibility.VisibilityService;
import dev.packyard.tasks.TaskQueue;
import dev.packyard.upstream.RegistryClient;
import dev.packyard.upstream.RegistryQuery;
import dev.packyard.upstream.UpstreamException;
import dev.packyard.upstream.connections.UpstreamConnections;
import dev.packyard.upstream.metadata.MetadataCache;
import dev.packyard.upstream.metadata.VersionChecker;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Fetching through external connections, as the seed describes it, for every format: what the package endpoints
 * and the console ask. A package's view and a file's delivery go down the repository's resolution plan; a file no
 * repository retains is fetched once however many ask, streamed to the first requester while it is stored, and
 * retained after the persistence latency.
 */
public final class PackageFetchService {
    /** What the fetch use case works with; built once by the wiring. */
    public record Parts(UpstreamResolver resolver, PackageStore packages, PackageService packageService, BlobStore blobs,
                        UpstreamConnections connections, MetadataCache metadata, TaskQueue tasks,
                        VisibilityService visibility, Clock clock, DownloadSpool spool, GroupOriginCheck groups) {
    }

    private final UpstreamResolver resolver;
    private final UpstreamConnections connections;
    private final MetadataCache metadata;
    private final PendingFetches pending;
    private final PackageViews views;
    private final FileDelivery delivery;

    public PackageFetchService(Parts parts) {
        this.resolver = parts.resolver();
        this.connections = parts.connections();
        this.metadata = parts.metadata();
        this.pending = new PendingFetches(parts.visibility(), parts.blobs());
        StoredFiles stored = new StoredFiles(parts.packages(), parts.blobs());
        this.views = new PackageViews(resolver, parts.packages(), pending, connections, metadata);
        UpstreamFetch upstream = new UpstreamFetch(parts.tasks(), parts.blobs(), pending, stored, parts.visibility(),
                parts.spool(), parts.clock());
        this.delivery = new FileDelivery(resolver, parts.packages(), parts.packageService(), connections, metadata, pending,
                stored, upstream, parts.groups());
    }

    /** Answers "does the public registry have this version?" from the same metadata cache the views use. */
    public VersionChecker versionChecker() {
        return new VersionChecker(metadata);
    }

    /** Fetched versions waiting for persistence, as the fetch path itself sees them. */
    public PendingFetches pending() {
        return pending;
    }

    /** Every version of the package a client can get through the repository, with the upstreams' staleness. */
    public PackageView view(Repository repository, PackageCoordinate coordinate) {
        return views.view(repository, coordinate);
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
        return delivery.knownHashes(repository, coordinate, version, assetName);
    }

    /**
     * Sends one file of a version to the receiver, fetching it from a public registry if nothing on the resolution
     * path retains it. Blocks until the file is delivered.
     */
    public VersionSource deliver(Repository repository, PackageCoordinate coordinate, String version, String assetName,
                                 AssetReceiver receiver) throws IOException {
        return delivery.deliver(repository, coordinate, version, assetName, receiver);
    }
}
