package dev.packyard.model.metadata;

/** What the last fetch or refresh of a cached listing gave. */
public enum RevalidationResult {
    /** First fetch of the package. */
    FETCHED,
    /** Refreshed, and the registry had changes (new versions, usually). */
    CHANGED,
    /** Refreshed, and nothing had changed (the registry sent the whole document again). */
    UNCHANGED,
    /** Revalidated with the registry's ETag / Last-Modified and answered 304 Not Modified: headers only, no document. */
    REVALIDATED,
    /** The registry now says the package does not exist; the listing Packyard had is kept. */
    NOT_FOUND,
    /** The registry could not be asked (outage, offline, error): the old listing is served, stale. */
    UNAVAILABLE,
    /** Packyard itself could not refresh the listing (the reason is recorded); it is served as it is and retried later. */
    FAILED
}
