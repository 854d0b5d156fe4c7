package dev.packyard.store.tasks;

import dev.packyard.model.TaskKind;
import dev.packyard.service.persistence.TaskStore;
import dev.packyard.store.db.Jdbc;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/** Durable tasks in the {@code durable_task} table. */
public final class JdbcTaskStore implements TaskStore {
    private static final int MAX_ERROR_LENGTH = 4000;

    private final Jdbc jdbc;

    public JdbcTaskStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(StoredTask t) {
        jdbc.update("INSERT INTO durable_task (id, kind, task_key, title, payload, created_ms, due_ms, attempts, last_error) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", t.id(), t.kind().name(), t.key(), t.title(), t.payloadJson(),
                t.createdAt().toEpochMilli(), t.dueAt().toEpochMilli(), t.attempts(), clip(t.lastError()));
    }

    @Override
    public void updateAttempt(String id, int attempts, Instant dueAt, String lastError) {
        jdbc.update("UPDATE durable_task SET attempts = ?, due_ms = ?, last_error = ? WHERE id = ?",
                attempts, dueAt.toEpochMilli(), clip(lastError), id);
    }

    @Override
    public void delete(String id) {
        jdbc.update("DELETE FROM durable_task WHERE id = ?", id);
    }

    @Override
    public List<StoredTask> loadAll() {
        return jdbc.query("SELECT * FROM durable_task ORDER BY created_ms, id", JdbcTaskStore::row).stream()
                .filter(t -> t != null)
                .toList();
    }

    /** A row whose kind this version does not know is skipped (and left in place for a version that does). */
    private static StoredTask row(ResultSet rs) throws SQLException {
        TaskKind kind;
        try {
            kind = TaskKind.valueOf(rs.getString("kind"));
        } catch (IllegalArgumentException unknownKind) {
            return null;
        }
        return new StoredTask(rs.getString("id"), kind, rs.getString("task_key"), rs.getString("title"),
                rs.getString("payload"), Instant.ofEpochMilli(rs.getLong("created_ms")),
                Instant.ofEpochMilli(rs.getLong("due_ms")), rs.getInt("attempts"), rs.getString("last_error"));
    }

    private static String clip(String s) {
        return s == null || s.length() <= MAX_ERROR_LENGTH ? s : s.substring(0, MAX_ERROR_LENGTH);
    }
}
