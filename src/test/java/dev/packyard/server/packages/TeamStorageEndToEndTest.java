package dev.packyard.server.packages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.packyard.demo.ClientProcess;
import dev.packyard.store.blobs.BlobStores;
import dev.packyard.store.settings.BlobLocation;
import dev.packyard.store.settings.DatabaseLocation;
import dev.packyard.store.settings.StorageSettings;
import dev.packyard.testing.TestStorage;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.codeartifact.CodeartifactClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * A real {@code serve --demo} on PostgreSQL and an S3-compatible bucket (the team-storage pass of {@code .ci/run}):
 * the real npm installs the demo's packages through it, the catalogue rows are in PostgreSQL, the tarballs in the
 * bucket under their SHA-256, and the data directory's own database and blob folders stay empty.
 */
@EnabledIfSystemProperty(named = TestStorage.DATABASE, matches = "jdbc:postgresql:.+")
@EnabledIfSystemProperty(named = TestStorage.BLOBS, matches = "s3://.+")
class TeamStorageEndToEndTest {
    private static final Duration CLIENT_TIMEOUT = Duration.ofMinutes(4);

    @TempDir
    Path work;

    @Test
    void npmInstallsTheDemoThroughAServeOnPostgreSqlAndS3() throws Exception {
        assertTrue(ClientProcess.onPath("npm").isPresent(), "npm is not on the PATH (CI installs it: see .ci/run)");
        Path data = work.resolve("data");
        StorageSettings storage = TestStorage.forDirectory(data);
        DatabaseLocation.PostgreSql database = (DatabaseLocation.PostgreSql) storage.database();
        BlobLocation.S3 bucket = (BlobLocation.S3) storage.blobs();
        Path passwordFile = Files.writeString(work.resolve("db-password"), database.password() + "\n");
        Files.setPosixFilePermissions(passwordFile, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        List<String> options = new ArrayList<>(List.of("--demo", "--timing", "immediate",
                "--database", database.jdbcUrl(), "--database-user", database.user(),
                "--database-password-file", passwordFile.toString(),
                "--blobs", "s3://" + bucket.bucket() + "/" + bucket.prefix(), "--s3-region", "us-east-1", "--s3-path-style"));
        bucket.endpoint().ifPresent(e -> options.addAll(List.of("--s3-endpoint", e.toString())));

        // The child finds the bucket's credentials through the SDK's default chain, as a deployed serve would.
        List<String> jvm = Stream.of("aws.accessKeyId", "aws.secretAccessKey")
                .filter(p -> System.getProperty(p) != null).map(p -> "-D" + p + "=" + System.getProperty(p)).toList();
        try (ServeChild serve = ServeChild.start(data, jvm, options.toArray(String[]::new));
             CodeartifactClient api = CodeartifactClient.builder().endpointOverride(URI.create(serve.url()))
                     .region(Region.US_EAST_1).httpClient(UrlConnectionHttpClient.create())
                     .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDPACKYARDTEST", "dummy")))
                     .build()) {
            String token = api.getAuthorizationToken(r -> r.domain("demo")).authorizationToken();
            String owner = api.describeDomain(r -> r.domain("demo")).domain().owner();
            String registry = serve.url() + "/d/demo/" + owner + "/npm/app/";
            Path project = Files.createDirectories(work.resolve("project"));
            String authKey = registry.replaceFirst("^http:", "");
            Path npmrc = Files.writeString(project.resolve("user.npmrc"),
                    "registry=" + registry + "\n" + authKey + ":_authToken=" + token + "\n");
            Files.writeString(project.resolve("package.json"), "{\"name\":\"consumer\",\"version\":\"1.0.0\",\"private\":true}\n");
            Map<String, String> env = new HashMap<>(Map.of("HOME", project.toString(), "npm_config_userconfig", npmrc.toString(),
                    "npm_config_globalconfig", Files.writeString(project.resolve("global.npmrc"), "").toString(),
                    "npm_config_cache", project.resolve("npm-cache").toString()));

            ClientProcess.Result install = ClientProcess.run(Stream.of("npm", "install", "--no-audit", "--no-fund",
                    "--no-update-notifier", "@demo/greeter", "tree-top").toList(), project, List.of("npm_config_"), env,
                    CLIENT_TIMEOUT);

            assertThat(install.exitCode()).as(install.tail()).isZero();
            for (String name : List.of("@demo/greeter", "tree-top", "tree-middle", "tree-leaf")) {
                assertThat(project.resolve("node_modules").resolve(name).resolve("package.json")).as(name).isRegularFile();
            }
            assertThat(eventually(() -> catalogueRows(database, "SELECT count(*) FROM package p JOIN repository r "
                    + "ON r.id = p.repository_id WHERE r.name = 'app' "
                    + "AND p.name IN ('greeter', 'tree-top', 'tree-middle', 'tree-leaf')"), 4))
                    .as("packages retained in the PostgreSQL catalogue").isEqualTo(4);
            List<String> assetHashes = new ArrayList<>();
            try (Connection c = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
                 ResultSet rs = c.createStatement().executeQuery("SELECT DISTINCT sha256 FROM asset")) {
                while (rs.next()) {
                    assetHashes.add(rs.getString(1));
                }
            }
            assertThat(assetHashes).hasSizeGreaterThanOrEqualTo(4);
            try (S3Client s3 = BlobStores.client(bucket)) {
                List<String> keys = s3.listObjectsV2Paginator(b -> b.bucket(bucket.bucket()).prefix(bucket.prefix() + "/"))
                        .contents().stream().map(S3Object::key).toList();
                assertThat(keys).as("every asset's blob is in the bucket under its SHA-256")
                        .allSatisfy(k -> assertThat(k).startsWith(bucket.prefix() + "/" + owner + "/demo/sha256/"));
                assertThat(keys.stream().map(k -> k.substring(k.lastIndexOf('/') + 1)).toList())
                        .containsAll(assetHashes);
            }
        }
        for (String unused : List.of("db", "blobs")) {
            try (Stream<Path> files = Files.walk(data.resolve(unused))) {
                assertThat(files.filter(Files::isRegularFile)).as("files in the data directory's " + unused + " folder")
                        .isEmpty();
            }
        }
    }

    /** Fetched versions are persisted in the background, which --timing immediate makes quick but not instant. */
    private static long eventually(java.util.concurrent.Callable<Long> count, long expected) throws Exception {
        for (int attempt = 0; attempt < 60; attempt++) {
            long found = count.call();
            if (found >= expected) {
                return found;
            }
            Thread.sleep(500);
        }
        return count.call();
    }

    private static long catalogueRows(DatabaseLocation.PostgreSql database, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
             ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
