package dev.packyard.formats.maven.http;

import dev.packyard.application.publish.PublishOptions;
import dev.packyard.application.publish.PublishRequest;
import dev.packyard.application.publish.SpooledAsset;
import dev.packyard.application.publish.UploadSpool;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.Repository;
import dev.packyard.model.VersionMetadata;
import dev.packyard.server.packages.BadRequestException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * One file of {@code mvn deploy} (a PUT of a jar, pom, ...) as a publish request: the body streamed into the upload
 * spool; the version stays Unfinished until maven-metadata.xml names it, and a SNAPSHOT takes new builds after that.
 */
final class MavenDeployParser {
    private final UploadSpool spool;

    MavenDeployParser(UploadSpool spool) {
        this.spool = spool;
    }

    PublishRequest request(Repository repository, MavenPath path, InputStream body) throws IOException {
        refuseNonUniqueSnapshot(path);
        PackageCoordinate coordinate = path.coordinate();
        SpooledAsset file = spool.receive(path.fileName(), body);
        return new PublishRequest(repository, coordinate, path.version().orElseThrow(), List.of(file), Optional.empty(),
                VersionMetadata.named(coordinate.displayName()),
                PublishOptions.maven(path.isSnapshotVersion()));
    }

    /** CodeArtifact takes only unique (timestamped) SNAPSHOT builds, what Maven 3 and Gradle deploy. */
    private static void refuseNonUniqueSnapshot(MavenPath path) {
        String version = path.version().orElseThrow();
        if (path.isSnapshotVersion() && path.fileName().startsWith(path.coordinate().name() + "-" + version)) {
            throw new BadRequestException(path.fileName() + " is a non-unique SNAPSHOT file; only timestamped builds such as "
                    + path.coordinate().name() + "-" + version.substring(0, version.length() - MavenPath.SNAPSHOT.length())
                    + "-20260101.120000-1.jar are accepted (deploy with Maven 3 or Gradle)");
        }
    }
}
