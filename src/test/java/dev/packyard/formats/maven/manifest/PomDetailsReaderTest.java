package dev.packyard.formats.maven.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.packyard.model.Asset;
import dev.packyard.model.HashAlgorithm;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageDependency;
import dev.packyard.model.PackageFormat;
import dev.packyard.model.VersionDetails;
import dev.packyard.model.VersionMetadata.License;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PomDetailsReaderTest {
    private static final PackageCoordinate ALPHA = PackageCoordinate.of(PackageFormat.MAVEN, "dev.acme", "alpha");
    private final PomDetailsReader reader = new PomDetailsReader();

    @Test
    void aPomGivesItsDescriptionLicensesScmAndDependenciesByScope() throws IOException {
        String pom = """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <parent>
                    <groupId>dev.acme</groupId>
                    <artifactId>acme-parent</artifactId>
                    <version>7</version>
                  </parent>
                  <artifactId>alpha</artifactId>
                  <version>2.0.0</version>
                  <name>Alpha</name>
                  <description>Alpha does the first thing</description>
                  <url>https://alpha.example/</url>
                  <licenses>
                    <license><name>Apache-2.0</name><url>https://www.apache.org/licenses/LICENSE-2.0.txt</url></license>
                  </licenses>
                  <scm><connection>scm:git:https://git.example/alpha.git</connection></scm>
                  <properties><beta.version>1.1.0</beta.version></properties>
                  <dependencyManagement><dependencies><dependency>
                    <groupId>dev.acme</groupId><artifactId>managed-only</artifactId><version>9</version>
                  </dependency></dependencies></dependencyManagement>
                  <dependencies>
                    <dependency><groupId>dev.acme</groupId><artifactId>beta</artifactId><version>${beta.version}</version></dependency>
                    <dependency><groupId>dev.acme</groupId><artifactId>alpha-api</artifactId><version>${project.version}</version>
                      <scope>runtime</scope></dependency>
                    <dependency><groupId>org.junit</groupId><artifactId>junit</artifactId><version>5.10.0</version>
                      <scope>test</scope></dependency>
                    <dependency><groupId>dev.acme</groupId><artifactId>extras</artifactId><version>[1.0,2.0)</version>
                      <optional>true</optional></dependency>
                    <dependency><groupId>dev.acme</groupId><artifactId>managed</artifactId><scope>provided</scope></dependency>
                  </dependencies>
                </project>
                """;

        VersionDetails d = read(pom);

        assertThat(d.summary()).isEqualTo("Alpha does the first thing");
        assertThat(d.homePage()).isEqualTo("https://alpha.example/");
        assertThat(d.sourceCodeRepository()).isEqualTo("https://git.example/alpha.git");
        assertThat(d.licenses()).containsExactly(new License("Apache-2.0", "https://www.apache.org/licenses/LICENSE-2.0.txt"));
        assertThat(d.readme()).as("Maven versions have no readme").isNull();
        assertThat(d.dependencies()).containsExactly(
                new PackageDependency("dev.acme", "acme-parent", "parent", "7"),
                new PackageDependency("dev.acme", "beta", "compile", "1.1.0"),
                new PackageDependency("dev.acme", "alpha-api", "runtime", "2.0.0"),
                new PackageDependency("org.junit", "junit", "test", "5.10.0"),
                new PackageDependency("dev.acme", "extras", "optional", "[1.0,2.0)"),
                new PackageDependency("dev.acme", "managed", "provided", null));
    }

    @Test
    void theNameStandsInForAMissingDescriptionAndScmUrlWinsOverTheConnection() throws IOException {
        VersionDetails d = read("""
                <project><artifactId>alpha</artifactId><name>Alpha</name>
                  <scm><url>https://git.example/alpha</url><connection>scm:git:git://git.example/alpha.git</connection></scm>
                </project>""");
        assertThat(d.summary()).isEqualTo("Alpha");
        assertThat(d.sourceCodeRepository()).isEqualTo("https://git.example/alpha");
        assertThat(d.dependencies()).isEmpty();
    }

    @Test
    void documentTypesAndOtherRootsAreRefused() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE project [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <project><description>&secret;</description></project>""";
        assertThatThrownBy(() -> read(xxe)).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> read("<metadata/>")).isInstanceOf(IOException.class).hasMessageContaining("not a POM");
        assertThatThrownBy(() -> read("<project>")).isInstanceOf(IOException.class);
    }

    @Test
    void theVersionsOwnPomDescribesIt() {
        List<Asset> assets = List.of(asset("alpha-2.0.0.jar"), asset("alpha-2.0.0-extra.pom"), asset("alpha-2.0.0.pom"));
        assertThat(reader.describingAsset(ALPHA, "2.0.0", assets)).map(Asset::name).contains("alpha-2.0.0.pom");
        assertThat(reader.describingAsset(ALPHA, "2.0.0", List.of(asset("alpha-2.0.0.jar")))).isEmpty();
    }

    private VersionDetails read(String pom) throws IOException {
        return reader.read(ALPHA, "2.0.0", asset("alpha-2.0.0.pom"),
                new ByteArrayInputStream(pom.getBytes(StandardCharsets.UTF_8)));
    }

    private static Asset asset(String name) {
        return new Asset(name, 1, Map.of(HashAlgorithm.SHA256, "0".repeat(64)));
    }
}
