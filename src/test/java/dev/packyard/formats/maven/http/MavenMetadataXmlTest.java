package dev.packyard.formats.maven.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageFormat;
import dev.packyard.formats.maven.upstream.MavenPlugin;
import dev.packyard.formats.maven.upstream.SafeXml;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** The three levels of maven-metadata.xml, read back with the same parser that reads registries' metadata. */
class MavenMetadataXmlTest {
    private static final PackageCoordinate APP = new PackageCoordinate(PackageFormat.MAVEN, "com.example", "rw-app");

    @Test
    void artifactLevelListsVersionsWithLatestAndTheNewestReleaseSkippingSnapshots() throws Exception {
        Element root = parse(MavenMetadataXml.render(APP, List.of("1.0.0", "1.1.0", "1.2.0-SNAPSHOT"),
                Instant.parse("2026-12-03T08:27:00Z")));
        Element versioning = SafeXml.child(root, "versioning");
        assertThat(SafeXml.childText(root, "groupId")).isEqualTo("com.example");
        assertThat(SafeXml.childText(versioning, "latest")).isEqualTo("1.2.0-SNAPSHOT");
        assertThat(SafeXml.childText(versioning, "release")).isEqualTo("1.1.0");
        assertThat(texts(SafeXml.child(versioning, "versions"), "version")).containsExactly("1.0.0", "1.1.0", "1.2.0-SNAPSHOT");
        assertThat(SafeXml.childText(versioning, "lastUpdated")).isEqualTo("20261203082700");
        assertThat(SafeXml.child(root, "plugins")).isNull();
    }

    @Test
    void groupLevelMapsEachPrefixToItsPluginAndEscapesNames() throws Exception {
        Element root = parse(MavenMetadataXml.artifactAndGroup(Optional.empty(), List.of(
                new MavenPlugin("hello", "hello-maven-plugin", "Hello <&> plugin"),
                new MavenPlugin("license", "license-maven-plugin", null))));
        assertThat(SafeXml.child(root, "versioning")).isNull();
        List<Element> plugins = SafeXml.children(SafeXml.child(root, "plugins"), "plugin");
        assertThat(plugins).hasSize(2);
        assertThat(SafeXml.childText(plugins.get(0), "prefix")).isEqualTo("hello");
        assertThat(SafeXml.childText(plugins.get(0), "artifactId")).isEqualTo("hello-maven-plugin");
        assertThat(SafeXml.childText(plugins.get(0), "name")).isEqualTo("Hello <&> plugin");
        assertThat(SafeXml.childText(plugins.get(1), "name")).as("a plugin without a name is named by its artifact")
                .isEqualTo("license-maven-plugin");
    }

    @Test
    void versionLevelPointsAtTheNewestBuildOfEachKindOfFile() throws Exception {
        List<String> files = List.of("rw-app-1.0.0-20261203.082700-1.jar", "rw-app-1.0.0-20261203.082700-1.pom",
                "rw-app-1.0.0-20261203.082700-1-sources.jar",
                "rw-app-1.0.0-20261203.091500-2.jar", "rw-app-1.0.0-20261203.091500-2.pom",
                "rw-app-1.0.0-20261203.091500-2-linux-x86_64.tar.gz",
                "rw-app-1.0.0-SNAPSHOT.jar", "other-1.0.0-20261203.091500-9.jar", "rw-app-1.0.0-2026.jar");
        Element root = parse(MavenMetadataXml.snapshot(APP, "1.0.0-SNAPSHOT", files));
        assertThat(SafeXml.childText(root, "version")).isEqualTo("1.0.0-SNAPSHOT");
        Element versioning = SafeXml.child(root, "versioning");
        Element snapshot = SafeXml.child(versioning, "snapshot");
        assertThat(SafeXml.childText(snapshot, "timestamp")).isEqualTo("20261203.091500");
        assertThat(SafeXml.childText(snapshot, "buildNumber")).isEqualTo("2");
        assertThat(SafeXml.childText(versioning, "lastUpdated")).isEqualTo("20261203091500");
        List<String> entries = new ArrayList<>();
        for (Element v : SafeXml.children(SafeXml.child(versioning, "snapshotVersions"), "snapshotVersion")) {
            entries.add(Optional.ofNullable(SafeXml.childText(v, "classifier")).orElse("") + ":" + SafeXml.childText(v, "extension")
                    + "=" + SafeXml.childText(v, "value") + "@" + SafeXml.childText(v, "updated"));
        }
        assertThat(entries).as("the sources of build 1 stay the newest sources; other names are not builds").containsExactlyInAnyOrder(
                ":jar=1.0.0-20261203.091500-2@20261203091500",
                ":pom=1.0.0-20261203.091500-2@20261203091500",
                "sources:jar=1.0.0-20261203.082700-1@20261203082700",
                "linux-x86_64:tar.gz=1.0.0-20261203.091500-2@20261203091500");
    }

    private static Element parse(byte[] xml) throws Exception {
        Element root = SafeXml.parse(xml).getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("metadata");
        return root;
    }

    private static List<String> texts(Element parent, String name) {
        return SafeXml.children(parent, name).stream().map(e -> e.getTextContent().trim()).toList();
    }
}
