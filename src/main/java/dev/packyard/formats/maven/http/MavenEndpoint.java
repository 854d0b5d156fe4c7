package dev.packyard.formats.maven.http;

import dev.packyard.model.Hashes;
import dev.packyard.model.HashAlgorithm;
import dev.packyard.server.ServerContext;
import dev.packyard.server.packages.ClientRequest;
import dev.packyard.server.packages.ConditionalDocument;
import dev.packyard.server.packages.Downloads;
import dev.packyard.application.fetch.AssetEntry;
import dev.packyard.application.fetch.AvailableVersion;
import dev.packyard.service.error.PackageNotFoundException;
import dev.packyard.service.error.PackageUnavailableException;
import dev.packyard.application.fetch.PackageView;
import dev.packyard.application.fetch.VersionSource;
import dev.packyard.formats.maven.upstream.MavenPlugin;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The Maven repository layout of a repository: any file of a version through the fetch engine, the artifact-,
 * group- and version-level maven-metadata.xml generated from what the repository offers, checksums of any file
 * from its hashes, and {@code mvn deploy} (SNAPSHOTs included).
 */
public final class MavenEndpoint {
    private final ServerContext context;
    private final Downloads downloads;
    private final MavenDeployer deployer;
    private final GroupPlugins groupPlugins;

    public MavenEndpoint(ServerContext context) {
        this.context = context;
        this.downloads = new Downloads(context.content().fetch());
        this.deployer = new MavenDeployer(context);
        this.groupPlugins = new GroupPlugins(context);
    }

    public void get(ClientRequest request) throws Exception {
        MavenPath path = MavenPath.parse(request.path());
        Context ctx = request.ctx();
        if (path.isMetadata()) {
            byte[] xml = metadata(request, path);
            if (path.checksum().isPresent()) {
                text(ctx, hex(path.checksum().get().algorithm, xml));
            } else {
                ConditionalDocument.send(ctx, "application/xml", xml);
            }
            return;
        }
        String version = path.version().orElseThrow();
        if (path.checksum().isPresent()) {
            text(ctx, checksum(request, path, version));
            return;
        }
        downloads.send(ctx, request.repository(), path.coordinate(), version, path.fileName(),
                Downloads.contentType(path.fileName()));
    }

    /** Answers whether the file exists without sending it (and without fetching it). */
    public void head(ClientRequest request) throws Exception {
        MavenPath path = MavenPath.parse(request.path());
        if (path.isMetadata()) {
            metadata(request, path);
        } else {
            PackageView view = context.content().fetch().view(request.repository(), path.coordinate());
            boolean known = view.version(path.version().orElseThrow()).stream()
                    .flatMap(v -> v.assets().stream()).anyMatch(a -> a.name().equals(path.fileName()));
            if (!known) {
                throw new PackageNotFoundException(path.fileName() + " is not offered by " + request.repository().name());
            }
        }
        request.ctx().status(200);
    }

    public void put(ClientRequest request) throws Exception {
        deployer.put(request.repository(), MavenPath.parse(request.path()), request.ctx().bodyInputStream());
        request.ctx().status(201);
    }

    private byte[] metadata(ClientRequest request, MavenPath path) {
        return switch (path.kind()) {
            case VERSION_METADATA -> snapshotMetadata(request, path);
            case ARTIFACT_OR_GROUP_METADATA -> artifactOrGroupMetadata(request, path);
            case FILE -> throw new IllegalArgumentException(path.fileName() + " is not a maven-metadata.xml");
        };
    }

    /**
     * The artifact-level document when the path names an artifact with listed versions; otherwise the group-level
     * document of the plugins of the group the same path names (which is how {@code org/apache/maven/plugins/} is
     * read), so that the common case asks no registry for group metadata.
     */
    private byte[] artifactOrGroupMetadata(ClientRequest request, MavenPath path) {
        RuntimeException artifactMissing;
        try {
            return MavenMetadataXml.artifactAndGroup(Optional.of(artifactVersions(request, path)), List.of());
        } catch (PackageNotFoundException | PackageUnavailableException e) {
            artifactMissing = e;
        }
        Collection<MavenPlugin> plugins = groupPlugins.of(request.repository(), path.coordinate(), path.group());
        if (plugins.isEmpty()) {
            throw artifactMissing;
        }
        return MavenMetadataXml.artifactAndGroup(Optional.empty(), plugins);
    }

