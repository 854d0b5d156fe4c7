package dev.packyard.model.metadata;

/** How a cached listing stands against its policy, for colouring in the console. */
public enum Freshness {
    /** Within its lifetime. */
    FRESH,
    /** Past its lifetime; the next request or synchronisation refreshes it. */
    EXPIRED,
    /** A refresh failed: an out-of-date listing is being served until the registry answers again. */
    SERVING_STALE
}
