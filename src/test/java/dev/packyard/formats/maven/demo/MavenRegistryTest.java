package dev.packyard.formats.maven.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.packyard.demo.ArchiveContents;
import dev.packyard.demo.common.DemoRequest;
import dev.packyard.demo.common.DemoResponse;
import dev.packyard.demo.common.Digests;
import dev.packyard.testing.MutableClock;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class MavenRegistryTest {
    private static final String BASE = "http://127.0.0.1:4875/maven2/";
    private static final String GROUP = "dev/packyard/demo/";

    private final MutableClock clock = MutableClock.startingAt("2026-06-01T12:00:00Z");
    private final MavenRegistry registry = new MavenRegistry(clock);

    @Test
    void everyFileHasMatchingSha1AndMd5Sidecars() throws Exception {
        int checked = 0;
        for (String artifact : registry.packageNames()) {
            List<String> paths = new ArrayList<>(List.of(GROUP + artifact + "/maven-metadata.xml"));
            for (String version : registry.versions(artifact)) {
                String base = GROUP + artifact + "/" + version + "/" + artifact + "-" + version;
                paths.add(base + ".pom");
                if (!artifact.equals("demo-parent")) {
                    paths.add(base + ".jar");
                }
            }
            for (String path : paths) {
                byte[] file = get(path).body();
                assertThat(text(get(path + ".sha1").body())).as(path).isEqualTo(Digests.hex("SHA-1", file));
                assertThat(text(get(path + ".md5").body())).as(path).isEqualTo(Digests.hex("MD5", file));
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(20);
    }

    @Test
    void epsilonHasEveryOtherKindOfFileARealVersionHasWithAllFourSidecars() throws Exception {
        String base = GROUP + "epsilon/1.1.0/epsilon-1.1.0";
        byte[] jar = get(base + ".jar").body();
        assertThat(ArchiveContents.unzip(get(base + "-sources.jar").body())).containsKey("dev/packyard/demo/epsilon/About.java");
        assertThat(ArchiveContents.unzip(get(base + "-javadoc.jar").body())).containsKey("index.html");
        assertThat(ArchiveContents.unzip(get(base + "-linux-x86_64.jar").body())).containsKey("native/linux-x86_64/libepsilon.so");
        assertThat(ArchiveContents.unzip(get(base + "-bin.zip").body())).containsKeys("epsilon-1.1.0/bin/epsilon",
                "epsilon-1.1.0/README.txt");
        assertThat(text(get(base + ".pom").body())).contains("published-with-gradle-metadata");
        String module = text(get(base + ".module").body());
        assertThat(module).contains("\"formatVersion\" : \"1.1\"", "\"url\" : \"epsilon-1.1.0.jar\"",
                "\"sha256\" : \"" + Digests.hex("SHA-256", jar) + "\"", "\"size\" : " + jar.length);
        for (String file : List.of(base + "-bin.zip", base + ".module")) {
            byte[] bytes = get(file).body();
            assertThat(text(get(file + ".sha256").body())).isEqualTo(Digests.hex("SHA-256", bytes));
            assertThat(text(get(file + ".sha512").body())).isEqualTo(Digests.hex("SHA-512", bytes));
        }
    }

    @Test
    void thePluginGroupsMetadataMapsThePrefixToAPluginWithADescriptor() throws Exception {
        String group = "dev/packyard/demo/plugins/";
        Document metadata = xml(get(group + "maven-metadata.xml").body());
        assertThat(texts(metadata, "prefix")).containsExactly("hello");
        assertThat(texts(metadata, "artifactId")).containsExactly("hello-maven-plugin");
        assertThat(texts(xml(get(group + "hello-maven-plugin/maven-metadata.xml").body()), "release")).containsExactly("1.0.0");
        assertThat(text(get(group + "hello-maven-plugin/1.0.0/hello-maven-plugin-1.0.0.pom").body()))
                .contains("<packaging>maven-plugin</packaging>");
        Map<String, String> jar = ArchiveContents.unzip(get(group + "hello-maven-plugin/1.0.0/hello-maven-plugin-1.0.0.jar").body());
        Document descriptor = xml(jar.get("META-INF/maven/plugin.xml").getBytes(StandardCharsets.UTF_8));
        assertThat(texts(descriptor, "goalPrefix")).containsExactly("hello");
        assertThat(texts(descriptor, "implementation")).containsExactly("dev.packyard.demo.plugins.hello.GreetMojo");
        assertThat(jar).containsKey("dev/packyard/demo/plugins/hello/GreetMojo.class");
        assertThat(registry.handle(new DemoRequest(group + "other-plugin/maven-metadata.xml", "", BASE)).status()).isEqualTo(404);
    }

    @Test
    void metadataListsEveryVersionWithLatestAndRelease() throws Exception {
        Document metadata = xml(get(GROUP + "alpha/maven-metadata.xml").body());
        assertThat(texts(metadata, "version")).containsExactly("1.0.0", "1.1.0", "2.0.0");
        assertThat(texts(metadata, "latest")).containsExactly("2.0.0");
        assertThat(texts(metadata, "release")).containsExactly("2.0.0");
        assertThat(texts(metadata, "lastUpdated")).containsExactly("20240523023000");
    }

    @Test
    void alphaInheritsFromTheParentWhichManagesItsDependencyOnBeta() throws Exception {
        Document alpha = xml(get(GROUP + "alpha/2.0.0/alpha-2.0.0.pom").body());
        assertThat(texts(alpha, "parent")).hasSize(1);
        assertThat(alpha.getElementsByTagName("parent").item(0).getTextContent()).contains("demo-parent", "1.1.0");
        assertThat(alpha.getElementsByTagName("dependency").item(0).getTextContent()).contains("beta")
                .doesNotContain("1.1.0");

        Document parent = xml(get(GROUP + "demo-parent/1.1.0/demo-parent-1.1.0.pom").body());
        assertThat(texts(parent, "packaging")).containsExactly("pom");
        assertThat(parent.getElementsByTagName("dependencyManagement").item(0).getTextContent()).contains("beta", "1.1.0");
        assertThat(registry.versions("beta")).contains("1.1.0");
    }

    @Test
    void jarsAreZipsWithAManifestAndTheirPom() throws Exception {
        Map<String, String> jar = ArchiveContents.unzip(get(GROUP + "gamma/1.0.0/gamma-1.0.0.jar").body());
        assertThat(jar.get("META-INF/MANIFEST.MF")).startsWith("Manifest-Version: 1.0").contains("Implementation-Version: 1.0.0");
        assertThat(jar.get("META-INF/maven/dev.packyard.demo/gamma/pom.xml"))
                .isEqualTo(text(get(GROUP + "gamma/1.0.0/gamma-1.0.0.pom").body()));
        assertThat(jar).containsKey("dev/packyard/demo/gamma/about.txt");
    }

    @Test
    void publishingUpdatesMetadataAndServesTheNewFiles() throws Exception {
        assertThat(registry.publishNextVersion("dev.packyard.demo:delta")).isEqualTo("1.1.1");
        Document metadata = xml(get(GROUP + "delta/maven-metadata.xml").body());
        assertThat(texts(metadata, "release")).containsExactly("1.1.1");
        assertThat(texts(metadata, "lastUpdated")).containsExactly("20260601120000");
        byte[] jar = get(GROUP + "delta/1.1.1/delta-1.1.1.jar").body();
        assertThat(text(get(GROUP + "delta/1.1.1/delta-1.1.1.jar.sha1").body())).isEqualTo(Digests.hex("SHA-1", jar));
    }

    @Test
    void theCatalogueIsTheSameByteForByteOnEveryRun() {
        MavenRegistry other = new MavenRegistry(MutableClock.startingAt("2031-01-01T00:00:00Z"));
        for (String artifact : registry.packageNames()) {
            List<String> paths = new ArrayList<>(List.of(GROUP + artifact + "/maven-metadata.xml"));
            registry.versions(artifact).forEach(v -> paths.add(GROUP + artifact + "/" + v + "/" + artifact + "-" + v
                    + (artifact.equals("demo-parent") ? ".pom" : ".jar")));
            for (String path : paths) {
                DemoRequest request = new DemoRequest(path, "", BASE);
                assertThat(other.handle(request).body()).as(path).isEqualTo(registry.handle(request).body());
            }
        }
    }

    @Test
    void pathsOutsideTheCatalogueAre404() {
        for (String path : List.of("org/example/x/1.0/x-1.0.jar", GROUP + "alpha/9.9.9/alpha-9.9.9.jar",
                GROUP + "alpha/2.0.0/alpha-2.0.0-sources.jar", GROUP + "nothing/maven-metadata.xml")) {
            assertThat(registry.handle(new DemoRequest(path, "", BASE)).status()).as(path).isEqualTo(404);
        }
    }

    private DemoResponse get(String path) {
        DemoResponse response = registry.handle(new DemoRequest(path, "", BASE));
        assertThat(response.status()).as("status of %s", path).isEqualTo(200);
        return response;
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static Document xml(byte[] bytes) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    private static List<String> texts(Document doc, String tag) {
        NodeList nodes = doc.getElementsByTagName(tag);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent().trim());
        }
        return texts;
    }
}
