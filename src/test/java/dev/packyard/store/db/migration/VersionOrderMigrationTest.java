package dev.packyard.store.db.migration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.packyard.app.Backend;
import dev.packyard.model.Asset;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageFormat;
import dev.packyard.model.PackageVersion;
import dev.packyard.model.PackageVersionOrigin;
import dev.packyard.model.PackageVersionStatus;
import dev.packyard.model.Page;
import dev.packyard.model.Repository;
import dev.packyard.model.VersionMetadata;
import dev.packyard.service.packages.NewVersion;
import dev.packyard.service.packages.PackageRef;
import dev.packyard.testing.MutableClock;
import dev.packyard.testing.TestBackends;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data directory written by the release before V10_60: schema up to V9, V8 recorded under its old class name
 * {@code db.migration.V8__version_sort_key}, and every version's sort key as that release wrote it (digit runs
 * padded, so a pre-release after its release). Opening it with this release recomputes the keys, and every
 * listing, read page by page as list-package-versions reads it, comes in the format's own order, with versions
 * published after the upgrade in their places among the migrated ones.
 */
class VersionOrderMigrationTest {
    private static final String OWNER = "111122223333";
    private static final Map<PackageCoordinate, List<String>> ASCENDING = new LinkedHashMap<>();
    /** Per package, one version of {@link #ASCENDING} that the previous release did not have: published after opening. */
    private static final List<String> PUBLISHED_AFTER = List.of("1.0.0-beta.2", "1.0rc1", "1.0-SNAPSHOT", "1.0.0-beta.11",
            "1.0.rc2", "1.0.0-rc.1");

    static {
        ASCENDING.put(PackageCoordinate.of(PackageFormat.NPM, null, "chalk"), List.of("1.0.0-alpha", "1.0.0-alpha.1",
                "1.0.0-alpha.beta", "1.0.0-beta", "1.0.0-beta.2", "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0", "1.9.0-beta.2", "1.9.0",
                "1.10.0"));
        ASCENDING.put(PackageCoordinate.of(PackageFormat.PYPI, null, "requests"), List.of("1.0.dev456", "1.0a1", "1.0a2.dev456",
                "1.0b2.post345", "1.0rc1", "1.0", "1.0+abc.5", "1.0.post456.dev34", "1.0.post456", "1.0.15", "1!0.1"));
        ASCENDING.put(PackageCoordinate.of(PackageFormat.MAVEN, "org.example", "lib"), List.of("1.0-alpha-1", "1.0-beta-2",
                "1.0-rc-1", "1.0-SNAPSHOT", "1.0", "1.0-sp-1", "1.0.1", "1.9", "1.10", "2.0.0.RC2", "2.0.0.Final"));
        ASCENDING.put(PackageCoordinate.of(PackageFormat.NUGET, null, "Newtonsoft.Json"), List.of("1.0.0-alpha", "1.0.0-Beta.2",
                "1.0.0-beta.11", "1.0.0", "1.0.0.1", "1.0.1"));
        ASCENDING.put(PackageCoordinate.of(PackageFormat.RUBY, null, "rails"), List.of("1.0.a", "1.0.b1", "1.0.rc2", "1.0",
                "1.0.1", "1.10"));
        ASCENDING.put(PackageCoordinate.of(PackageFormat.CARGO, null, "serde"), List.of("0.9.0", "1.0.0-rc.1", "1.0.0",
                "1.0.1-beta.2", "1.0.1"));
    }

    @TempDir
    Path tempDir;

    @Test
    void aDataDirectoryFromThePreviousReleaseOpensWithEveryListingInTheFormatsOrder() throws Exception {
        Path databaseDirectory = tempDir.resolve("data").resolve("db");
        Files.createDirectories(databaseDirectory);
        writePreviousRelease("jdbc:h2:file:" + databaseDirectory.resolve("packyard"));

        MutableClock clock = MutableClock.startingAt("2026-12-01T10:00:00Z");
        try (Backend backend = TestBackends.open(tempDir, clock)) {
            Repository libs = backend.catalog().repositories().describe(OWNER, "acme", "libs");
            for (PackageCoordinate coordinate : ASCENDING.keySet()) {
                publish(backend, clock, libs, coordinate, publishedAfter(coordinate));
            }
            ASCENDING.forEach((coordinate, ascending) ->
                    assertThat(listInPages(backend, new PackageRef(libs, coordinate))).as(coordinate.displayName())
                            .containsExactlyElementsOf(ascending));
        }
    }

