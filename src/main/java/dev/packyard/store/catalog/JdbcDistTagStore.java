package dev.packyard.store.catalog;

import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.RepositoryId;
import dev.packyard.service.persistence.DistTagStore;
import dev.packyard.store.db.Jdbc;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** npm dist-tags in the {@code package_dist_tag} table, keyed by the package's row. */
public final class JdbcDistTagStore implements DistTagStore {
    private static final String PACKAGE_ID = "SELECT p.id FROM package p JOIN repository r ON r.id = p.repository_id "
            + "WHERE r.domain_owner = ? AND r.domain_name = ? AND r.name = ? AND p.format = ? AND p.namespace = ? AND p.name = ?";

    private final Jdbc jdbc;

    public JdbcDistTagStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, String> tags(RepositoryId repository, PackageCoordinate coordinate) {
        Map<String, String> tags = new LinkedHashMap<>();
        jdbc.query("SELECT tag, version FROM package_dist_tag WHERE package_id = (" + PACKAGE_ID + ") ORDER BY tag",
                rs -> Map.entry(rs.getString(1), rs.getString(2)), key(repository, coordinate))
                .forEach(e -> tags.put(e.getKey(), e.getValue()));
        return tags;
    }

    @Override
    public boolean put(RepositoryId repository, PackageCoordinate coordinate, String tag, String version) {
        return jdbc.inTransaction(c -> {
            List<Long> ids = jdbc.query(c, PACKAGE_ID, rs -> rs.getLong(1), key(repository, coordinate));
            if (ids.isEmpty()) {
                return false;
            }
            jdbc.update(c, jdbc.dialect().upsert("package_dist_tag", List.of("package_id", "tag", "version"),
                            List.of("package_id", "tag")),
                    ids.get(0), tag, version);
            return true;
        });
    }

    @Override
    public boolean remove(RepositoryId repository, PackageCoordinate coordinate, String tag) {
        Object[] key = key(repository, coordinate);
        Object[] params = new Object[key.length + 1];
        System.arraycopy(key, 0, params, 0, key.length);
        params[key.length] = tag;
        return jdbc.update("DELETE FROM package_dist_tag WHERE package_id = (" + PACKAGE_ID + ") AND tag = ?", params) > 0;
    }

    private static Object[] key(RepositoryId repository, PackageCoordinate c) {
        return new Object[] {repository.domain().owner(), repository.domain().name(), repository.name(),
                c.format().wireName(), c.namespace() == null ? "" : c.namespace(), c.name()};
    }
}
