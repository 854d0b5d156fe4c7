package dev.packyard.application.publish;

import dev.packyard.model.PackageVersionStatus;
import java.util.List;
import java.util.Optional;

/**
 * How a format publishes: the status a new version gets, what may happen to a version that exists, whether a file
 * sent again with the same content is accepted, and (npm) the dist-tags that move to the new version.
 *
 * @param snapshot   a Maven SNAPSHOT, which takes new builds after it is published
 * @param distTags   the tags the client names for the version; present for formats with tags, where a package
 *                   without latest also gets one
 */
public record PublishOptions(PackageVersionStatus status, WhenVersionExists whenExists, boolean identicalFileAccepted,
                             boolean snapshot, Optional<List<String>> distTags) {
    public PublishOptions {
        distTags = distTags.map(List::copyOf);
    }

    public static PublishOptions npm(List<String> distTags) {
        return new PublishOptions(PackageVersionStatus.Published, WhenVersionExists.REFUSE, false, false, Optional.of(distTags));
    }

    public static PublishOptions pypi() {
        return new PublishOptions(PackageVersionStatus.Published, WhenVersionExists.ADD_TO_PUBLISHED_HERE, false, false,
                Optional.empty());
    }

    /** A Maven file: its version stays Unfinished until maven-metadata.xml names it. */
    public static PublishOptions maven(boolean snapshot) {
        return new PublishOptions(PackageVersionStatus.Unfinished, WhenVersionExists.ADD_WHILE_UNFINISHED_OR_SNAPSHOT, true,
                snapshot, Optional.empty());
    }

    public static PublishOptions generic(boolean unfinished) {
        return new PublishOptions(unfinished ? PackageVersionStatus.Unfinished : PackageVersionStatus.Published,
                WhenVersionExists.ADD_WHILE_UNFINISHED, true, false, Optional.empty());
    }
}
