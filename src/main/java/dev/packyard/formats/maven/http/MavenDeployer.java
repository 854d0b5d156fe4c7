package dev.packyard.formats.maven.http;

import dev.packyard.model.Asset;
import dev.packyard.model.OriginType;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageVersion;
import dev.packyard.model.PackageVersionOrigin;
import dev.packyard.model.PackageVersionStatus;
import dev.packyard.model.Repository;
import dev.packyard.model.VersionMetadata;
import dev.packyard.server.ServerContext;
import dev.packyard.server.packages.BadRequestException;
import dev.packyard.server.packages.PublishGuard;
import dev.packyard.service.error.ConflictException;
import dev.packyard.service.error.ResourceType;
import dev.packyard.service.packages.NewVersion;
import dev.packyard.service.packages.PackageRef;
import dev.packyard.formats.maven.upstream.SafeXml;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.w3c.dom.Element;

/**
 * {@code mvn deploy}, as CodeArtifact takes it: each file PUT is stored into its version, which stays Unfinished
 * until the artifact's (or, for a SNAPSHOT, the version's) maven-metadata.xml arrives naming it; checksum files are
 * verified against what was stored (or ignored when there is nothing to compare with). A SNAPSHOT is one version
 * whose builds' files accumulate, so deploying it again adds the new build.
 */
final class MavenDeployer {
    private final ServerContext context;
    private final PublishGuard guard;

    MavenDeployer(ServerContext context, PublishGuard guard) {
        this.context = context;
        this.guard = guard;
    }

    void put(Repository repository, MavenPath path, InputStream body) throws IOException {
        if (path.checksum().isPresent()) {
            verifyChecksum(repository, path, new String(body.readAllBytes(), StandardCharsets.UTF_8).trim());
        } else if (path.kind() == MavenPath.Kind.VERSION_METADATA) {
            body.readAllBytes();
            publishIfUnfinished(repository, path.coordinate(), path.version().orElseThrow());
        } else if (path.isMetadata()) {
            // Artifact level: publishes the versions it names. Group level (a plugin's prefix): nothing to keep, since
            // the prefix is read again from the plugin's own descriptor whenever the group metadata is asked for.
            finish(repository, path.coordinate(), body.readAllBytes());
        } else {
            refuseNonUniqueSnapshot(path);
            storeFile(repository, path, body);
        }
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

    private void storeFile(Repository repository, MavenPath path, InputStream body) throws IOException {
        PackageCoordinate coordinate = path.coordinate();
        String version = path.version().orElseThrow();
        Optional<PackageVersion> existing = context.packageStore().findVersion(repository.id(), coordinate, version);
        if (existing.isEmpty()) {
            PublishGuard.Clearance clearance = guard.check(repository, coordinate, version);
            Asset asset = context.blobs().put(repository.domain(), path.fileName(), body, null);
            context.packages().recordVersion(new NewVersion(repository.id(), coordinate, version, PackageVersionStatus.Unfinished,
                    PackageVersionOrigin.internal(repository.name()), context.clock().instant(),
                    new VersionMetadata(coordinate.displayName(), null, null, null, List.of()), List.of(asset)));
            guard.recordUnchecked(repository, coordinate, version, clearance);
            return;
        }
        PackageVersion current = existing.get();
        if (current.origin().type() != OriginType.INTERNAL || !acceptsFiles(current, path)) {
            throw new ConflictException("Version " + version + " of " + coordinate.displayName() + " is already "
                    + current.status() + " in " + repository.name() + ": files can be added only while a deployed version is "
                    + "Unfinished (before its maven-metadata.xml is uploaded) or to a published SNAPSHOT; deploy a new version",
                    version,
                    ResourceType.PACKAGE_VERSION);
        }
        Asset asset = context.blobs().put(repository.domain(), path.fileName(), body, null);
        Optional<Asset> sameName = context.packageStore().listAssets(repository.id(), coordinate, version).stream()
                .filter(a -> a.name().equals(asset.name())).findFirst();
        if (sameName.isPresent()) {
            if (!sameName.get().sha256().equals(asset.sha256())) {
                throw new ConflictException(path.fileName() + " of " + coordinate.displayName() + " " + version
                        + " was already uploaded with different content; files cannot be replaced", path.fileName(),
                        ResourceType.ASSET);
            }
            return;
        }
        context.packages().addMissingAssets(repository.id(), coordinate, version, List.of(asset));
    }

    /**
     * A deployed version takes files while Unfinished; a SNAPSHOT stays open after it is published, each deploy adding
     * a build's files (CodeArtifact's rule), unless it was archived or disposed.
     */
    private static boolean acceptsFiles(PackageVersion version, MavenPath path) {
        return version.status() == PackageVersionStatus.Unfinished || path.isSnapshotVersion()
                && (version.status() == PackageVersionStatus.Published || version.status() == PackageVersionStatus.Unlisted);
    }

    /** A SNAPSHOT's version-level maven-metadata.xml publishes the build just deployed. */
    private void publishIfUnfinished(Repository repository, PackageCoordinate coordinate, String version) {
        Optional<PackageVersion> found = context.packageStore().findVersion(repository.id(), coordinate, version);
        if (found.isPresent() && found.get().status() == PackageVersionStatus.Unfinished) {
            context.versions().updateStatus(new PackageRef(repository, coordinate), List.of(version), Map.of(),
                    PackageVersionStatus.Unfinished.name(), PackageVersionStatus.Published.name());
        }
    }

    /** The artifact's maven-metadata.xml: every Unfinished version of this repository it names becomes Published. */
    private void finish(Repository repository, PackageCoordinate coordinate, byte[] xml) throws IOException {
        Element root = SafeXml.parse(xml).getDocumentElement();
        Element versioning = SafeXml.child(root, "versioning");
        if (versioning == null) {
            return;
        }
        for (Element v : SafeXml.children(SafeXml.child(versioning, "versions"), "version")) {
            publishIfUnfinished(repository, coordinate, v.getTextContent().trim());
        }
    }

    private void verifyChecksum(Repository repository, MavenPath path, String sent) {
        if (path.isMetadata() || sent.isEmpty()) {
            return;
        }
        String given = sent.split("\\s+")[0].toLowerCase(java.util.Locale.ROOT);
        Optional<Asset> asset = context.packageStore().listAssets(repository.id(), path.coordinate(), path.version().orElseThrow())
                .stream().filter(a -> a.name().equals(path.fileName())).findFirst();
        if (asset.isEmpty()) {
            return;
        }
        String algorithm = path.checksum().orElseThrow().algorithm;
        String stored = asset.get().hashes().entrySet().stream().filter(e -> e.getKey().wireName().equals(algorithm))
                .map(Map.Entry::getValue).findFirst().orElse(null);
        if (stored != null && !stored.equals(given)) {
            throw new BadRequestException("The " + algorithm + " checksum sent for " + path.fileName() + " (" + given
                    + ") does not match the stored file (" + stored + "); deploy the file again");
        }
    }
}
