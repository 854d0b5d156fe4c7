package dev.packyard.store.settings;

/**
 * Where a Packyard keeps its catalogue and its blobs. The default is everything in the data directory (embedded H2
 * and a blob folder); a team server puts the catalogue on PostgreSQL and the blobs in an S3-compatible bucket. The
 * data directory still holds the lock and the spool files either way.
 */
public record StorageSettings(DatabaseLocation database, BlobLocation blobs) {
    public StorageSettings {
        java.util.Objects.requireNonNull(database, "database");
        java.util.Objects.requireNonNull(blobs, "blobs");
    }

    public static StorageSettings embedded() {
        return new StorageSettings(new DatabaseLocation.Embedded(), new BlobLocation.InDataDirectory());
    }

    public StorageSettings withDatabase(DatabaseLocation database) {
        return new StorageSettings(database, blobs);
    }

    public StorageSettings withBlobs(BlobLocation blobs) {
        return new StorageSettings(database, blobs);
    }
}
