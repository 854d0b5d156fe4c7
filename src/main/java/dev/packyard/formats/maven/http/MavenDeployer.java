package dev.packyard.formats.maven.http;

import dev.packyard.model.Asset;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageVersion;
import dev.packyard.model.PackageVersionStatus;
import dev.packyard.model.Repository;
import dev.packyard.server.ServerContext;
import dev.packyard.server.packages.BadRequestException;
import dev.packyard.server.packages.DocumentBodies;
import dev.packyard.service.packages.PackageRef;
import dev.packyard.formats.maven.upstream.SafeXml;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.w3c.dom.Element;

/**
 * {@code mvn deploy}, as CodeArtifact takes it: each file PUT is published into its version (see
 * {@link MavenDeployParser}), which stays Unfinished
 * until the artifact's (or, for a SNAPSHOT, the version's) maven-metadata.xml arrives naming it; checksum files are
 * verified against what was stored (or ignored when there is nothing to compare with). A SNAPSHOT is one version
 * whose builds' files accumulate, so deploying it again adds the new build.
 */
final class MavenDeployer {
    private final ServerContext context;
    private final MavenDeployParser files;

    MavenDeployer(ServerContext context) {
        this.context = context;
        this.files = new MavenDeployParser(context.publishing().uploads());
    }

    void put(Repository repository, MavenPath path, InputStream body) throws IOException {
        if (path.checksum().isPresent()) {
            verifyChecksum(repository, path, DocumentBodies.text(body, "checksum file").trim());
        } else if (path.kind() == MavenPath.Kind.VERSION_METADATA) {
            DocumentBodies.read(body, "maven-metadata.xml");
            publishIfUnfinished(repository, path.coordinate(), path.version().orElseThrow());
        } else if (path.isMetadata()) {
            // Artifact level: publishes the versions it names. Group level (a plugin's prefix): nothing to keep, since
            // the prefix is read again from the plugin's own descriptor whenever the group metadata is asked for.
            finish(repository, path.coordinate(), DocumentBodies.read(body, "maven-metadata.xml"));
        } else {
            context.publishing().pipeline().publish(files.request(repository, path, body));
        }
    }

    /** A SNAPSHOT's version-level maven-metadata.xml publishes the build just deployed. */
    private void publishIfUnfinished(Repository repository, PackageCoordinate coordinate, String version) {
        Optional<PackageVersion> found = context.content().held().version(repository.id(), coordinate, version);
        if (found.isPresent() && found.get().status() == PackageVersionStatus.Unfinished) {
            context.catalog().versions().updateStatus(new PackageRef(repository, coordinate), List.of(version), Map.of(),
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
        Optional<Asset> asset = context.content().held().assets(repository.id(), path.coordinate(), path.version().orElseThrow())
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
