package dev.packyard.server.packages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.BufferedSink;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.codeartifact.CodeartifactClient;
import software.amazon.awssdk.services.codeartifact.model.AssetSummary;
import software.amazon.awssdk.services.codeartifact.model.PackageFormat;

/**
 * Uploads stream: a real {@code serve} child with a 96 MiB heap takes a 200 MiB npm publish (the tarball base64
 * inside the JSON document, 267 MiB of text), a 200 MiB twine upload and a 200 MiB Maven deploy, each stored whole
 * with its hashes. Holding an upload in memory, as bytes or as text, cannot fit in that heap.
 */
class LargeUploadMemoryTest {
    private static final long SIZE = 200L * 1024 * 1024;
    private static final MediaType OCTETS = MediaType.get("application/octet-stream");

    @TempDir
    static Path dir;

    private static ServeChild serve;
    private static CodeartifactClient api;
    private static String token;
    private static String owner;
    private final OkHttpClient http = new OkHttpClient.Builder().readTimeout(5, TimeUnit.MINUTES)
            .writeTimeout(5, TimeUnit.MINUTES).build();

    @BeforeAll
    static void start() throws Exception {
        serve = ServeChild.start(dir.resolve("data"), List.of("-Xmx96m"), "--demo", "--timing", "immediate");
        api = CodeartifactClient.builder().endpointOverride(URI.create(serve.url())).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDPACKYARDTEST", "dummy")))
                .httpClient(UrlConnectionHttpClient.create()).build();
        api.createRepository(r -> r.domain("demo").repository("team"));
        token = api.getAuthorizationToken(r -> r.domain("demo")).authorizationToken();
        owner = api.describeDomain(r -> r.domain("demo")).domain().owner();
    }

    @AfterAll
    static void stop() throws Exception {
        api.close();
        serve.close();
    }

    @Test
    void npmPublishOf200MiB() throws Exception {
        Generated tarball = new Generated(1);
        String head = """
                {"name":"big","dist-tags":{"latest":"1.0.0"},"versions":{"1.0.0":{"name":"big","version":"1.0.0",
                "dist":{"integrity":"sha512-%s","shasum":"%s"}}},"_attachments":{"big-1.0.0.tgz":{"data":\""""
                .formatted(Base64.getEncoder().encodeToString(tarball.digest("SHA-512")), hex(tarball.digest("SHA-1")));
        byte[] headBytes = head.getBytes(StandardCharsets.UTF_8);
        byte[] tail = "\"}}}".getBytes(StandardCharsets.UTF_8);
        long length = headBytes.length + (SIZE + 2) / 3 * 4 + tail.length;
        RequestBody body = new Streamed(MediaType.get("application/json"), length, out -> {
            out.write(headBytes);
            try (OutputStream base64 = Base64.getEncoder().wrap(new KeepOpen(out))) {
                tarball.writeTo(base64);
            }
            out.write(tail);
        });
        assertThat(send(new Request.Builder().url(endpoint("npm") + "big").header("Authorization", "Bearer " + token)
                .put(body).build())).isEqualTo(200);
        assertStored(PackageFormat.NPM, null, "big", "1.0.0", "big-1.0.0.tgz", tarball);
    }

    @Test
    void twineUploadOf200MiB() throws Exception {
        Generated wheel = new Generated(2);
        MultipartBody body = new MultipartBody.Builder().setType(MultipartBody.FORM)
                .addFormDataPart(":action", "file_upload")
                .addFormDataPart("name", "big")
                .addFormDataPart("version", "1.0.0")
                .addFormDataPart("sha256_digest", hex(wheel.digest("SHA-256")))
                .addFormDataPart("content", "big-1.0.0-py3-none-any.whl", new Streamed(OCTETS, SIZE, wheel::writeTo))
                .build();
        String basic = Base64.getEncoder().encodeToString(("aws:" + token).getBytes(StandardCharsets.UTF_8));
        assertThat(send(new Request.Builder().url(endpoint("pypi")).header("Authorization", "Basic " + basic).post(body).build()))
                .isEqualTo(200);
        assertStored(PackageFormat.PYPI, null, "big", "1.0.0", "big-1.0.0-py3-none-any.whl", wheel);
    }

    @Test
    void mavenDeployOf200MiB() throws Exception {
        Generated jar = new Generated(3);
        assertThat(send(new Request.Builder().url(endpoint("maven") + "com/acme/big/1.0.0/big-1.0.0.jar")
                .header("Authorization", "Bearer " + token).put(new Streamed(OCTETS, SIZE, jar::writeTo)).build()))
                .isEqualTo(201);
        assertStored(PackageFormat.MAVEN, "com.acme", "big", "1.0.0", "big-1.0.0.jar", jar);
    }

    private int send(Request request) throws IOException {
        long started = System.nanoTime();
        try (Response response = http.newCall(request).execute()) {
            String answer = response.body().string();
            System.out.printf("%s of %d MiB to a -Xmx96m server: HTTP %d in %d ms%n", request.method(), SIZE >> 20,
                    response.code(), (System.nanoTime() - started) / 1_000_000);
            assertThat(response.code()).as(answer).isLessThan(300);
            return response.code();
        }
    }

    private static void assertStored(PackageFormat format, String namespace, String name, String version, String asset,
                                     Generated content) throws Exception {
        List<AssetSummary> assets = api.listPackageVersionAssets(r -> r.domain("demo").repository("team").format(format)
                .namespace(namespace).packageValue(name).packageVersion(version)).assets();
        assertThat(assets).extracting(AssetSummary::name).containsExactly(asset);
        assertThat(assets.get(0).size()).isEqualTo(SIZE);
        assertThat(assets.get(0).hashes().get(software.amazon.awssdk.services.codeartifact.model.HashAlgorithm.SHA_256))
                .isEqualTo(hex(content.digest("SHA-256")));
    }

    private static String endpoint(String format) {
        return serve.url() + "/d/demo/" + owner + "/" + format + "/team/";
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    /** {@link #SIZE} bytes made on the fly, the same each time: a random block, each copy stamped with its number. */
    private static final class Generated {
        private final byte[] block = new byte[64 * 1024];

        Generated(long seed) {
            new SplittableRandom(seed).nextBytes(block);
        }

        void writeTo(OutputStream out) throws IOException {
            for (long i = 0; i < SIZE / block.length; i++) {
                stamp(i);
                out.write(block);
            }
        }

        byte[] digest(String algorithm) throws Exception {
            MessageDigest digest = MessageDigest.getInstance(algorithm);
            writeTo(new OutputStream() {
                @Override
                public void write(int b) {
                    digest.update((byte) b);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    digest.update(b, off, len);
                }
            });
            return digest.digest();
        }

        private void stamp(long i) {
            for (int b = 0; b < 8; b++) {
                block[b] = (byte) (i >>> (8 * b));
            }
        }
    }

    private interface Writer {
        void write(OutputStream out) throws IOException;
    }

    /** A request body written as it is sent, of a length known beforehand. */
    private static final class Streamed extends RequestBody {
        private final MediaType type;
        private final long length;
        private final Writer writer;

        Streamed(MediaType type, long length, Writer writer) {
            this.type = type;
            this.length = length;
            this.writer = writer;
        }

        @Override
        public MediaType contentType() {
            return type;
        }

        @Override
        public long contentLength() {
            return length;
        }

        @Override
        public void writeTo(BufferedSink sink) throws IOException {
            OutputStream out = sink.outputStream();
            writer.write(out);
            out.flush();
        }
    }

    /** Lets the base64 encoder finish its last group on close without closing the request body under it. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
