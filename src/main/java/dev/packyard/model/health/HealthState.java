package dev.packyard.model.health;

/** Where a connection to a public registry stands, as the console shows it. */
public enum HealthState {
    /** Answering normally. */
    AVAILABLE(true),
    /** Some recent requests failed, but not enough to call it an outage; requests still go out. */
    DEGRADED(true),
    /** Too many failures in a row: requests fail fast as "upstream unavailable" until the next probe. */
    OUTAGE(false),
    /** A probe request is checking whether the registry is back; other requests still fail fast. */
    PROBING(false),
    /** A probe succeeded: requests go out again; shown for a while so the outage stays visible. */
    RECOVERED(true),
    /** Set offline by the user: nothing is requested until it is set online again. */
    OFFLINE(false),
    /**
     * The registry answered 429 Too Many Requests: it works, but nothing is asked of it until the time it gave
     * (Retry-After) or a back-off has passed. Not an outage: it never trips the breaker and needs no probe.
     */
    THROTTLED(false);

    private final boolean sendsRequests;

    HealthState(boolean sendsRequests) {
        this.sendsRequests = sendsRequests;
    }

    /** Whether requests go out to the registry in this state (and so whether a 404 can be trusted and remembered). */
    public boolean sendsRequests() {
        return sendsRequests;
    }
}
