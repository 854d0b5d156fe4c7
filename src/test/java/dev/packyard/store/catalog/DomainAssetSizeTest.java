package dev.packyard.store.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageFormat;
import dev.packyard.model.PackageVersionOrigin;
import dev.packyard.model.PackageVersionStatus;
import dev.packyard.model.Repository;
import dev.packyard.application.publish.GenericPublisher;
import dev.packyard.testing.TestPublishing;
import dev.packyard.service.packages.PackageRef;
import dev.packyard.testing.BackendTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * describe-domain's asset size is a figure kept with the asset records (V9). Whatever happens to the assets, it must be
 * what the full scan it replaced would say: the sizes of the distinct (sha256, size) contents of the domain, summed.
 * That query is kept here as the oracle.
 */
class DomainAssetSizeTest extends BackendTest {
    private static final String FULL_SCAN = """
            SELECT COALESCE(SUM(size), 0) FROM (
              SELECT DISTINCT a.sha256, a.size FROM asset a
              JOIN package_version v ON v.id = a.version_id
              JOIN package p ON p.id = v.package_id
              JOIN repository r ON r.id = p.repository_id
              WHERE r.domain_owner = ? AND r.domain_name = ?)
            """;
    private final PackageCoordinate chalk = PackageCoordinate.of(PackageFormat.NPM, null, "chalk");
    private final PackageCoordinate lodash = PackageCoordinate.of(PackageFormat.NPM, null, "lodash");
    private Repository libs;
    private Repository team;

    @BeforeEach
    void domains() {
        backend.catalog().domains().create("acme", null);
        backend.catalog().domains().create("other", null);
        libs = backend.catalog().repositories().create(null, "acme", "libs", null, null);
        team = backend.catalog().repositories().create(null, "acme", "team", null, null);
        backend.catalog().repositories().create(null, "other", "elsewhere", null, null);
    }

    @Test
    void anEmptyDomainHoldsNothing() throws Exception {
        assertSize("acme", 0);
    }

    @Test
    void publishingCountsEachContentOnceWhereverItIs() throws Exception {
        publish(libs, chalk, "1.0.0", "one");
        assertSize("acme", 3);
        publish(libs, chalk, "2.0.0", "second");
        assertSize("acme", 9);
        publish(team, lodash, "1.0.0", "one");
        assertSize("acme", 9);
        Repository elsewhere = backend.catalog().repositories().describe(null, "other", "elsewhere");
        publish(elsewhere, chalk, "1.0.0", "one");
        assertSize("acme", 9);
        assertSize("other", 3);
    }

    @Test
    void fetchedVersionsRetainedInTwoRepositoriesCountOnce() throws Exception {
        PackageVersionOrigin external = new PackageVersionOrigin(dev.packyard.model.OriginType.EXTERNAL, null, "public:npmjs");
        record(libs, lodash, "4.17.21", "fetched bytes", external, PackageVersionStatus.Published);
        record(team, lodash, "4.17.21", "fetched bytes", external, PackageVersionStatus.Published);
        assertSize("acme", 13);
    }

    @Test
    void copyingAVersionAddsNothingAndDeletingOneCopyKeepsTheContent() throws Exception {
        publish(libs, chalk, "1.0.0", "one");
        publish(libs, chalk, "2.0.0", "second");
        backend.catalog().copier().copy(null, "acme", "libs", "team", "npm", null, "chalk", List.of("1.0.0", "2.0.0"), null, false, false);
        assertSize("acme", 9);

        backend.catalog().versions().delete(ref("libs", chalk), List.of("1.0.0"), null);
        assertSize("acme", 9);
        backend.catalog().versions().delete(ref("team", chalk), List.of("1.0.0"), null);
        assertSize("acme", 6);
    }

    @Test
    void disposingReleasesOnlyContentNoOtherVersionHolds() throws Exception {
        publish(libs, chalk, "1.0.0", "shared");
        publish(libs, lodash, "1.0.0", "shared");
        publish(libs, lodash, "2.0.0", "own");
        assertSize("acme", 9);

        backend.catalog().versions().dispose(ref("libs", chalk), List.of("1.0.0"), null, null);
        assertSize("acme", 9);
        backend.catalog().versions().dispose(ref("libs", lodash), List.of("1.0.0", "2.0.0"), null, null);
        assertSize("acme", 0);
        backend.catalog().versions().delete(ref("libs", lodash), List.of("1.0.0"), "Disposed");
        assertSize("acme", 0);
    }

