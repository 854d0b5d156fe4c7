package dev.packyard.application.fetch;

import dev.packyard.app.InstalledFormats;
import dev.packyard.model.PackageFormat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.packyard.demo.DemoEndpoints;
import dev.packyard.demo.DemoRegistry;
import dev.packyard.model.ExternalConnection;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.testing.MutableClock;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A version fetched through the demo npm registry grows describe-domain's asset size once it is persisted. */
class FetchedContentDomainSizeTest {
    private static final PackageCoordinate LEAF = FetchEngineFixture.npm("tree-leaf");

    @TempDir
    Path dir;
    private DemoRegistry demo;
    private FetchEngineFixture f;

    @BeforeEach
    void start() {
        MutableClock clock = MutableClock.startingAt("2026-11-01T10:00:00Z");
        demo = new DemoRegistry(clock, InstalledFormats.formats().demoStandIns());
        DemoEndpoints urls = demo.start(0);
        f = new FetchEngineFixture(dir, clock, Map.of(ExternalConnection.NPMJS, urls.baseFor(PackageFormat.NPM).toString(),
                ExternalConnection.MAVEN_CENTRAL, urls.baseFor(PackageFormat.MAVEN).toString()));
        f.createTopology();
    }

    @AfterEach
    void stop() {
        f.close();
        demo.close();
    }

    @Test
    void aFetchedTarballCountsOnceThoughTwoRepositoriesRetainIt() throws Exception {
        int tarball = f.download("app", LEAF, "1.2.0", "tree-leaf-1.2.0.tgz").bytes().length;
        assertThat(describedSize()).as("not persisted yet").isZero();

        f.advance(Duration.ofMinutes(3));

        assertThat(f.listedVersions("app", LEAF)).containsExactly("1.2.0");
        assertThat(f.listedVersions("npm-store", LEAF)).containsExactly("1.2.0");
        assertThat(describedSize()).isEqualTo(tarball).isEqualTo(fullScan());

        f.download("team", LEAF, "1.2.0", "tree-leaf-1.2.0.tgz");
        f.awaitIdle();
        assertThat(describedSize()).isEqualTo(tarball).isEqualTo(fullScan());

        f.restart();
        assertThat(describedSize()).isEqualTo(tarball);
    }

    private long describedSize() {
        return f.backend.catalog().domains().describe(null, "acme").assetSizeBytes();
    }

    /** The query describe-domain used to run on every call. */
    private long fullScan() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + f.backend.dataDirectory().resolve("db")
                .resolve("packyard") + ";DB_CLOSE_ON_EXIT=FALSE", "packyard", "");
             PreparedStatement ps = c.prepareStatement("SELECT COALESCE(SUM(size), 0) FROM (SELECT DISTINCT a.sha256, a.size "
                     + "FROM asset a JOIN package_version v ON v.id = a.version_id JOIN package p ON p.id = v.package_id "
                     + "JOIN repository r ON r.id = p.repository_id WHERE r.domain_owner = ? AND r.domain_name = ?)")) {
            ps.setString(1, f.backend.account().accountId());
            ps.setString(2, "acme");
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
