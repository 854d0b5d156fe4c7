package dev.packyard.store.catalog;

import dev.packyard.model.DomainId;
import dev.packyard.service.events.Webhook;
import dev.packyard.service.events.WebhookDelivery;
import dev.packyard.service.persistence.WebhookStore;
import dev.packyard.store.db.Jdbc;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

public final class JdbcWebhookStore implements WebhookStore {
    private final Jdbc jdbc;

    public JdbcWebhookStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Webhook add(DomainId domain, String url, Instant createdTime) {
        long id = jdbc.inTransaction(c -> jdbc.insert(c, "INSERT INTO webhook (domain_owner, domain_name, url, created_ms) "
                + "VALUES (?, ?, ?, ?)", domain.owner(), domain.name(), url, createdTime.toEpochMilli()));
        return new Webhook(id, domain, url, Instant.ofEpochMilli(createdTime.toEpochMilli()));
    }

    @Override
    public List<Webhook> list(DomainId domain) {
        return jdbc.query("SELECT id, url, created_ms FROM webhook WHERE domain_owner = ? AND domain_name = ? ORDER BY id",
                rs -> new Webhook(rs.getLong(1), domain, rs.getString(2), Instant.ofEpochMilli(rs.getLong(3))),
                domain.owner(), domain.name());
    }

    @Override
    public boolean remove(DomainId domain, long id) {
        return jdbc.update("DELETE FROM webhook WHERE id = ? AND domain_owner = ? AND domain_name = ?", id, domain.owner(),
                domain.name()) > 0;
    }

    @Override
    public void recordDelivery(WebhookDelivery d) {
        jdbc.update("INSERT INTO webhook_delivery (webhook_id, event_id, attempt, at_ms, status_code, outcome, detail) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)", d.webhookId(), d.eventId(), d.attempt(), d.time().toEpochMilli(),
                d.statusCode().orElse(null), d.outcome(), d.detail());
    }

    @Override
    public List<WebhookDelivery> deliveries(DomainId domain, int limit) {
        List<WebhookDelivery> newestFirst = new ArrayList<>(jdbc.query("SELECT d.webhook_id, d.event_id, d.attempt, "
                        + "d.at_ms, d.status_code, d.outcome, d.detail FROM webhook_delivery d JOIN webhook w ON d.webhook_id = w.id "
                        + "WHERE w.domain_owner = ? AND w.domain_name = ? ORDER BY d.id DESC LIMIT ?",
                rs -> {
                    int code = rs.getInt(5);
                    Optional<Integer> status = rs.wasNull() ? Optional.empty() : Optional.of(code);
                    return new WebhookDelivery(rs.getLong(1), rs.getString(2), rs.getInt(3),
                            Instant.ofEpochMilli(rs.getLong(4)), status, rs.getString(6), rs.getString(7));
                }, domain.owner(), domain.name(), limit));
        Collections.reverse(newestFirst);
        return newestFirst;
    }
}
