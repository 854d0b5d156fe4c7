package dev.packyard.formats.maven.manifest;

import dev.packyard.formats.maven.upstream.SafeXml;
import dev.packyard.model.Asset;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageDependency;
import dev.packyard.model.VersionDetails;
import dev.packyard.model.VersionMetadata.License;
import dev.packyard.service.details.BoundedReads;
import dev.packyard.service.details.VersionDetailsReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A Maven version's details from its own POM. Like CodeArtifact it reads no parent POM: what the parent declares
 * (licenses, managed versions) is not filled in, and the parent itself is listed as a dependency of type
 * {@code parent}. Maven versions have no readme.
 */
public final class PomDetailsReader implements VersionDetailsReader {
    private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");

    @Override
    public Optional<Asset> describingAsset(PackageCoordinate coordinate, String version, List<Asset> assets) {
        String main = coordinate.name() + "-" + version + ".pom";
        return assets.stream().filter(a -> a.name().equals(main)).findFirst()
                .or(() -> assets.stream().filter(a -> a.name().endsWith(".pom")).findFirst());
    }

    @Override
    public VersionDetails read(PackageCoordinate coordinate, String version, Asset asset, InputStream content)
            throws IOException {
        Document pom = SafeXml.parse(BoundedReads.all(content, BoundedReads.MANIFEST_LIMIT, asset.name()));
        Element project = pom.getDocumentElement();
        if (project == null || !project.getTagName().equals("project")) {
            throw new IOException(asset.name() + " is not a POM (its root element is not <project>)");
        }
        Map<String, String> properties = properties(project, coordinate, version);
        String description = text(project, "description", properties);
        return new VersionDetails(description != null ? description : text(project, "name", properties),
                text(project, "url", properties), scm(project, properties), licenses(project, properties), null,
                dependencies(project, properties));
    }

    private static String scm(Element project, Map<String, String> properties) {
        Element scm = SafeXml.child(project, "scm");
        String url = text(scm, "url", properties);
        if (url != null) {
            return url;
        }
        String connection = text(scm, "connection", properties);
        // scm:git:https://host/repo.git → the address after the provider prefix.
        return connection != null && connection.startsWith("scm:") ? connection.replaceFirst("^scm:[^:]+:", "") : connection;
    }

    private static List<License> licenses(Element project, Map<String, String> properties) {
        List<License> out = new ArrayList<>();
        for (Element license : SafeXml.children(SafeXml.child(project, "licenses"), "license")) {
            String name = text(license, "name", properties);
            String url = text(license, "url", properties);
            if (name != null || url != null) {
                out.add(new License(name, url));
            }
        }
        return out;
    }

    /** The parent first, then the direct dependencies; a dependency's type is its scope, or optional when it is. */
    private static List<PackageDependency> dependencies(Element project, Map<String, String> properties) {
        List<PackageDependency> out = new ArrayList<>();
        Element parent = SafeXml.child(project, "parent");
        if (parent != null && text(parent, "artifactId", properties) != null) {
            out.add(new PackageDependency(text(parent, "groupId", properties), text(parent, "artifactId", properties),
                    "parent", text(parent, "version", properties)));
        }
        for (Element dependency : SafeXml.children(SafeXml.child(project, "dependencies"), "dependency")) {
            String artifactId = text(dependency, "artifactId", properties);
            if (artifactId == null) {
                continue;
            }
            String scope = text(dependency, "scope", properties);
            String type = "true".equals(text(dependency, "optional", properties)) ? "optional"
                    : scope == null ? "compile" : scope;
            out.add(new PackageDependency(text(dependency, "groupId", properties), artifactId, type,
                    text(dependency, "version", properties)));
        }
        return out;
    }

    /** The POM's own properties and the project's coordinates, the only ones resolvable without its parent. */
    private static Map<String, String> properties(Element project, PackageCoordinate coordinate, String version) {
        Map<String, String> properties = new HashMap<>();
        Element declared = SafeXml.child(project, "properties");
        NodeList nodes = declared == null ? null : declared.getChildNodes();
        for (int i = 0; nodes != null && i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element property) {
                properties.put(property.getTagName(), property.getTextContent().trim());
            }
        }
        properties.put("project.version", version);
        properties.put("project.groupId", coordinate.namespace() == null ? "" : coordinate.namespace());
        properties.put("project.artifactId", coordinate.name());
        Element parent = SafeXml.child(project, "parent");
        if (parent != null && SafeXml.childText(parent, "version") != null) {
            properties.put("project.parent.version", SafeXml.childText(parent, "version"));
        }
        return properties;
    }

    /** The child's text with ${...} resolved where the POM itself says what it is (unresolvable ones stay as written). */
    private static String text(Element parent, String name, Map<String, String> properties) {
        String raw = SafeXml.childText(parent, name);
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        Matcher m = PROPERTY.matcher(raw);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = properties.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value != null ? value : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }
}
