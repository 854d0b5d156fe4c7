package dev.packyard.testing;

import dev.packyard.store.settings.BlobLocation;
import dev.packyard.store.settings.DatabaseLocation;
import dev.packyard.store.settings.StorageSettings;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The storage the backend tests run on: the embedded default, or (when {@code -Dpackyard.test.database=jdbc:postgresql:...}
 * and/or {@code -Dpackyard.test.blobs=s3://BUCKET} are given, as {@code .ci/run}'s second pass does) PostgreSQL and an
 * S3-compatible bucket. Each test directory gets its own schema and key prefix, so tests stay independent and a
 * reopen finds the same data. A server that was asked for and is not there fails the test: nothing is skipped.
 */
public final class TestStorage {
    public static final String DATABASE = "packyard.test.database";
    public static final String DATABASE_USER = "packyard.test.database-user";
    public static final String DATABASE_PASSWORD = "packyard.test.database-password";
    public static final String BLOBS = "packyard.test.blobs";
    public static final String S3_ENDPOINT = "packyard.test.s3-endpoint";

    private TestStorage() {
    }

    /** True when the run was asked to use PostgreSQL and S3 (the team-storage pass). */
    public static boolean teamStorageRequested() {
        return System.getProperty(DATABASE) != null || System.getProperty(BLOBS) != null;
    }

    public static StorageSettings forDirectory(Path dir) {
        String id = "t_" + shortHash(dir.toAbsolutePath().normalize().toString());
        StorageSettings storage = StorageSettings.embedded();
        String url = System.getProperty(DATABASE);
        if (url != null && !url.isBlank()) {
            storage = storage.withDatabase(schema(url, id));
        }
        String blobs = System.getProperty(BLOBS);
        if (blobs != null && !blobs.isBlank()) {
            storage = storage.withBlobs(bucket(blobs, id));
        }
        return storage;
    }

    /**
     * How many blobs a backend opened on {@code dataDir} holds: files under the data directory's blob folder, or
     * objects under the test's prefix in the bucket.
     */
    public static long blobCount(Path dataDir) throws java.io.IOException {
        if (forDirectory(dataDir).blobs() instanceof BlobLocation.S3 s3) {
            try (var client = dev.packyard.store.blobs.BlobStores.client(s3)) {
                return client.listObjectsV2Paginator(b -> b.bucket(s3.bucket()).prefix(s3.prefix() + "/")).contents()
                        .stream().filter(o -> o.key().contains("/sha256/")).count();
            }
        }
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(dataDir.resolve("blobs"))) {
            return files.filter(p -> p.toString().contains("sha256") && java.nio.file.Files.isRegularFile(p)).count();
        }
    }

    private static DatabaseLocation.PostgreSql schema(String url, String schema) {
        String user = System.getProperty(DATABASE_USER, "packyard");
        String password = System.getProperty(DATABASE_PASSWORD, "");
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            c.createStatement().execute("CREATE SCHEMA IF NOT EXISTS " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("The tests were asked to run on " + url + " but it cannot be used: "
                    + e.getMessage(), e);
        }
        return new DatabaseLocation.PostgreSql(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema, user,
                password);
    }

    private static BlobLocation.S3 bucket(String blobs, String prefix) {
        URI uri = URI.create(blobs);
        if (!"s3".equals(uri.getScheme())) {
            throw new IllegalArgumentException(BLOBS + " must be s3://BUCKET[/PREFIX], was " + blobs);
        }
        String base = uri.getPath() == null ? "" : uri.getPath().replaceAll("^/+|/+$", "");
        Optional<URI> endpoint = Optional.ofNullable(System.getProperty(S3_ENDPOINT)).map(URI::create);
        return new BlobLocation.S3(uri.getHost(), base.isEmpty() ? prefix : base + "/" + prefix, endpoint,
                Optional.of("us-east-1"), true);
    }

    private static String shortHash(String s) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
