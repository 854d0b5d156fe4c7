package dev.packyard.upstream;

/** Why a public registry could not answer, and whether that says anything about the registry's health. */
public enum FailureKind {
    /** Connection refused or reset, unknown host, TLS failure: the registry is not reachable. */
    CONNECTION("could not connect", true),
    /** No bytes arrived within the read timeout, or the connection attempt timed out. */
    TIMEOUT("timed out", true),
    /** The registry answered with a 5xx status. */
    SERVER_ERROR("server error", true),
    /** The registry asked us to slow down (429). */
    THROTTLED("throttled", true),
    /** The connection closed before the whole body arrived. */
    TRUNCATED("response cut short", true),
    /** The registry refused our credentials (401, 403, 407): a configuration problem, not an outage. */
    REJECTED("access refused", false),
    /** The registry answered, but with something we cannot read. */
    BAD_RESPONSE("unreadable response", false),
    /** Packyard itself refused to call: the connection is in an outage, probing, or set offline. */
    FAIL_FAST("not contacted", false);

    private final String label;
    private final boolean indicatesOutage;

    FailureKind(String label, boolean indicatesOutage) {
        this.label = label;
        this.indicatesOutage = indicatesOutage;
    }

    public String label() {
        return label;
    }

    /** Whether this failure counts towards tripping the connection's circuit breaker. */
    public boolean indicatesOutage() {
        return indicatesOutage;
    }
}
