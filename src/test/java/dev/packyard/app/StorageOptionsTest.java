package dev.packyard.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.packyard.store.settings.BlobLocation;
import dev.packyard.store.settings.DatabaseLocation;
import dev.packyard.store.settings.StorageSettings;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** serve's storage options as a user types them: what they select, and the one-line refusals. */
class StorageOptionsTest {
    @TempDir
    Path dir;

    @Test
    void withoutOptionsEverythingStaysInTheDataDirectory() {
        assertThat(parse().settings(Map.of())).isEqualTo(StorageSettings.embedded());
    }

    @Test
    void postgreSqlTakesThePasswordFromItsFileBeforeTheEnvironmentAndNeverShowsIt() throws Exception {
        Path file = Files.writeString(dir.resolve("pw"), "s3cret-from-file\nignored\n");
        StorageSettings fromFile = parse("--database", "jdbc:postgresql://db:5432/packyard", "--database-user", "team",
                "--database-password-file", file.toString()).settings(Map.of(StorageOptions.PASSWORD_VARIABLE, "env-secret"));
        DatabaseLocation.PostgreSql pg = (DatabaseLocation.PostgreSql) fromFile.database();
        assertThat(pg.password()).isEqualTo("s3cret-from-file");
        assertThat(pg.user()).isEqualTo("team");
        assertThat(fromFile.toString()).doesNotContain("s3cret");

        StorageSettings fromEnv = parse("--database", "jdbc:postgresql://db/packyard")
                .settings(Map.of(StorageOptions.PASSWORD_VARIABLE, "env-secret"));
        assertThat(((DatabaseLocation.PostgreSql) fromEnv.database()).password()).isEqualTo("env-secret");
    }

    @Test
    void aPasswordInTheUrlAndOtherDatabasesAreRefused() {
        assertThatThrownBy(() -> parse("--database", "jdbc:postgresql://db/p?password=x").settings(Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--database-password-file")
                .hasMessageNotContaining("password=x");
        assertThatThrownBy(() -> parse("--database", "jdbc:mysql://db/p").settings(Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("jdbc:postgresql://");
    }

    @Test
    void blobLocationsAreABucketWithPrefixAFileUrlOrAPath() {
        StorageSettings s3 = parse("--blobs", "s3://packages/team/cache", "--s3-endpoint", "http://127.0.0.1:9000",
                "--s3-region", "eu-west-1", "--s3-path-style").settings(Map.of());
        assertThat(s3.blobs()).isEqualTo(new BlobLocation.S3("packages", "team/cache",
                Optional.of(URI.create("http://127.0.0.1:9000")), Optional.of("eu-west-1"), true));
        assertThat(parse("--blobs", "file:/mnt/shared").settings(Map.of()).blobs())
                .isEqualTo(new BlobLocation.Directory(Path.of("/mnt/shared")));
        assertThat(parse("--blobs", "/mnt/other").settings(Map.of()).blobs())
                .isEqualTo(new BlobLocation.Directory(Path.of("/mnt/other")));
    }

    @Test
    void s3OptionsWithoutABucketAndUnknownSchemesAreRefused() {
        assertThatThrownBy(() -> parse("--s3-endpoint", "http://127.0.0.1:9000").settings(Map.of()))
                .hasMessageContaining("need --blobs s3://BUCKET");
        assertThatThrownBy(() -> parse("--blobs", "gs://bucket").settings(Map.of()))
                .hasMessageContaining("use s3://BUCKET[/PREFIX], file:/PATH or a path");
        assertThatThrownBy(() -> parse("--blobs", "s3://bucket", "--s3-endpoint", "ftp://x").settings(Map.of()))
                .hasMessageContaining("must be an http:// or https:// URL");
    }

    private static StorageOptions parse(String... args) {
        StorageOptions options = new StorageOptions();
        new CommandLine(options).parseArgs(args);
        return options;
    }
}
