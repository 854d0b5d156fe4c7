package dev.packyard.model;

import java.util.Objects;

/** A package's origin controls in one repository: may versions be published directly, may they come from upstream. */
public record OriginRestrictions(Restriction publish, Restriction upstream) {
    /** Default for a package whose first version was published directly. */
    public static final OriginRestrictions PUBLISHED_FIRST = new OriginRestrictions(Restriction.ALLOW, Restriction.BLOCK);
    /** Default for a package whose first version was ingested from an external connection or an upstream. */
    public static final OriginRestrictions INGESTED_FIRST = new OriginRestrictions(Restriction.BLOCK, Restriction.ALLOW);

    public OriginRestrictions {
        Objects.requireNonNull(publish, "publish");
        Objects.requireNonNull(upstream, "upstream");
    }

    /** The defaults CodeArtifact gives a package, decided by how its first version arrives in the repository. */
    public static OriginRestrictions forFirstArrival(OriginType firstVersionOrigin) {
        return firstVersionOrigin == OriginType.INTERNAL ? PUBLISHED_FIRST : INGESTED_FIRST;
    }

    public boolean publishAllowed() {
        return publish == Restriction.ALLOW;
    }

    public boolean upstreamAllowed() {
        return upstream == Restriction.ALLOW;
    }
}
