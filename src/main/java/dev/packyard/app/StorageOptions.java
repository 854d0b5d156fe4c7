package dev.packyard.app;

import dev.packyard.store.settings.BlobLocation;
import dev.packyard.store.settings.DatabaseLocation;
import dev.packyard.store.settings.StorageSettings;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * serve's options for a team server's storage: the catalogue on PostgreSQL, the blobs in an S3-compatible bucket or a
 * shared folder. Without them everything stays in the data directory. The database password is never taken from the
 * command line (other users can read it there), only from a file or the environment.
 */
final class StorageOptions {
    static final String PASSWORD_VARIABLE = "PACKYARD_DATABASE_PASSWORD";

    @Option(names = "--database", paramLabel = "JDBC_URL",
            description = {"Keep the catalogue in PostgreSQL instead of the data directory's embedded database, e.g. "
                    + "jdbc:postgresql://db.example.com:5432/packyard. The database must sort by byte order "
                    + "(createdb --locale=C --encoding=UTF8 --template=template0); its schema is migrated on start."})
    String database;

    @Option(names = "--database-user", paramLabel = "USER", description = "PostgreSQL user (default: the system user's name).")
    String databaseUser;

    @Option(names = "--database-password-file", paramLabel = "FILE",
            description = "A file holding the PostgreSQL password (its first line); otherwise the environment variable "
                    + PASSWORD_VARIABLE + " is used, if set.")
    Path databasePasswordFile;

    @Option(names = "--blobs", paramLabel = "LOCATION",
            description = {"Where package files are kept (default: the data directory's blobs folder): "
                    + "s3://BUCKET[/PREFIX] for an S3-compatible store (credentials from the AWS SDK's default chain: "
                    + "AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, a profile, an instance role), or file:/PATH or a plain "
                    + "path for a folder such as a shared file system."})
    String blobs;

    @Option(names = "--s3-endpoint", paramLabel = "URL",
            description = "Endpoint of an S3-compatible store other than AWS S3 (MinIO, Ceph, S3Mock), e.g. http://127.0.0.1:9000.")
    URI s3Endpoint;

    @Option(names = "--s3-region", paramLabel = "REGION",
            description = "Region of the bucket (default: the AWS SDK's, or us-east-1 with --s3-endpoint).")
    String s3Region;

    @Option(names = "--s3-path-style", description = "Address the bucket in the path (http://HOST/BUCKET/KEY), as most "
            + "S3-compatible stores need, rather than as a host name.")
    boolean s3PathStyle;

    /** The settings these options name; a mistake is an {@link IllegalArgumentException} with a one-line reason. */
    StorageSettings settings(Map<String, String> environment) {
        StorageSettings storage = StorageSettings.embedded();
        if (database != null) {
            storage = storage.withDatabase(new DatabaseLocation.PostgreSql(database, databaseUser, password(environment)));
        } else if (databaseUser != null || databasePasswordFile != null) {
            throw new IllegalArgumentException("--database-user and --database-password-file need --database");
        }
        if (blobs != null) {
            storage = storage.withBlobs(blobLocation(blobs));
        }
        if (!(storage.blobs() instanceof BlobLocation.S3) && (s3Endpoint != null || s3Region != null || s3PathStyle)) {
            throw new IllegalArgumentException("--s3-endpoint, --s3-region and --s3-path-style need --blobs s3://BUCKET");
        }
        return storage;
    }

    private String password(Map<String, String> environment) {
        if (databasePasswordFile != null) {
            try {
                return Files.readAllLines(databasePasswordFile, StandardCharsets.UTF_8).stream().findFirst().orElse("");
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read --database-password-file " + databasePasswordFile + ": "
                        + e.getMessage());
            }
        }
        return environment.get(PASSWORD_VARIABLE);
    }

    private BlobLocation blobLocation(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.startsWith("s3://")) {
            URI uri;
            try {
                uri = new URI(value);
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("--blobs '" + value + "' is not s3://BUCKET[/PREFIX]: " + e.getReason());
            }
            if (uri.getHost() == null) {
                throw new IllegalArgumentException("--blobs '" + value + "' names no bucket; use s3://BUCKET[/PREFIX]");
            }
            if (s3Endpoint != null && !(s3Endpoint.getScheme() != null && s3Endpoint.getScheme().matches("https?")
                    && s3Endpoint.getHost() != null)) {
                throw new IllegalArgumentException("--s3-endpoint '" + s3Endpoint + "' must be an http:// or https:// URL");
            }
            return new BlobLocation.S3(uri.getHost(), uri.getPath(), Optional.ofNullable(s3Endpoint),
                    Optional.ofNullable(s3Region), s3PathStyle);
        }
        if (lower.startsWith("file:")) {
            try {
                return new BlobLocation.Directory(Path.of(new URI(value)));
            } catch (URISyntaxException | IllegalArgumentException e) {
                throw new IllegalArgumentException("--blobs '" + value + "' is not a file: URL; use file:/PATH");
            }
        }
        if (lower.matches("[a-z][a-z0-9+.-]*://.*")) {
            throw new IllegalArgumentException("--blobs '" + value + "': use s3://BUCKET[/PREFIX], file:/PATH or a path");
        }
        return new BlobLocation.Directory(Path.of(value).toAbsolutePath());
    }
}
