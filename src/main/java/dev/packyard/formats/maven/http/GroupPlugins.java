package dev.packyard.formats.maven.http;

import dev.packyard.model.Asset;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageFormat;
import dev.packyard.model.PackageSummary;
import dev.packyard.model.PackageVersion;
import dev.packyard.model.Repository;
import dev.packyard.server.ServerContext;
import dev.packyard.formats.maven.upstream.MavenPlugin;
import dev.packyard.formats.maven.upstream.MavenRepositoryClient;
import dev.packyard.formats.maven.upstream.SafeXml;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.w3c.dom.Element;

/**
 * The plugins of a group as its group-level maven-metadata.xml lists them, so that {@code mvn PREFIX:goal} resolves
 * a prefix through Packyard: what the repositories on the resolution path hold (each plugin's prefix read from the
 * {@code META-INF/maven/plugin.xml} of its newest jar, as Maven itself writes it) merged with the group metadata of
 * the external connections. A prefix the repositories hold wins over the same prefix upstream.
 */
final class GroupPlugins {
    private static final String DESCRIPTOR = "META-INF/maven/plugin.xml";
    /** Real plugin descriptors are at most a few hundred KiB; a larger one (a zip bomb, say) is not read into memory. */
    private static final int MAX_DESCRIPTOR_BYTES = 16 * 1024 * 1024;

    private final ServerContext context;

    GroupPlugins(ServerContext context) {
        this.context = context;
    }

    /** The group's plugins by prefix; the coordinate is the same path read as an artifact (for the resolution plan). */
    Collection<MavenPlugin> of(Repository repository, PackageCoordinate pathAsArtifact, String groupId) {
        Map<String, MavenPlugin> byPrefix = new LinkedHashMap<>();
        for (Repository step : context.content().fetch().resolutionPath(repository, pathAsArtifact)) {
            for (MavenPlugin plugin : held(step, groupId)) {
                byPrefix.putIfAbsent(plugin.prefix(), plugin);
            }
        }
        List<List<MavenPlugin>> upstream = context.content().fetch().askUpstreams(repository, pathAsArtifact, "group " + groupId,
                client -> client instanceof MavenRepositoryClient maven ? Optional.of(maven.fetchGroupPlugins(groupId))
                        : Optional.empty());
        upstream.forEach(list -> list.forEach(plugin -> byPrefix.putIfAbsent(plugin.prefix(), plugin)));
        return List.copyOf(byPrefix.values());
    }

    private List<MavenPlugin> held(Repository repository, String groupId) {
        List<PackageSummary> packages = context.content().held().inNamespace(repository.id(), PackageFormat.MAVEN, groupId);
        List<MavenPlugin> plugins = new ArrayList<>();
        for (PackageSummary p : packages) {
            if (groupId.equals(p.coordinate().namespace())) {
                Optional<MavenPlugin> plugin = newestJar(repository, p.coordinate()).flatMap(jar -> prefixIn(repository, p.coordinate(), jar));
                plugin.ifPresent(plugins::add);
            }
        }
        return plugins;
    }

    private Optional<Asset> newestJar(Repository repository, PackageCoordinate coordinate) {
        Optional<PackageVersion> newest = context.content().held().publishedVersions(repository.id(), coordinate).stream()
                .max((a, b) -> MavenVersionOrder.INSTANCE.compare(a.version(), b.version()));
        return newest.flatMap(v -> context.content().held().assets(repository.id(), coordinate, v.version()).stream()
                .filter(a -> a.name().equals(coordinate.name() + "-" + v.version() + ".jar")).findFirst());
    }

    private Optional<MavenPlugin> prefixIn(Repository repository, PackageCoordinate coordinate, Asset jar) {
        try {
            Optional<InputStream> content = context.content().held().content(repository.domain(), jar);
            if (content.isEmpty()) {
                return Optional.empty();
            }
            try (ZipInputStream zip = new ZipInputStream(content.get())) {
                for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    if (entry.getName().equals(DESCRIPTOR)) {
                        byte[] descriptor = zip.readNBytes(MAX_DESCRIPTOR_BYTES + 1);
                        if (descriptor.length > MAX_DESCRIPTOR_BYTES) {
                            return Optional.empty();
                        }
                        Element root = SafeXml.parse(descriptor).getDocumentElement();
                        String prefix = SafeXml.childText(root, "goalPrefix");
                        return prefix == null || prefix.isEmpty() ? Optional.empty()
                                : Optional.of(new MavenPlugin(prefix, coordinate.name(), SafeXml.childText(root, "name")));
                    }
                }
            }
        } catch (IOException notAPluginJar) {
            // A jar that cannot be read as a plugin is simply not one: it adds no prefix.
        }
        return Optional.empty();
    }
}
