package dev.packyard.application.fetch;

/** Where a version offered through a repository comes from. */
public enum VersionSource {
    /** Retained in a repository on the resolution path (the requesting one or an upstream). */
    RETAINED,
    /** Fetched from a public registry and being persisted: served, but not yet listed by the list APIs. */
    PENDING,
    /** Known from a public registry's listing only; fetched on first request. */
    UPSTREAM
}
