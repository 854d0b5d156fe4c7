-- Unfinished durable background tasks (for example PERSIST: make a fetched version visible), resumed on start.
-- Rows are deleted when a task finishes; the outcome history of finished tasks is kept in memory only.

CREATE TABLE durable_task (
    id         VARCHAR(36)   PRIMARY KEY,
    kind       VARCHAR(32)   NOT NULL,
    task_key   VARCHAR(2000) NOT NULL,
    title      VARCHAR(2000) NOT NULL,
    payload    CLOB          NOT NULL,
    created_ms BIGINT        NOT NULL,
    due_ms     BIGINT        NOT NULL,
    attempts   INT           NOT NULL,
    last_error VARCHAR(4000)
);
CREATE INDEX durable_task_by_created ON durable_task (created_ms, id);
