package dev.packyard.store.catalog;

import dev.packyard.model.DomainId;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.RepositoryId;
import dev.packyard.service.persistence.EventStore;
import dev.packyard.store.db.Jdbc;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.LongFunction;

public final class JdbcEventStore implements EventStore {
    private final Jdbc jdbc;

    public JdbcEventStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String append(RepositoryId repository, PackageCoordinate c, Instant time, LongFunction<String> eventForSequence) {
        DomainId d = repository.domain();
        String namespace = c.namespace() == null ? "" : c.namespace();
        return jdbc.inTransaction(conn -> {
            long last = jdbc.query(conn, "SELECT MAX(sequence_number) FROM package_event WHERE domain_owner = ? AND "
                            + "domain_name = ? AND repository_name = ? AND format = ? AND namespace = ? AND name = ?",
                    rs -> rs.getLong(1), d.owner(), d.name(), repository.name(), c.format().wireName(), namespace,
                    c.name()).stream().findFirst().orElse(0L);
            String json = eventForSequence.apply(last + 1);
            jdbc.update(conn, "INSERT INTO package_event (domain_owner, domain_name, repository_name, format, namespace, "
                            + "name, sequence_number, created_ms, event_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    d.owner(), d.name(), repository.name(), c.format().wireName(), namespace, c.name(), last + 1,
                    time.toEpochMilli(), json);
            return json;
        });
    }

    @Override
    public List<String> recent(DomainId domain, int limit) {
        List<String> newestFirst = new ArrayList<>(jdbc.query("SELECT event_json FROM package_event WHERE domain_owner = ? "
                + "AND domain_name = ? ORDER BY id DESC LIMIT ?", rs -> rs.getString(1), domain.owner(), domain.name(), limit));
        Collections.reverse(newestFirst);
        return newestFirst;
    }
}
