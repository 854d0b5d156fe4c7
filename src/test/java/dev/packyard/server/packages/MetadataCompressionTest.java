package dev.packyard.server.packages;

import static org.assertj.core.api.Assertions.assertThat;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.decoder.BrotliInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Metadata answers come Brotli- or gzip-compressed as the client accepts, as they are to one that accepts neither; files never. */
class MetadataCompressionTest {
    @Test
    void packumentsSimplePagesAndMavenMetadataAreGzippedWhenTheClientAcceptsIt(@TempDir Path dir) throws Exception {
        try (PackageServerFixture f = new PackageServerFixture(dir)) {
            answersOf(f);
        }
    }

    @Test
    void aClientThatAcceptsBrotliGetsItAndOneThatAcceptsOnlyGzipGetsGzip(@TempDir Path dir) throws Exception {
        Brotli4jLoader.ensureAvailability();
        try (PackageServerFixture f = new PackageServerFixture(dir)) {
            String npm = f.endpoint("npm", "app") + "@demo%2fgreeter";
            try (Response r = f.http.newCall(f.authorized(npm).header("Accept-Encoding", "br, gzip").build()).execute()) {
                assertThat(r.code()).isEqualTo(200);
                assertThat(r.header("Content-Encoding")).isEqualTo("br");
                try (InputStream in = new BrotliInputStream(r.body().byteStream())) {
                    assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).contains("\"2.0.0\"", "\"time\"");
                }
            }
            assertThat(gzipped(f, f.authorized(npm))).as("npm itself asks for gzip and deflate only").contains("\"2.0.0\"");
        }
    }

    private static void answersOf(PackageServerFixture f) throws Exception {
        String npm = f.endpoint("npm", "app") + "@demo%2fgreeter";
        assertThat(gzipped(f, f.authorized(npm).header("Accept", "application/vnd.npm.install-v1+json"))).contains("\"2.0.0\"");
        assertThat(gzipped(f, f.authorized(npm))).contains("\"time\"");
        String simple = f.endpoint("pypi", "app") + "simple/fetchy/";
        assertThat(gzipped(f, new Request.Builder().url(simple).header("Authorization", "Basic "
                + java.util.Base64.getEncoder().encodeToString(("aws:" + f.token).getBytes(StandardCharsets.UTF_8)))))
                .contains("fetchy-1.1.0");
        assertThat(gzipped(f, f.authorized(f.endpoint("maven", "app") + "dev/packyard/demo/alpha/maven-metadata.xml")))
                .contains("<version>2.0.0</version>");

        try (Response plain = f.http.newCall(f.authorized(npm).header("Accept-Encoding", "identity").build()).execute()) {
            assertThat(plain.header("Content-Encoding")).isNull();
            assertThat(plain.body().string()).contains("\"2.0.0\"");
        }
        try (Response tarball = f.http.newCall(f.authorized(f.endpoint("npm", "app") + "@demo/greeter/-/greeter-2.0.0.tgz")
                .header("Accept-Encoding", "gzip").build()).execute()) {
            assertThat(tarball.code()).isEqualTo(200);
            assertThat(tarball.header("Content-Encoding")).as("a tarball is sent as its bytes").isNull();
        }
    }

    private static String gzipped(PackageServerFixture f, Request.Builder request) throws IOException {
        try (Response r = f.http.newCall(request.header("Accept-Encoding", "gzip").build()).execute()) {
            assertThat(r.code()).isEqualTo(200);
            assertThat(r.header("Content-Encoding")).as(r.request().url().toString()).isEqualTo("gzip");
            try (InputStream in = new GZIPInputStream(r.body().byteStream())) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }
}
