package dev.packyard.store.catalog;

import dev.packyard.model.DomainId;
import dev.packyard.model.ExternalConnection;
import dev.packyard.model.Repository;
import dev.packyard.model.RepositoryId;
import dev.packyard.service.persistence.RepositoryStore;
import dev.packyard.store.db.Jdbc;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public final class JdbcRepositoryStore implements RepositoryStore {
    private static final String COLUMNS =
            "id, domain_owner, domain_name, name, administrator_account, description, external_connection, created_ms";
    private final Jdbc jdbc;

    public JdbcRepositoryStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(Repository r) {
        jdbc.inTransaction(c -> {
            long id = jdbc.insert(c, "INSERT INTO repository (domain_owner, domain_name, name, administrator_account, "
                            + "description, external_connection, created_ms) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    r.domain().owner(), r.domain().name(), r.name(), r.administratorAccount(), r.description(),
                    r.externalConnection().map(ExternalConnection::connectionName).orElse(null), r.createdTime().toEpochMilli());
            writeUpstreams(c, id, r.upstreams());
            return null;
        });
    }

    @Override
    public void update(Repository r) {
        jdbc.inTransaction(c -> {
            long id = idOf(c, r.id());
            jdbc.update(c, "UPDATE repository SET description = ?, external_connection = ? WHERE id = ?", r.description(),
                    r.externalConnection().map(ExternalConnection::connectionName).orElse(null), id);
            jdbc.update(c, "DELETE FROM repository_upstream WHERE repository_id = ?", id);
            writeUpstreams(c, id, r.upstreams());
            return null;
        });
    }

    @Override
    public Optional<Repository> find(RepositoryId id) {
        List<Repository> found = load("WHERE domain_owner = ? AND domain_name = ? AND name = ?", "",
                id.domain().owner(), id.domain().name(), id.name());
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    @Override
    public void delete(RepositoryId id) {
        jdbc.inTransaction(c -> {
            List<Long> ids = jdbc.query(c, "SELECT id FROM repository WHERE domain_owner = ? AND domain_name = ? AND name = ?",
                    rs -> rs.getLong(1), id.domain().owner(), id.domain().name(), id.name());
            if (!ids.isEmpty()) {
                DomainAssetSize sizes = new DomainAssetSize(jdbc);
                sizes.lock(c, id.domain());
                long released = sizes.bytesReleased(c, id.domain(), DomainAssetSize.Scope.REPOSITORY, ids.get(0));
                jdbc.update(c, "DELETE FROM repository WHERE id = ?", ids.get(0));
                sizes.add(c, id.domain(), -released);
            }
            return null;
        });
    }

    @Override
    public int countInDomain(DomainId domain) {
        return jdbc.queryOne("SELECT COUNT(*) FROM repository WHERE domain_owner = ? AND domain_name = ?",
                rs -> rs.getInt(1), domain.owner(), domain.name()).orElse(0);
    }

    @Override
    public List<Repository> listInDomain(DomainId domain, String namePrefix, String administratorAccount, String afterName, int limit) {
        List<Object> params = new ArrayList<>(List.of(domain.owner(), domain.name()));
        StringBuilder where = new StringBuilder("WHERE domain_owner = ? AND domain_name = ?");
        if (namePrefix != null) {
            where.append(" AND name LIKE ? ESCAPE '\\'");
            params.add(likePrefix(namePrefix));
        }
        if (administratorAccount != null) {
            where.append(" AND administrator_account = ?");
            params.add(administratorAccount);
        }
        if (afterName != null) {
            where.append(" AND name > ?");
            params.add(afterName);
        }
        params.add(limit);
        return load(where.toString(), "ORDER BY name LIMIT ?", params.toArray());
    }

    @Override
    public List<Repository> listAll(String namePrefix, RepositoryId after, int limit) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder("WHERE 1 = 1");
        if (namePrefix != null) {
            where.append(" AND name LIKE ? ESCAPE '\\'");
            params.add(likePrefix(namePrefix));
        }
        if (after != null) {
            where.append(" AND (domain_name, domain_owner, name) > (?, ?, ?)");
            params.add(after.domain().name());
            params.add(after.domain().owner());
            params.add(after.name());
        }
        params.add(limit);
        return load(where.toString(), "ORDER BY domain_name, domain_owner, name LIMIT ?", params.toArray());
    }

    @Override
    public List<Repository> listAllInDomain(DomainId domain) {
        return load("WHERE domain_owner = ? AND domain_name = ?", "ORDER BY name", domain.owner(), domain.name());
    }

    private List<Repository> load(String where, String tail, Object... params) {
        return jdbc.inConnection(c -> {
            record Row(long id, RepositoryId rid, String admin, String description, String connection, long created) {
            }
            List<Row> rows = jdbc.query(c, "SELECT " + COLUMNS + " FROM repository " + where + " " + tail, rs -> new Row(
                    rs.getLong("id"), RepositoryId.of(rs.getString("domain_owner"), rs.getString("domain_name"), rs.getString("name")),
                    rs.getString("administrator_account"), rs.getString("description"), rs.getString("external_connection"),
                    rs.getLong("created_ms")), params);
            if (rows.isEmpty()) {
                return List.of();
            }
            Map<Long, List<String>> upstreams = new HashMap<>();
            StringBuilder in = new StringBuilder();
            for (Row row : rows) {
                in.append(in.length() == 0 ? "" : ",").append(row.id());
            }
            jdbc.query(c, "SELECT repository_id, upstream_name FROM repository_upstream WHERE repository_id IN (" + in
                    + ") ORDER BY repository_id, position", rs -> upstreams.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                    .add(rs.getString(2)));
            List<Repository> out = new ArrayList<>(rows.size());
            for (Row row : rows) {
                out.add(new Repository(row.rid(), row.admin(), row.description(), upstreams.getOrDefault(row.id(), List.of()),
                        Optional.ofNullable(row.connection()).flatMap(ExternalConnection::byName),
                        Instant.ofEpochMilli(row.created())));
            }
            return out;
        });
    }

    static long idOf(Connection c, RepositoryId id, Jdbc jdbc) throws SQLException {
        List<Long> ids = jdbc.query(c, "SELECT id FROM repository WHERE domain_owner = ? AND domain_name = ? AND name = ?",
                rs -> rs.getLong(1), id.domain().owner(), id.domain().name(), id.name());
        if (ids.isEmpty()) {
            throw new IllegalStateException("repository " + id + " does not exist");
        }
        return ids.get(0);
    }

    private long idOf(Connection c, RepositoryId id) throws SQLException {
        return idOf(c, id, jdbc);
    }

    private void writeUpstreams(Connection c, long repositoryId, List<String> upstreams) throws SQLException {
        for (int i = 0; i < upstreams.size(); i++) {
            jdbc.update(c, "INSERT INTO repository_upstream (repository_id, position, upstream_name) VALUES (?, ?, ?)",
                    repositoryId, i, upstreams.get(i));
        }
    }

    static String likePrefix(String prefix) {
        return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