    @Test
    void addingAssetsToAVersionCountsTheNewContents() throws Exception {
        GenericPublisher publisher = TestPublishing.generic(backend);
        publishGeneric(publisher, "tool.bin", "binary", true);
        assertSize("acme", 6);
        publishGeneric(publisher, "tool.sig", "sig", true);
        publishGeneric(publisher, "copy-of-tool.bin", "binary", false);
        assertSize("acme", 9);
    }

    @Test
    void deletingPackagesAndRepositoriesReleasesWhatOnlyTheyHeld() throws Exception {
        publish(libs, chalk, "1.0.0", "one");
        publish(libs, chalk, "2.0.0", "second");
        publish(team, lodash, "1.0.0", "one");
        publish(team, lodash, "2.0.0", "team only");

        backend.catalog().packages().delete(null, "acme", "libs", "npm", null, "chalk");
        assertSize("acme", 12);
        publish(libs, chalk, "3.0.0", "third");
        assertSize("acme", 17);
        backend.catalog().repositories().delete(null, "acme", "team");
        assertSize("acme", 5);
        backend.catalog().repositories().delete(null, "acme", "libs");
        assertSize("acme", 0);
    }

    @Test
    void theFigureSurvivesARestart() throws Exception {
        publish(libs, chalk, "1.0.0", "one");
        publish(team, lodash, "1.0.0", "two");
        reopen();
        assertSize("acme", 6);
        publish(libs, chalk, "2.0.0", "one");
        assertSize("acme", 6);
    }

    /** A data directory written before V9 gets the figure computed from the asset records already there. */
    @Test
    void theMigrationStartsFromTheAssetsAlreadyRecorded() throws Exception {
        publish(libs, chalk, "1.0.0", "one");
        publish(libs, chalk, "2.0.0", "second");
        publish(team, lodash, "1.0.0", "one");
        Repository elsewhere = backend.catalog().repositories().describe(null, "other", "elsewhere");
        publish(elsewhere, chalk, "1.0.0", "elsewhere");
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("ALTER TABLE domain DROP COLUMN asset_size_bytes");
            s.execute("DROP INDEX package_by_name");
            // The migrations after V9 go too, or Flyway would see V9 as applied out of order.
            s.execute("DROP TABLE package_dist_tag");
            s.execute("DROP TABLE package_group_allowed_repository");
            s.execute("DROP TABLE package_group");
            s.execute("DELETE FROM \"flyway_schema_history\" WHERE \"installed_rank\" >= "
                    + "(SELECT \"installed_rank\" FROM \"flyway_schema_history\" WHERE \"version\" = '9')");
        }
        reopen();
        assertSize("acme", 9);
        assertSize("other", 9);
    }

    private void publishGeneric(GenericPublisher publisher, String asset, String content, boolean unfinished) throws Exception {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        publisher.publish(new GenericPublisher.Request(null, "acme", "libs", "generic", "tools", "tool", "1.0.0", asset,
                unfinished, sha), new ByteArrayInputStream(bytes));
    }

    private PackageRef ref(String repository, PackageCoordinate c) {
        return backend.catalog().locator().locate(null, "acme", repository, c.format().wireName(), c.namespace(), c.name());
    }

    private void assertSize(String domain, long expected) throws SQLException {
        long described = backend.catalog().domains().describe(null, domain).assetSizeBytes();
        assertThat(described).as("describe-domain's asset size of " + domain).isEqualTo(fullScan(domain));
        assertThat(described).isEqualTo(expected);
    }

    private long fullScan(String domain) throws SQLException {
        try (Connection c = connect(); var ps = c.prepareStatement(FULL_SCAN)) {
            ps.setString(1, account());
            ps.setString(2, domain);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + backend.dataDirectory().resolve("db").resolve("packyard")
                + ";DB_CLOSE_ON_EXIT=FALSE", "packyard", "");
    }
}
