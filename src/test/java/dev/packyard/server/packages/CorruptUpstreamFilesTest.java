package dev.packyard.server.packages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.packyard.demo.conditions.CorruptFiles;
import dev.packyard.model.PackageFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A public registry that sends a broken file (cut short, wrong bytes, a length that hides a missing tail) through
 * Packyard's npm, PyPI and Maven endpoints: the client is told the registry sent a corrupt file and nothing was
 * kept, nothing is stored or scheduled, and once the registry is repaired the same request gets the real file.
 */
class CorruptUpstreamFilesTest extends PackageServerTest {
    static Stream<Arguments> corruptDownloads() {
        List<Arguments> all = new java.util.ArrayList<>();
        for (CorruptFiles how : CorruptFiles.values()) {
            all.add(Arguments.of(PackageFormat.NPM, "tree-leaf/-/tree-leaf-1.2.0.tgz", how));
            all.add(Arguments.of(PackageFormat.PYPI, "files/fetchy/1.1.0/fetchy-1.1.0-py3-none-any.whl", how));
            all.add(Arguments.of(PackageFormat.MAVEN, "dev/packyard/demo/alpha/2.0.0/alpha-2.0.0.jar", how));
            all.add(Arguments.of(PackageFormat.RUBY, "gems/polite-1.1.0.gem", how));
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("corruptDownloads")
    void aBrokenFileIsNeverStoredTheClientIsToldAndARetryAfterTheRepairSucceeds(PackageFormat format, String file,
                                                                                CorruptFiles how) throws Exception {
        String url = f.endpoint(format.wireName(), "app") + file;
        f.demo.controls(format).corruptFiles(how);

        PackageServerFixture.Answer broken = f.call(f.authorized(url).build());
        assertThat(broken.status()).as(broken.body()).isEqualTo(502);
        assertThat(broken.body()).contains("public registry sent a corrupt file").contains("Nothing was kept; retry");
        assertThat(broken.headers().get(Downloads.SOURCE_HEADER)).as("no trace of the file's answer").isNull();

        f.scheduler.advance(Duration.ofMinutes(5));
        assertThat(f.backend.tasks().visibility().pending()).as("nothing scheduled to become visible").isEmpty();
        assertThat(storedBlobs()).as("nothing stored").isEmpty();
        assertThat(spooled()).as("no half-written download").isEmpty();
        assertThat(f.call(f.authorized(url).build()).status()).as("still broken: still refused").isEqualTo(502);

        f.demo.controls(format).repairFiles();
        byte[] expected = fromTheRegistry(format, file);
        try (Response repaired = f.http.newCall(f.authorized(url).build()).execute()) {
            assertThat(repaired.code()).isEqualTo(200);
            assertThat(repaired.body().bytes()).isEqualTo(expected);
        }
        assertThat(f.backend.tasks().queue().awaitIdle(Duration.ofSeconds(20))).isTrue();
        assertThat(storedBlobs()).as("the good file is kept").hasSize(1);
    }

    private byte[] fromTheRegistry(PackageFormat format, String file) throws IOException {
        String path = format == PackageFormat.PYPI ? pypiFilePath(file) : file;
        try (Response r = f.http.newCall(new Request.Builder().url(f.demo.endpoints().orElseThrow().baseFor(format) + path)
                .build()).execute()) {
            assertThat(r.code()).isEqualTo(200);
            return r.body().bytes();
        }
    }

    /** Packyard's files/NAME/VERSION/FILE is wherever the demo's simple page points; ask the page. */
    private String pypiFilePath(String file) throws IOException {
        String name = file.substring(file.lastIndexOf('/') + 1);
        try (Response page = f.http.newCall(new Request.Builder()
                .url(f.demo.endpoints().orElseThrow().baseFor(PackageFormat.PYPI).resolve("simple/") + "fetchy/").build()).execute()) {
            String html = page.body().string();
            int at = html.indexOf(name);
            int start = html.lastIndexOf("href=\"", at) + 6;
            String href = html.substring(start, html.indexOf('"', start));
            String absolute = okhttp3.HttpUrl.get(f.demo.endpoints().orElseThrow().baseFor(PackageFormat.PYPI).resolve("simple/") + "fetchy/").resolve(href)
                    .newBuilder().fragment(null).build().toString();
            return absolute.substring(f.demo.endpoints().orElseThrow().baseFor(PackageFormat.PYPI).toString().length());
        }
    }

    private List<Path> storedBlobs() throws IOException {
        Path blobs = dir.resolve("data").resolve("blobs");
        try (Stream<Path> files = Files.walk(blobs)) {
            return files.filter(Files::isRegularFile).filter(p -> !p.startsWith(blobs.resolve("tmp"))).toList();
        }
    }

    private List<Path> spooled() throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve("data").resolve("spool"))) {
            return files.toList();
        }
    }
}
