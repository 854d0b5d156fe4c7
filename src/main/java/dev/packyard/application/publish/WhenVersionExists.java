package dev.packyard.application.publish;

import dev.packyard.model.OriginType;
import dev.packyard.model.PackageVersion;
import dev.packyard.model.PackageVersionStatus;

/** What a publish may do to a version this repository already has: each format's rule for adding files. */
public enum WhenVersionExists {
    /** npm: a version is published whole, once. */
    REFUSE,
    /** Generic: assets are added while the version is Unfinished, and the publish sets its status. */
    ADD_WHILE_UNFINISHED,
    /** PyPI: a version published here takes more distribution files (a wheel after the sdist). */
    ADD_TO_PUBLISHED_HERE,
    /** Maven: files are added while Unfinished, and a SNAPSHOT stays open after it is published. */
    ADD_WHILE_UNFINISHED_OR_SNAPSHOT;

    boolean accepts(PackageVersion existing, boolean snapshot) {
        if (existing.origin().type() != OriginType.INTERNAL) {
            return false;
        }
        PackageVersionStatus status = existing.status();
        return switch (this) {
            case REFUSE -> false;
            case ADD_WHILE_UNFINISHED -> status == PackageVersionStatus.Unfinished;
            case ADD_TO_PUBLISHED_HERE -> true;
            case ADD_WHILE_UNFINISHED_OR_SNAPSHOT -> status == PackageVersionStatus.Unfinished
                    || snapshot && (status == PackageVersionStatus.Published || status == PackageVersionStatus.Unlisted);
        };
    }

    /**
     * Generic publishing answers a file sent again with the same content as a success whatever the version's status
     * (a retried PublishPackageVersion); the other formats refuse a version that takes no files before looking at them.
     */
    boolean allowsIdenticalFileOnAnyStatus() {
        return this == ADD_WHILE_UNFINISHED;
    }

    /** Whether adding assets sets the version's status to the one the publish asks for, or keeps it. */
    boolean setsStatus() {
        return this == ADD_WHILE_UNFINISHED;
    }
}
