package dev.packyard.formats.cargo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.packyard.formats.cargo.index.IndexFile;
import dev.packyard.formats.cargo.index.IndexPath;
import dev.packyard.formats.cargo.upstream.CrateFiles;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageFormat;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The sparse protocol's index paths and download templates, with the Cargo book's own examples. */
class SparseIndexPathsTest {
    @Test
    void indexPathsGoByTheLengthOfTheLowerCasedName() {
        assertThat(IndexPath.of("a")).isEqualTo("1/a");
        assertThat(IndexPath.of("ab")).isEqualTo("2/ab");
        assertThat(IndexPath.of("abc")).isEqualTo("3/a/abc");
        assertThat(IndexPath.of("cargo")).isEqualTo("ca/rg/cargo");
        assertThat(IndexPath.of("Inflector")).isEqualTo("in/fl/inflector");

        assertThat(IndexPath.crateOf("ca/rg/cargo")).contains("cargo");
        assertThat(IndexPath.crateOf("3/a/abc")).contains("abc");
        assertThat(IndexPath.crateOf("in/fl/Inflector")).contains("inflector");
        assertThat(IndexPath.crateOf("ca/xx/cargo")).as("not where its name belongs").isEmpty();
        assertThat(IndexPath.crateOf("config.json")).isEmpty();
        assertThat(IndexPath.crateOf("1/-")).as("not a crate name").isEmpty();
    }

    @Test
    void aCratesPackageNameIsItsLowerCasedNameWithDashesAndUnderscoresKept() {
        assertThat(PackageCoordinate.written(PackageFormat.CARGO, "Inflector").name()).isEqualTo("inflector");
        assertThat(PackageCoordinate.of(PackageFormat.CARGO, null, "Serde_Json").name()).isEqualTo("serde_json");
        assertThat(PackageCoordinate.of(PackageFormat.CARGO, null, "serde-json"))
                .isNotEqualTo(PackageCoordinate.of(PackageFormat.CARGO, null, "serde_json"));
    }

    @Test
    void aDownloadTemplateWithoutMarkersGetsCrateVersionDownloadAppended() {
        assertThat(CrateFiles.downloadUrl("https://static.crates.io/crates", "serde", "1.0.0", "abc"))
                .isEqualTo("https://static.crates.io/crates/serde/1.0.0/download");
        assertThat(CrateFiles.downloadUrl("https://example.org/{prefix}/{lowerprefix}/{crate}/{version}/{sha256-checksum}.crate",
                "Inflector", "0.11.4", "f00d"))
                .isEqualTo("https://example.org/In/fl/in/fl/Inflector/0.11.4/f00d.crate");
        assertThat(CrateFiles.downloadUrl("https://example.org/{prefix}/{crate}", "abc", "1.0.0", "x"))
                .isEqualTo("https://example.org/3/a/abc");
        assertThat(CrateFiles.assetName("Inflector", "0.11.4")).isEqualTo("inflector-0.11.4.crate");
    }

    @Test
    void anIndexFileSkipsLinesCargoCouldNotReadEither() {
        IndexFile file = IndexFile.parse("{\"name\":\"a\",\"vers\":\"1.0.0\",\"deps\":[],\"cksum\":\"00\",\"features\":{}}\n"
                + "not json\n\n{\"name\":\"a\"}\n{\"name\":\"a\",\"vers\":\"1.1.0\",\"deps\":[],\"cksum\":\"11\",\"features\":{}}\n");
        assertThat(file.lines()).extracting(l -> l.path("vers").asText()).containsExactly("1.0.0", "1.1.0");
        assertThat(file.line("1.1.0").map(l -> l.path("cksum").asText())).isEqualTo(Optional.of("11"));
        assertThat(IndexFile.write(file.line("1.0.0").orElseThrow())).endsWith("}\n").doesNotContain("\n{");
    }
}
