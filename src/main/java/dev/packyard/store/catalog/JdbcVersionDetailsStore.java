package dev.packyard.store.catalog;

import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageDependency;
import dev.packyard.model.RepositoryId;
import dev.packyard.model.VersionDetails;
import dev.packyard.service.persistence.VersionDetailsStore;
import dev.packyard.store.db.Jdbc;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Details read from archives in {@code version_details} and {@code version_dependency}, keyed by the version's row. */
public final class JdbcVersionDetailsStore implements VersionDetailsStore {
    private static final String VERSION_ID = "SELECT v.id FROM package_version v JOIN package p ON p.id = v.package_id "
            + "JOIN repository r ON r.id = p.repository_id WHERE r.domain_owner = ? AND r.domain_name = ? AND r.name = ? "
            + "AND p.format = ? AND p.namespace = ? AND p.name = ? AND v.version = ?";

    private final Jdbc jdbc;

    public JdbcVersionDetailsStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Extracted> find(RepositoryId repository, PackageCoordinate coordinate, String version) {
        Object[] key = key(repository, coordinate, version);
        return jdbc.inConnection(c -> {
            List<Extracted> rows = jdbc.query(c, "SELECT source_sha256, summary, home_page, source_code_repository, "
                    + "licenses, readme FROM version_details WHERE version_id = (" + VERSION_ID + ")", rs -> new Extracted(
                    rs.getString(1), new VersionDetails(rs.getString(2), rs.getString(3), rs.getString(4),
                    JdbcPackageStore.fromJson(rs.getString(5)), rs.getString(6), List.of())), key);
            if (rows.isEmpty()) {
                return Optional.empty();
            }
            List<PackageDependency> dependencies = jdbc.query(c, "SELECT namespace, package_name, dependency_type, "
                    + "version_requirement FROM version_dependency WHERE version_id = (" + VERSION_ID + ") ORDER BY position",
                    rs -> new PackageDependency(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)), key);
            VersionDetails d = rows.get(0).details();
            return Optional.of(new Extracted(rows.get(0).sourceSha256(), new VersionDetails(d.summary(), d.homePage(),
                    d.sourceCodeRepository(), d.licenses(), d.readme(), dependencies)));
        });
    }

    @Override
    public void put(RepositoryId repository, PackageCoordinate coordinate, String version, Extracted extracted) {
        try {
            jdbc.inTransaction(c -> {
                List<Long> ids = jdbc.query(c, VERSION_ID, rs -> rs.getLong(1), key(repository, coordinate, version));
                if (!ids.isEmpty()) {
                    replace(c, ids.get(0), extracted);
                }
                return null;
            });
        } catch (RuntimeException e) {
            // Two first asks of one version read the same archive; the one that lost the race changes nothing.
            // SQL state class 23 is an integrity violation on H2 and PostgreSQL alike.
            if (!(rootCause(e) instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23"))) {
                throw e;
            }
        }
    }

    private void replace(Connection c, long id, Extracted extracted) throws SQLException {
        VersionDetails d = extracted.details();
        jdbc.update(c, "DELETE FROM version_details WHERE version_id = ?", id);
        jdbc.update(c, "INSERT INTO version_details (version_id, source_sha256, summary, home_page, source_code_repository, "
                        + "licenses, readme) VALUES (?, ?, ?, ?, ?, ?, ?)", id, extracted.sourceSha256(), fit(d.summary(), 4000),
                fit(d.homePage(), 2000), fit(d.sourceCodeRepository(), 2000), licenses(d), d.readme());
        int position = 0;
        for (PackageDependency dep : d.dependencies()) {
            jdbc.update(c, "INSERT INTO version_dependency (version_id, position, namespace, package_name, dependency_type, "
                            + "version_requirement) VALUES (?, ?, ?, ?, ?, ?)", id, position++,
                    dep.namespace() == null ? "" : fit(dep.namespace(), 255), fit(dep.packageName(), 255),
                    fit(dep.dependencyType(), 64), fit(dep.versionRequirement(), 1000));
        }
    }

    /** Licenses that would not fit their column are cut to the ones that do. */
    private static String licenses(VersionDetails d) {
        List<dev.packyard.model.VersionMetadata.License> licenses = d.licenses();
        String json = JdbcPackageStore.toJson(licenses);
        while (json != null && json.length() > 8000) {
            licenses = licenses.subList(0, licenses.size() - 1);
            json = JdbcPackageStore.toJson(licenses);
        }
        return json;
    }

    private static String fit(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    private static Object[] key(RepositoryId repository, PackageCoordinate c, String version) {
        return new Object[] {repository.domain().owner(), repository.domain().name(), repository.name(),
                c.format().wireName(), c.namespace() == null ? "" : c.namespace(), c.name(), version};
    }
}