    private MavenMetadataXml.ArtifactVersions artifactVersions(ClientRequest request, MavenPath path) {
        PackageView view = context.content().fetch().view(request.repository(), path.coordinate());
        List<AvailableVersion> listed = view.versions().stream().filter(AvailableVersion::listed).toList();
        if (listed.isEmpty()) {
            throw new PackageNotFoundException(path.coordinate().displayName() + " has no published version reachable from "
                    + request.repository().name());
        }
        List<String> versions = listed.stream().map(AvailableVersion::version).distinct().sorted(MavenVersionOrder.INSTANCE).toList();
        Instant lastUpdated = listed.stream().flatMap(v -> v.publishedTime().stream()).max(Instant::compareTo)
                .orElse(context.clock().instant());
        return new MavenMetadataXml.ArtifactVersions(path.coordinate(), versions, lastUpdated);
    }

    /**
     * A SNAPSHOT's version-level document, generated from the files its builds left in the version (CodeArtifact
     * keeps one package version per SNAPSHOT whose assets accumulate). SNAPSHOTs are never fetched through an
     * external connection, as in CodeArtifact.
     */
    private byte[] snapshotMetadata(ClientRequest request, MavenPath path) {
        String version = path.version().orElseThrow();
        String what = path.coordinate().displayName() + " " + version;
        PackageView view = context.content().fetch().view(request.repository(), path.coordinate());
        AvailableVersion found = view.version(version).filter(AvailableVersion::listed)
                .orElseThrow(() -> new PackageNotFoundException(what + " has no published build in " + request.repository().name()
                        + " or its upstream repositories"));
        if (found.source() == VersionSource.UPSTREAM) {
            throw new PackageNotFoundException(what + " is a SNAPSHOT of " + found.from() + ": SNAPSHOT versions are not "
                    + "fetched through external connections; deploy it to a repository instead");
        }
        List<String> files = found.assets().stream().map(AssetEntry::name).toList();
        if (files.stream().noneMatch(name -> SnapshotBuild.of(path.coordinate().name(), version, name).isPresent())) {
            throw new PackageNotFoundException(what + " holds no timestamped build (only unique SNAPSHOTs are supported)");
        }
        return MavenMetadataXml.snapshot(path.coordinate(), version, files);
    }

    private String checksum(ClientRequest request, MavenPath path, String version) throws IOException {
        MavenPath.Checksum checksum = path.checksum().orElseThrow();
        Optional<String> stored = context.content().fetch().knownHashes(request.repository(), path.coordinate(), version, path.fileName())
                .map(hashes -> hashes.get(algorithm(checksum)));
        if (stored.isPresent()) {
            return stored.get();
        }
        PackageView view = context.content().fetch().view(request.repository(), path.coordinate());
        Optional<AssetEntry> asset = view.version(version).stream().flatMap(v -> v.assets().stream())
                .filter(a -> a.name().equals(path.fileName())).findFirst();
        Optional<String> known = asset.map(a -> a.hashes().get(algorithm(checksum)));
        if (known.isPresent()) {
            return known.get();
        }
        // The registry published no hash Packyard kept: read the file itself (fetching it if need be).
        return downloads.digest(request.repository(), path.coordinate(), version, path.fileName(), checksum.algorithm);
    }

    private static HashAlgorithm algorithm(MavenPath.Checksum checksum) {
        return switch (checksum) {
            case SHA1 -> HashAlgorithm.SHA1;
            case MD5 -> HashAlgorithm.MD5;
            case SHA256 -> HashAlgorithm.SHA256;
            case SHA512 -> HashAlgorithm.SHA512;
        };
    }

    private static void text(Context ctx, String value) {
        ctx.status(200);
        ctx.contentType("text/plain");
        ctx.result(value);
    }

    static String hex(String algorithm, byte[] data) {
        return Hashes.hex(algorithm, data);
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