    private static String publishedAfter(PackageCoordinate coordinate) {
        return PUBLISHED_AFTER.get(new ArrayList<>(ASCENDING.keySet()).indexOf(coordinate));
    }

    private static void publish(Backend backend, MutableClock clock, Repository repository, PackageCoordinate coordinate,
                                String version) throws IOException {
        Asset asset = backend.storage().blobs().put(repository.domain(), coordinate.name() + "-" + version + ".bin",
                new ByteArrayInputStream(version.getBytes(StandardCharsets.UTF_8)), null);
        backend.catalog().packages().recordVersion(new NewVersion(repository.id(), coordinate, version, PackageVersionStatus.Published,
                PackageVersionOrigin.internal(repository.name()), clock.instant(), VersionMetadata.EMPTY, List.of(asset)));
    }

    private static List<String> listInPages(Backend backend, PackageRef ref) {
        List<String> versions = new ArrayList<>();
        Optional<String> token = Optional.empty();
        do {
            Page<PackageVersion> page = backend.catalog().versions().list(ref, null, null, null, 3, token.orElse(null)).page();
            page.items().forEach(v -> versions.add(v.version()));
            token = page.nextToken();
        } while (token.isPresent());
        return versions;
    }

    /** The schema the previous release left (V1 to V9), with rows inserted as that release inserted them. */
    private static void writePreviousRelease(String url) throws Exception {
        Flyway.configure().dataSource(url, "packyard", "")
                .locations(dev.packyard.store.db.SqlDialect.H2.migrationLocations())
                .target("9").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "packyard", "");
             Statement s = c.createStatement()) {
            s.execute("UPDATE \"flyway_schema_history\" SET \"script\" = 'db.migration.V8__version_sort_key' WHERE \"version\" = '8'");
            s.execute("INSERT INTO setting (name, setting_value) VALUES ('account-id', '" + OWNER + "')");
            s.execute("INSERT INTO domain (owner, name, created_ms, status) VALUES ('" + OWNER + "', 'acme', 0, 'Active')");
            s.execute("INSERT INTO repository (domain_owner, domain_name, name, administrator_account, description, created_ms) "
                    + "VALUES ('" + OWNER + "', 'acme', 'libs', '" + OWNER + "', '', 0)");
            long repositoryId = single(s, "SELECT id FROM repository");
            Random random = new Random(3);
            for (Map.Entry<PackageCoordinate, List<String>> e : ASCENDING.entrySet()) {
                PackageCoordinate coordinate = e.getKey();
                s.execute("INSERT INTO package (repository_id, format, namespace, name, publish, upstream) VALUES (" + repositoryId
                        + ", '" + coordinate.format().wireName() + "', '" + (coordinate.namespace() == null ? "" : coordinate.namespace())
                        + "', '" + coordinate.name() + "', 'ALLOW', 'ALLOW')");
                long packageId = single(s, "SELECT MAX(id) FROM package");
                List<String> shuffled = new ArrayList<>(e.getValue());
                shuffled.remove(publishedAfter(coordinate));
                Collections.shuffle(shuffled, random);
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO package_version (package_id, version, version_sort, "
                        + "revision, status, origin_type, origin_repository, published_ms) VALUES (?, ?, ?, ?, 'Published', 'INTERNAL', "
                        + "'libs', ?)")) {
                    for (String version : shuffled) {
                        insert.setLong(1, packageId);
                        insert.setString(2, version);
                        insert.setString(3, V8__version_sort_key.naturalKey(version));
                        insert.setString(4, "r-" + version);
                        insert.setLong(5, 1_700_000_000_000L);
                        insert.executeUpdate();
                    }
                }
            }
        }
    }

    private static long single(Statement s, String query) throws Exception {
        try (ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
