package dev.packyard.formats.pypi.manifest;

import static dev.packyard.testing.TestArchives.files;
import static dev.packyard.testing.TestArchives.tgz;
import static dev.packyard.testing.TestArchives.zip;
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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PypiDetailsReaderTest {
    private static final PackageCoordinate FETCHY = PackageCoordinate.of(PackageFormat.PYPI, null, "fetchy");
    private final PypiDetailsReader reader = new PypiDetailsReader();

    @Test
    void aWheelsMetadataGivesEveryField() throws IOException {
        byte[] wheel = zip(files(
                "fetchy/__init__.py", "",
                "fetchy-1.1.0.dist-info/METADATA", """
                        Metadata-Version: 2.1
                        Name: fetchy
                        Version: 1.1.0
                        Summary: Fetches things politely
                        Home-page: https://fetchy.example/
                        License: BSD-3-Clause
                        Project-URL: Documentation, https://docs.fetchy.example/
                        Project-URL: Source Code, https://github.com/acme/fetchy
                        Classifier: License :: OSI Approved :: BSD License
                        Requires-Python: >=3.8
                        Requires-Dist: Tidy_Text>=1.1
                        Requires-Dist: requests (>=2.0,<3)
                        Requires-Dist: colorama; sys_platform == "win32"
                        Requires-Dist: pytest[testing] >=7 ; extra == 'test'
                        Description-Content-Type: text/markdown

                        # fetchy

                        Fetches things *politely*.
                        """,
                "fetchy-1.1.0.dist-info/WHEEL", "Wheel-Version: 1.0\n"));

        VersionDetails d = reader.read(FETCHY, "1.1.0", asset("fetchy-1.1.0-py3-none-any.whl"), new ByteArrayInputStream(wheel));

        assertThat(d.summary()).isEqualTo("Fetches things politely");
        assertThat(d.homePage()).isEqualTo("https://fetchy.example/");
        assertThat(d.sourceCodeRepository()).isEqualTo("https://github.com/acme/fetchy");
        assertThat(d.licenses()).containsExactly(new License("BSD-3-Clause", null));
        assertThat(d.readme()).isEqualTo("# fetchy\n\nFetches things *politely*.");
        assertThat(d.dependencies()).containsExactly(
                new PackageDependency(null, "tidy-text", "Requires-Dist", ">=1.1"),
                new PackageDependency(null, "requests", "Requires-Dist", ">=2.0,<3"),
                new PackageDependency(null, "colorama", "Requires-Dist", "; sys_platform == \"win32\""),
                new PackageDependency(null, "pytest", "Requires-Dist", ">=7; extra == 'test'"));
    }

    @Test
    void anSdistsPkgInfoWithTheOlderDescriptionFieldAndClassifierLicenses() throws IOException {
        byte[] sdist = tgz(files(
                "fetchy-0.9.0/setup.py", "",
                "fetchy-0.9.0/PKG-INFO", """
                        Metadata-Version: 1.1
                        Name: fetchy
                        Version: 0.9.0
                        Summary: Fetches things
                        Home-page: UNKNOWN
                        License: UNKNOWN
                        Project-URL: Homepage, https://fetchy.example/
                        Project-URL: Repository, https://git.example/fetchy
                        Description: fetchy
                                ======
                               |
                                Old style.
                        Classifier: License :: OSI Approved :: MIT License
                        Classifier: Programming Language :: Python :: 3
                        """,
                "fetchy-0.9.0/fetchy/PKG-INFO", "Name: not this one\n"));

        VersionDetails d = reader.read(FETCHY, "0.9.0", asset("fetchy-0.9.0.tar.gz"), new ByteArrayInputStream(sdist));

        assertThat(d.summary()).isEqualTo("Fetches things");
        assertThat(d.homePage()).isEqualTo("https://fetchy.example/");
        assertThat(d.sourceCodeRepository()).isEqualTo("https://git.example/fetchy");
        assertThat(d.licenses()).containsExactly(new License("MIT License", null));
        assertThat(d.readme()).isEqualTo("fetchy\n======\n\nOld style.");
        assertThat(d.dependencies()).isEmpty();
    }

    @Test
    void aWheelWithoutMetadataIsUnreadable() {
        byte[] wheel = zip(files("fetchy/__init__.py", "", "fetchy/METADATA", "Name: misplaced\n"));
        assertThatThrownBy(() -> reader.read(FETCHY, "1.0.0", asset("fetchy-1.0.0-py3-none-any.whl"),
                new ByteArrayInputStream(wheel))).isInstanceOf(IOException.class).hasMessageContaining("METADATA");
    }

    @Test
    void aWheelDescribesTheVersionBeforeAnSdist() {
        List<Asset> assets = List.of(asset("fetchy-1.0.0.tar.gz"), asset("fetchy-1.0.0-py3-none-any.whl"),
                asset("fetchy-1.0.0.tar.gz.asc"));
        assertThat(reader.describingAsset(FETCHY, "1.0.0", assets)).map(Asset::name)
                .contains("fetchy-1.0.0-py3-none-any.whl");
        assertThat(reader.describingAsset(FETCHY, "1.0.0", List.of(asset("fetchy-1.0.0.tar.gz"))))
                .map(Asset::name).contains("fetchy-1.0.0.tar.gz");
        assertThat(reader.describingAsset(FETCHY, "1.0.0", List.of(asset("fetchy-1.0.0.exe")))).isEmpty();
    }

    private static Asset asset(String name) {
        return new Asset(name, 1, Map.of(HashAlgorithm.SHA256, "0".repeat(64)));
    }
}
