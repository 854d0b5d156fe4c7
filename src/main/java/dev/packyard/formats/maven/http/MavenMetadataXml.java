package dev.packyard.formats.maven.http;

import dev.packyard.model.PackageCoordinate;
import dev.packyard.formats.maven.upstream.MavenPlugin;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The three maven-metadata.xml documents of the repository layout, written with the JDK's StAX writer (which does
 * the escaping): artifact level (the versions offered, optionally with a group's plugins when the same path is
 * both), group level (plugin prefixes) and a SNAPSHOT's version level (its newest build per file kind).
 */
final class MavenMetadataXml {
    private static final DateTimeFormatter LAST_UPDATED = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

    private MavenMetadataXml() {
    }

    /** {@code versions} in Maven order, oldest first; {@code lastUpdated} the newest publish time known. */
    static byte[] render(PackageCoordinate coordinate, List<String> versions, Instant lastUpdated) {
        return artifactAndGroup(Optional.of(new ArtifactVersions(coordinate, versions, lastUpdated)), List.of());
    }

    /** The artifact's versions (if the path names an artifact) and the plugins of the group (if it names a group). */
    static byte[] artifactAndGroup(Optional<ArtifactVersions> artifact, Collection<MavenPlugin> plugins) {
        return document(xml -> {
            if (artifact.isPresent()) {
                ArtifactVersions a = artifact.get();
                element(xml, "groupId", a.coordinate().namespace());
                element(xml, "artifactId", a.coordinate().name());
                xml.writeStartElement("versioning");
                List<String> versions = a.versions();
                if (!versions.isEmpty()) {
                    element(xml, "latest", versions.get(versions.size() - 1));
                }
                Optional<String> release = versions.stream().filter(v -> !v.endsWith(MavenPath.SNAPSHOT)).reduce((x, y) -> y);
                if (release.isPresent()) {
                    element(xml, "release", release.get());
                }
                xml.writeStartElement("versions");
                for (String v : versions) {
                    element(xml, "version", v);
                }
                xml.writeEndElement();
                element(xml, "lastUpdated", LAST_UPDATED.format(a.lastUpdated()));
                xml.writeEndElement();
            }
            if (!plugins.isEmpty()) {
                xml.writeStartElement("plugins");
                for (MavenPlugin plugin : plugins) {
                    xml.writeStartElement("plugin");
                    element(xml, "name", plugin.name());
                    element(xml, "prefix", plugin.prefix());
                    element(xml, "artifactId", plugin.artifactId());
                    xml.writeEndElement();
                }
                xml.writeEndElement();
            }
        });
    }

    /**
     * A SNAPSHOT's version-level metadata from the names of the files its builds left: the newest build overall, and
     * for each classifier and extension the newest build that has such a file.
     */
    static byte[] snapshot(PackageCoordinate coordinate, String version, Collection<String> fileNames) {
        Map<String, SnapshotBuild> newestPerKind = new LinkedHashMap<>();
        Comparator<SnapshotBuild> order = Comparator.comparingInt(SnapshotBuild::buildNumber).thenComparing(SnapshotBuild::timestamp);
        fileNames.stream().flatMap(name -> SnapshotBuild.of(coordinate.name(), version, name).stream()).sorted(order)
                .forEach(build -> newestPerKind.put(build.classifier() + ":" + build.extension(), build));
        Optional<SnapshotBuild> newest = newestPerKind.values().stream().max(order);
        return document(xml -> {
            element(xml, "groupId", coordinate.namespace());
            element(xml, "artifactId", coordinate.name());
            element(xml, "version", version);
            xml.writeStartElement("versioning");
            if (newest.isPresent()) {
                xml.writeStartElement("snapshot");
                element(xml, "timestamp", newest.get().timestamp());
                element(xml, "buildNumber", Integer.toString(newest.get().buildNumber()));
                xml.writeEndElement();
                element(xml, "lastUpdated", LAST_UPDATED.format(newest.get().time()));
            }
            xml.writeStartElement("snapshotVersions");
            for (SnapshotBuild build : newestPerKind.values()) {
                xml.writeStartElement("snapshotVersion");
                if (!build.classifier().isEmpty()) {
                    element(xml, "classifier", build.classifier());
                }
                element(xml, "extension", build.extension());
                element(xml, "value", build.value(version));
                element(xml, "updated", LAST_UPDATED.format(build.time()));
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
        });
    }

    /** The versions an artifact-level document lists, oldest first, and the newest publish time among them. */
    record ArtifactVersions(PackageCoordinate coordinate, List<String> versions, Instant lastUpdated) {
        ArtifactVersions {
            versions = List.copyOf(versions);
        }
    }

    private interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private static byte[] document(Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("metadata");
            body.write(xml);
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing maven-metadata.xml failed", e);
        }
        out.write('\n');
        return out.toByteArray();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
