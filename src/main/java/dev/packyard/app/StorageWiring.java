package dev.packyard.app;

import dev.packyard.service.health.ReadinessCheck;
import dev.packyard.service.persistence.BlobStore;
import dev.packyard.service.persistence.ManifestStore;
import dev.packyard.service.persistence.PackageStore;
import dev.packyard.store.catalog.JdbcDistTagStore;
import dev.packyard.store.catalog.JdbcDomainStore;
import dev.packyard.store.catalog.JdbcEventStore;
import dev.packyard.store.catalog.JdbcWebhookStore;
import dev.packyard.store.catalog.JdbcManifestStore;
import dev.packyard.store.catalog.JdbcPackageGroupStore;
import dev.packyard.store.catalog.JdbcPackageStore;
import dev.packyard.store.catalog.JdbcPolicyStore;
import dev.packyard.store.catalog.JdbcPublishExceptionStore;
import dev.packyard.store.catalog.JdbcRepositoryStore;
import dev.packyard.store.catalog.JdbcTagStore;
import dev.packyard.store.catalog.JdbcTokenStore;
import dev.packyard.store.catalog.JdbcVersionDetailsStore;
import dev.packyard.store.db.Database;
import dev.packyard.store.db.Jdbc;
import dev.packyard.store.db.JdbcSettings;
import dev.packyard.store.metadata.JdbcMetadataCacheStore;
import dev.packyard.store.tasks.JdbcTaskStore;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where a backend keeps things: the catalogue database with one store per kind of record, and the blob store. The
 * only part of the wiring that names concrete storage; the rest is given the service ports.
 */
public final class StorageWiring {
    final Database database;
    final BlobStore blobs;
    final JdbcSettings settings;
    final JdbcDomainStore domains;
    final JdbcRepositoryStore repositories;
    final JdbcPackageStore packages;
    final JdbcDistTagStore distTags;
    final JdbcTagStore tags;
    final JdbcPackageGroupStore packageGroups;
    final JdbcEventStore events;
    final JdbcWebhookStore webhooks;
    final JdbcPolicyStore policies;
    final JdbcTokenStore tokens;
    final JdbcManifestStore manifests;
    final JdbcVersionDetailsStore versionDetails;
    final JdbcPublishExceptionStore publishExceptions;
    final JdbcMetadataCacheStore metadataCache;
    final JdbcTaskStore tasks;

    StorageWiring(Database database, BlobStore blobs) {
        this.database = database;
        this.blobs = blobs;
        Jdbc jdbc = new Jdbc(database);
        this.settings = new JdbcSettings(jdbc);
        this.domains = new JdbcDomainStore(jdbc);
        this.repositories = new JdbcRepositoryStore(jdbc);
        this.packages = new JdbcPackageStore(jdbc);
        this.distTags = new JdbcDistTagStore(jdbc);
        this.tags = new JdbcTagStore(jdbc);
        this.packageGroups = new JdbcPackageGroupStore(jdbc);
        this.events = new JdbcEventStore(jdbc);
        this.webhooks = new JdbcWebhookStore(jdbc);
        this.policies = new JdbcPolicyStore(jdbc);
        this.tokens = new JdbcTokenStore(jdbc);
        this.manifests = new JdbcManifestStore(jdbc);
        this.versionDetails = new JdbcVersionDetailsStore(jdbc);
        this.publishExceptions = new JdbcPublishExceptionStore(jdbc);
        this.metadataCache = new JdbcMetadataCacheStore(jdbc);
        this.tasks = new JdbcTaskStore(jdbc);
    }

    /** The package records themselves, for the fetch use case that walks them along resolution plans. */
    public PackageStore packages() {
        return packages;
    }

    public BlobStore blobs() {
        return blobs;
    }

    /** The manifests package managers published with their versions. */
    public ManifestStore manifests() {
        return manifests;
    }

    /** The persisted per-domain cache of upstream package listings. */
    public JdbcMetadataCacheStore metadataCache() {
        return metadataCache;
    }

    /** How big the database file is, with everything committed written out (for the benchmarks and the size checks). */
    public long databaseFileBytes() {
        return database.fileBytes();
    }

    /** What the health probe asks before calling this node ready: the catalogue's database and the blob store. */
    List<ReadinessCheck> readinessChecks() {
        return List.of(new StorageCheck("database", database::problem), new StorageCheck("blobs", blobs::problem));
    }

    private record StorageCheck(String name, Supplier<Optional<String>> probe) implements ReadinessCheck {
        @Override
        public Optional<String> problem() {
            return probe.get();
        }
    }
}
