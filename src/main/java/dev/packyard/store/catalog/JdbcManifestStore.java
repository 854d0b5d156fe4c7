package dev.packyard.store.catalog;

import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.RepositoryId;
import dev.packyard.service.persistence.ManifestStore;
import dev.packyard.store.db.Jdbc;
import java.util.Optional;

/** Version manifests in the {@code version_manifest} table, keyed by the version's row. */
public final class JdbcManifestStore implements ManifestStore {
    private static final String VERSION_ID = "SELECT v.id FROM package_version v JOIN package p ON p.id = v.package_id "
            + "JOIN repository r ON r.id = p.repository_id WHERE r.domain_owner = ? AND r.domain_name = ? AND r.name = ? "
            + "AND p.format = ? AND p.namespace = ? AND p.name = ? AND v.version = ?";

    private final Jdbc jdbc;

    public JdbcManifestStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void put(RepositoryId repository, PackageCoordinate coordinate, String version, String manifestJson) {
        jdbc.inTransaction(c -> {
            Object[] key = key(repository, coordinate, version);
            java.util.List<Long> ids = jdbc.query(c, VERSION_ID, rs -> rs.getLong(1), key);
            if (ids.isEmpty()) {
                throw new IllegalStateException("No version " + version + " of " + coordinate + " in " + repository);
            }
            jdbc.update(c, "DELETE FROM version_manifest WHERE version_id = ?", ids.get(0));
            jdbc.update(c, "INSERT INTO version_manifest (version_id, manifest) VALUES (?, ?)", ids.get(0), manifestJson);
            return null;
        });
    }

    @Override
    public Optional<String> find(RepositoryId repository, PackageCoordinate coordinate, String version) {
        return jdbc.queryOne("SELECT manifest FROM version_manifest WHERE version_id = (" + VERSION_ID + ")",
                rs -> rs.getString(1), key(repository, coordinate, version));
    }

    private static Object[] key(RepositoryId repository, PackageCoordinate c, String version) {
        return new Object[] {repository.domain().owner(), repository.domain().name(), repository.name(),
                c.format().wireName(), c.namespace() == null ? "" : c.namespace(), c.name(), version};
    }
}
