package dev.packyard.upstream.metadata;

import java.util.Objects;

/**
 * Whether a public registry has a version, as far as Packyard can tell: used to refuse a publish that would shadow
 * an upstream version, and to record when such a check could not be made (during an outage) or rested on a stale
 * listing.
 */
public record VersionCheck(Answer answer, boolean basedOnStaleListing, String explanation) {
    public enum Answer {
        /** The registry lists the version. */
        EXISTS_UPSTREAM,
        /** The registry has the package but not this version, or does not have the package at all. */
        ABSENT_UPSTREAM,
        /** The registry could not be asked and nothing is cached: the caller decides and records it. */
        CANNOT_TELL
    }

    public VersionCheck {
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(explanation, "explanation");
    }
}
