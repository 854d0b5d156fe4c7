package dev.packyard.bench;

import dev.packyard.app.Backend;
import dev.packyard.model.Asset;
import dev.packyard.model.HashAlgorithm;
import dev.packyard.model.OriginRestrictions;
import dev.packyard.model.OriginType;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageFormat;
import dev.packyard.service.packages.Revisions;
import dev.packyard.store.catalog.VersionSortKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A large catalogue in a real data directory: one domain "scale", one repository "everything" holding {@code packages} packages of {@code versionsPerPackage} versions each (npm, scoped npm, PyPI
 * and Maven mixed), every version with one asset record.
 *
 * <p>The domain and repository are created through the services; the packages, versions and asset records are
 * written by a bulk loader here with batched JDBC inserts of exactly the columns and value forms
 * {@code JdbcPackageStore.putPackage/insertVersion} writes (going through {@code PackageService.recordVersion} one
 * version at a time would take about an hour for a million versions). A marker file lets later runs reuse it.
 */
final class ScaleCatalog {
    static final String DOMAIN = "scale";
    static final String REPOSITORY = "everything";
    private static final String MARKER = "bench-catalog.txt";
    private static final int BATCH = 2_000;
    private static final Instant FIRST_PUBLISHED = Instant.parse("2020-01-01T00:00:00Z");

    final Path dataDir;
    final int packages;
    final int versionsPerPackage;

    ScaleCatalog(Path dataDir, int packages, int versionsPerPackage) {
        this.dataDir = dataDir.toAbsolutePath();
        this.packages = packages;
        this.versionsPerPackage = versionsPerPackage;
    }

    int versions() {
        return packages * versionsPerPackage;
    }

    /** Package number i: every fourth is plain npm, then scoped npm, Maven and PyPI, so pages cross formats. */
    static PackageCoordinate coordinate(int i) {
        String n = String.format("%07d", i);
        return switch (i % 4) {
            case 0 -> PackageCoordinate.of(PackageFormat.NPM, null, "pkg-" + n);
            case 1 -> PackageCoordinate.of(PackageFormat.NPM, "scope" + (i % 50), "lib-" + n);
            case 2 -> PackageCoordinate.of(PackageFormat.MAVEN, "org.example.group" + (i % 200), "artifact-" + n);
            default -> PackageCoordinate.of(PackageFormat.PYPI, null, "py-project-" + n);
        };
    }

    static String version(int v) {
        return "1." + v + ".0";
    }

    static String assetName(PackageCoordinate c, String version) {
        return switch (c.format()) {
            case NPM -> c.name() + "-" + version + ".tgz";
            case MAVEN -> c.name() + "-" + version + ".jar";
            default -> c.name().replace('-', '_') + "-" + version + "-py3-none-any.whl";
        };
    }

    /** Whether the data directory already holds this catalogue (so a run can skip generation). */
    boolean present() {
        Path marker = dataDir.resolve(MARKER);
        try {
            return Files.exists(marker) && Files.readString(marker).strip().equals(describe());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String describe() {
        return packages + " packages x " + versionsPerPackage + " versions";
    }

    /** Generates the catalogue unless present; returns the seconds spent (0 when reused). */
    double ensure() throws SQLException, IOException {
        if (present()) {
            return 0;
        }
        if (Files.exists(dataDir)) {
            try (Stream<Path> walk = Files.walk(dataDir)) {
                walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
            }
        }
        long start = System.nanoTime();
        long repositoryId;
        try (Backend backend = Backend.open(dataDir, "us-east-1", Clock.systemUTC())) {
            backend.catalog().domains().create(DOMAIN, null);
            backend.catalog().repositories().create(null, DOMAIN, REPOSITORY, "A million versions for the benchmarks", List.of());
        }
        try (Connection c = connect()) {
            repositoryId = repositoryId(c);
            load(c, repositoryId);
        }
        Files.writeString(dataDir.resolve(MARKER), describe() + "\n");
        return (System.nanoTime() - start) / 1e9;
    }

    /** A plain JDBC connection to the data directory's database (in this JVM it shares the open database). */
    Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("db").resolve("packyard")
                + ";DB_CLOSE_ON_EXIT=FALSE", "packyard", "");
    }

