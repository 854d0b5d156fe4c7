package dev.packyard.model;

/**
 * What a background task does. Durable kinds are written to the database when scheduled, so work promised to a
 * user (such as making a fetched version visible) still happens after a restart.
 */
public enum TaskKind {
    FETCH(false),
    PERSIST(true),
    REFRESH_METADATA(false),
    PROBE(false);

    private final boolean durable;

    TaskKind(boolean durable) {
        this.durable = durable;
    }

    public boolean durable() {
        return durable;
    }
}
