package dev.packyard.formats.nuget.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** .nuspec files as packages carry them: grouped and flat dependencies, any schema namespace, and hostile XML refused. */
class NuspecReaderTest {
    @Test
    void readsGroupedDependenciesLicenseAndRepository() throws Exception {
        Nuspec n = read("""
                <?xml version="1.0"?>
                <package xmlns="http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd">
                  <metadata>
                    <id>Contoso.Utility</id><version>1.0.0-beta.2</version><authors>Contoso</authors>
                    <description>Helpers</description><license type="expression">MIT OR Apache-2.0</license>
                    <repository type="git" url="https://example.invalid/contoso.git" />
                    <dependencies>
                      <group targetFramework="net8.0"><dependency id="Newtonsoft.Json" version="[13.0.1, )" /></group>
                      <group targetFramework="netstandard2.0" />
                    </dependencies>
                  </metadata>
                </package>""");
        assertThat(n.id()).isEqualTo("Contoso.Utility");
        assertThat(n.version()).isEqualTo("1.0.0-beta.2");
        assertThat(n.licenseExpression()).isEqualTo("MIT OR Apache-2.0");
        assertThat(n.repositoryUrl()).isEqualTo("https://example.invalid/contoso.git");
        assertThat(n.dependencyGroups()).hasSize(2);
        assertThat(n.dependencyGroups().get(0).dependencies()).containsExactly(new Nuspec.Dependency("Newtonsoft.Json", "[13.0.1, )"));
        assertThat(n.dependencyGroups().get(1).dependencies()).isEmpty();
    }

    @Test
    void readsOldFlatDependenciesWithoutANamespace() throws Exception {
        Nuspec n = read("<package><metadata><id>Old</id><version>1.0</version><licenseUrl>https://example.invalid/l</licenseUrl>"
                + "<dependencies><dependency id=\"Dep\" /></dependencies></metadata></package>");
        assertThat(n.dependencyGroups()).containsExactly(new Nuspec.DependencyGroup(null, java.util.List.of(new Nuspec.Dependency("Dep", null))));
        assertThat(n.licenseUrl()).isEqualTo("https://example.invalid/l");
    }

    @Test
    void refusesDoctypesAndWhatIsNoNuspec() {
        assertThatThrownBy(() -> read("<!DOCTYPE p [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><package><metadata><id>&x;</id>"
                + "<version>1.0</version></metadata></package>")).isInstanceOf(IOException.class).hasMessageContaining("not well-formed");
        assertThatThrownBy(() -> read("<project/>")).isInstanceOf(IOException.class).hasMessageContaining("not a .nuspec");
        assertThatThrownBy(() -> read("<package><metadata><id>NoVersion</id></metadata></package>"))
                .isInstanceOf(IOException.class).hasMessageContaining("needs an <id> and a <version>");
    }

    private static Nuspec read(String xml) throws IOException {
        return NuspecReader.read(xml.getBytes(StandardCharsets.UTF_8));
    }
}
