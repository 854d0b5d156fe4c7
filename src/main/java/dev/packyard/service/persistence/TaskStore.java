package dev.packyard.service.persistence;

import dev.packyard.model.TaskKind;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** Persistence of unfinished durable tasks, so a restart resumes them. Finished tasks are deleted. */
public interface TaskStore {
    void insert(StoredTask task);

    /** Records a failed attempt: the attempt count, when the next one is due and the error. */
    void updateAttempt(String id, int attempts, Instant dueAt, String lastError);

    void delete(String id);

    /** Every stored task, oldest first. */
    List<StoredTask> loadAll();

    /** A durable task as kept in the database; the payload is JSON that only the kind's handler interprets. */
    record StoredTask(String id, TaskKind kind, String key, String title, String payloadJson, Instant createdAt,
                      Instant dueAt, int attempts, String lastError) {
        public StoredTask {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(payloadJson, "payloadJson");
            Objects.requireNonNull(createdAt, "createdAt");
            Objects.requireNonNull(dueAt, "dueAt");
        }
    }
}
