package dev.packyard.store.catalog;

import dev.packyard.model.DomainId;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageFormat;
import dev.packyard.model.RepositoryId;
import dev.packyard.service.packages.PublishException;
import dev.packyard.service.persistence.PublishExceptionStore;
import dev.packyard.store.db.Jdbc;
import java.time.Instant;
import java.util.List;

/** Publish exceptions in the {@code publish_exception} table. */
public final class JdbcPublishExceptionStore implements PublishExceptionStore {
    private final Jdbc jdbc;

    public JdbcPublishExceptionStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(PublishException e) {
        PackageCoordinate c = e.coordinate();
        jdbc.update("INSERT INTO publish_exception (domain_owner, domain_name, repository_name, format, namespace, name, "
                        + "version, connection_name, reason, recorded_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                e.repository().domain().owner(), e.repository().domain().name(), e.repository().name(),
                c.format().wireName(), c.namespace() == null ? "" : c.namespace(), c.name(), e.version(),
                e.connectionName(), truncate(e.reason()), e.recordedAt().toEpochMilli());
    }

    @Override
    public List<PublishException> list(DomainId domain, int limit) {
        return jdbc.query("SELECT repository_name, format, namespace, name, version, connection_name, reason, recorded_ms "
                        + "FROM publish_exception WHERE domain_owner = ? AND domain_name = ? ORDER BY recorded_ms DESC, id DESC "
                        + "LIMIT ?",
                rs -> new PublishException(new RepositoryId(domain, rs.getString(1)),
                        new PackageCoordinate(PackageFormat.fromWireName(rs.getString(2)).orElseThrow(), rs.getString(3),
                                rs.getString(4)),
                        rs.getString(5), rs.getString(6), rs.getString(7), Instant.ofEpochMilli(rs.getLong(8))),
                domain.owner(), domain.name(), limit);
    }

    private static String truncate(String s) {
        return s.length() <= 2000 ? s : s.substring(0, 1997) + "...";
    }
}