    private static long repositoryId(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM repository WHERE domain_name = ? AND name = ?")) {
            s.setString(1, DOMAIN);
            s.setString(2, REPOSITORY);
            var rs = s.executeQuery();
            rs.next();
            return rs.getLong(1);
        }
    }

    private void load(Connection c, long repositoryId) throws SQLException {
        c.setAutoCommit(false);
        OriginRestrictions restrictions = OriginRestrictions.forFirstArrival(OriginType.INTERNAL);
        long versionId = 0;
        try (PreparedStatement pkg = c.prepareStatement("INSERT INTO package (id, repository_id, format, namespace, name, "
                + "publish, upstream) VALUES (?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement ver = c.prepareStatement("INSERT INTO package_version (id, package_id, version, revision, "
                     + "status, origin_type, origin_repository, origin_connection, published_ms, display_name, summary, "
                     + "home_page, source_code_repository, licenses, version_sort) "
                     + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement asset = c.prepareStatement("INSERT INTO asset (version_id, name, size, sha256, sha1, md5, "
                     + "sha512) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            MessageDigest sha256 = digest();
            for (int p = 0; p < packages; p++) {
                long packageId = p + 1;
                PackageCoordinate coordinate = coordinate(p);
                pkg.setLong(1, packageId);
                pkg.setLong(2, repositoryId);
                pkg.setString(3, coordinate.format().wireName());
                pkg.setString(4, coordinate.namespace() == null ? "" : coordinate.namespace());
                pkg.setString(5, coordinate.name());
                pkg.setString(6, restrictions.publish().name());
                pkg.setString(7, restrictions.upstream().name());
                pkg.addBatch();
                for (int v = 0; v < versionsPerPackage; v++) {
                    versionId++;
                    String version = version(v);
                    String name = assetName(coordinate, version);
                    String hash = HexFormat.of().formatHex(sha256.digest((coordinate + "@" + version).getBytes(StandardCharsets.UTF_8)));
                    Asset a = new Asset(name, 10_000 + v, Map.of(HashAlgorithm.SHA256, hash));
                    long published = FIRST_PUBLISHED.toEpochMilli() + (long) p * 60_000 + v * 3_600_000L;
                    ver.setLong(1, versionId);
                    ver.setLong(2, packageId);
                    ver.setString(3, version);
                    ver.setString(4, Revisions.of(coordinate, version, List.of(a)));
                    ver.setString(5, "Published");
                    ver.setString(6, OriginType.INTERNAL.name());
                    ver.setString(7, REPOSITORY);
                    ver.setString(8, null);
                    ver.setLong(9, published);
                    ver.setString(10, null);
                    ver.setString(11, "Package " + coordinate.name() + " for the scale benchmark");
                    ver.setString(12, null);
                    ver.setString(13, null);
                    ver.setString(14, null);
                    ver.setString(15, VersionSortKey.of(coordinate.format(), version));
                    ver.addBatch();
                    asset.setLong(1, versionId);
                    asset.setString(2, name);
                    asset.setLong(3, a.size());
                    asset.setString(4, hash);
                    asset.setString(5, null);
                    asset.setString(6, null);
                    asset.setString(7, null);
                    asset.addBatch();
                }
                if ((p + 1) % (BATCH / versionsPerPackage + 1) == 0 || p == packages - 1) {
                    pkg.executeBatch();
                    ver.executeBatch();
                    asset.executeBatch();
                }
                if ((p + 1) % 10_000 == 0) {
                    c.commit();
                    System.out.printf("  generated %,d packages / %,d versions%n", p + 1, versionId);
                }
            }
            c.commit();
        }
        // The loader bypasses the store, so it also sets the domain's maintained asset size (V9): every asset record
        // above has its own content, of 10,000 + v bytes.
        long assetBytes = 0;
        for (int v = 0; v < versionsPerPackage; v++) {
            assetBytes += (long) packages * (10_000 + v);
        }
        try (PreparedStatement size = c.prepareStatement("UPDATE domain SET asset_size_bytes = ? WHERE name = ?")) {
            size.setLong(1, assetBytes);
            size.setString(2, DOMAIN);
            size.executeUpdate();
        }
        // The rows above carry explicit ids: move the identity columns past them so the store's own inserts still work.
        try (Statement s = c.createStatement()) {
            s.execute("ALTER TABLE package ALTER COLUMN id RESTART WITH " + (packages + 1));
            s.execute("ALTER TABLE package_version ALTER COLUMN id RESTART WITH " + (versionId + 1));
            s.execute("ANALYZE");
        }
        c.commit();
        c.setAutoCommit(true);
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Bytes the database files take on disk. */
    long databaseBytes() throws IOException {
        try (Stream<Path> files = Files.walk(dataDir.resolve("db"))) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
