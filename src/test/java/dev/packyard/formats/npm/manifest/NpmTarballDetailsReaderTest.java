package dev.packyard.formats.npm.manifest;

import static dev.packyard.testing.TestArchives.files;
import static dev.packyard.testing.TestArchives.tgz;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.packyard.model.Asset;
import dev.packyard.model.HashAlgorithm;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageDependency;
import dev.packyard.model.PackageFormat;
import dev.packyard.model.VersionDetails;
import dev.packyard.model.VersionMetadata.License;
import dev.packyard.service.details.BoundedReads;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;

class NpmTarballDetailsReaderTest {
    private static final PackageCoordinate WIDGET = PackageCoordinate.of(PackageFormat.NPM, "acme", "widget");
    private final NpmTarballDetailsReader reader = new NpmTarballDetailsReader(new ObjectMapper());

    @Test
    void readsPackageJsonAndTheReadmeBesideIt() throws IOException {
        byte[] tarball = tgz(files(
                "package/package.json", """
                        {"name":"@acme/widget","version":"1.2.0","description":"Widgets for everyone",
                         "homepage":"https://widget.example/","license":"MIT",
                         "repository":{"type":"git","url":"git+https://github.com/acme/widget.git"},
                         "dependencies":{"@acme/core":"^2.0.0","left-pad":"~1.3.0"},
                         "devDependencies":{"tap":"^16.0.0"},
                         "peerDependencies":{"react":">=17"},
                         "optionalDependencies":{"fsevents":"2.x"},
                         "bundleDependencies":["left-pad"]}""",
                "package/index.js", "module.exports = 1;\n",
                "package/README.md", "# widget\n\nMakes widgets.\n"));

        VersionDetails d = read(tarball);

        assertThat(d.summary()).isEqualTo("Widgets for everyone");
        assertThat(d.homePage()).isEqualTo("https://widget.example/");
        assertThat(d.sourceCodeRepository()).isEqualTo("https://github.com/acme/widget.git");
        assertThat(d.licenses()).containsExactly(new License("MIT", null));
        assertThat(d.readme()).isEqualTo("# widget\n\nMakes widgets.\n");
        assertThat(d.dependencies()).containsExactly(
                new PackageDependency("acme", "core", "regular", "^2.0.0"),
                new PackageDependency(null, "left-pad", "regular", "~1.3.0"),
                new PackageDependency(null, "tap", "dev", "^16.0.0"),
                new PackageDependency(null, "react", "peer", ">=17"),
                new PackageDependency(null, "fsevents", "optional", "2.x"),
                new PackageDependency(null, "left-pad", "bundled", "~1.3.0"));
    }

    @Test
    void anyTopFolderNameAndTheReadmeFieldWhenTheTarballHasNoReadmeFile() throws IOException {
        byte[] tarball = tgz(files(
                "widget/package.json", """
                        {"name":"widget","version":"1.0.0","repository":"acme/widget",
                         "licenses":[{"type":"Apache-2.0","url":"https://www.apache.org/licenses/LICENSE-2.0"}],
                         "readme":"From the manifest"}""",
                "widget/lib/README.md", "not the package's readme"));

        VersionDetails d = read(tarball);

        assertThat(d.readme()).isEqualTo("From the manifest");
        assertThat(d.sourceCodeRepository()).isEqualTo("https://github.com/acme/widget.git");
        assertThat(d.licenses()).containsExactly(new License("Apache-2.0", "https://www.apache.org/licenses/LICENSE-2.0"));
        assertThat(d.summary()).isNull();
        assertThat(d.dependencies()).isEmpty();
    }

    @Test
    void readmeMdWinsOverOtherReadmes() throws IOException {
        byte[] tarball = tgz(files(
                "package/README.txt", "plain",
                "package/package.json", "{\"name\":\"widget\",\"version\":\"1.0.0\"}",
                "package/readme.md", "markdown"));

        assertThat(read(tarball).readme()).isEqualTo("markdown");
    }

    @Test
    void aTarballWithoutPackageJsonOrWithBrokenJsonIsUnreadable() {
        assertThatThrownBy(() -> read(tgz(files("package/index.js", "1"))))
                .isInstanceOf(IOException.class).hasMessageContaining("no package.json");
        assertThatThrownBy(() -> read(tgz(files("package/package.json", "{\"name\": "))))
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> read("not gzip at all".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IOException.class);
    }

    /** A package.json that claims 2 GB: reading stops at the ceiling, long before the content would run out. */
    @Test
    void aHostileTwoGigabytePackageJsonIsRefusedAtTheCeiling() throws Exception {
        long claimed = 2L * 1024 * 1024 * 1024;
        AtomicLong written = new AtomicLong();
        PipedInputStream in = new PipedInputStream(64 * 1024);
        PipedOutputStream out = new PipedOutputStream(in);
        Thread producer = new Thread(() -> {
            try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GZIPOutputStream(out))) {
                tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
                TarArchiveEntry entry = new TarArchiveEntry("package/package.json");
                entry.setSize(claimed);
                tar.putArchiveEntry(entry);
                byte[] chunk = new byte[64 * 1024];
                Arrays.fill(chunk, (byte) ' ');
                while (written.get() < claimed) {
                    tar.write(chunk);
                    written.addAndGet(chunk.length);
                }
                tar.closeArchiveEntry();
            } catch (IOException expected) {
                // the reader closed the pipe: it stopped reading
            }
        });
        producer.start();

        assertThatThrownBy(() -> {
            try (InputStream content = in) {
                reader.read(WIDGET, "1.0.0", asset("widget-1.0.0.tgz"), content);
            }
        }).isInstanceOf(BoundedReads.EntryTooLargeException.class);
        producer.join(10_000);
        assertThat(producer.isAlive()).isFalse();
        // The pipe holds 64 KiB of gzip, about 64 MiB of spaces: the producer runs that far ahead, not further.
        assertThat(written.get()).as("bytes produced before the reader gave up").isLessThan(claimed / 8);
    }

    @Test
    void theTarballDescribesTheVersion() {
        List<Asset> assets = List.of(asset("package.json"), asset("widget-1.2.0.tgz"));
        assertThat(reader.describingAsset(WIDGET, "1.2.0", assets)).map(Asset::name).contains("widget-1.2.0.tgz");
        assertThat(reader.describingAsset(WIDGET, "1.2.0", List.of(asset("notes.txt")))).isEmpty();
    }

    private VersionDetails read(byte[] tarball) throws IOException {
        return reader.read(WIDGET, "1.2.0", asset("widget-1.2.0.tgz"), new ByteArrayInputStream(tarball));
    }

    static Asset asset(String name) {
        return new Asset(name, 1, Map.of(HashAlgorithm.SHA256, "0".repeat(64)));
    }
}
