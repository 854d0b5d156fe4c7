package dev.packyard.server.packages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.packyard.model.Asset;
import dev.packyard.model.DomainId;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageFormat;
import dev.packyard.model.RepositoryId;
import dev.packyard.testing.SigV4Header;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.Request;
import okhttp3.RequestBody;
import okio.Buffer;
import okio.BufferedSink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two clients publish the same version of a package at once, with different content, through the real server: for
 * every format exactly one wins (200, or 201 for a Maven PUT) and the other gets 409, the loser's file is not left in the blob store, and the
 * winner's version is complete (its asset and, for npm and PyPI, its manifest). Both bodies are held back by a
 * barrier until their last byte, so the two publishes reach the checks together.
 */
class PublishConcurrencyTest extends PackageServerTest {
    private static final MediaType OCTETS = MediaType.get("application/octet-stream");

    private PublishedContent content;
    private DomainId domain;
    private RepositoryId team;

    @BeforeEach
    void createTeamRepository() {
        team = f.repositoryWithoutUpstreams("team");
        domain = team.domain();
        content = new PublishedContent(f.backend);
    }

    @Test
    void npm() throws Exception {
        List<Integer> statuses = race(barrier -> npmPublish("racer", "1.0.0", barrier));
        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        PackageCoordinate racer = PackageCoordinate.of(PackageFormat.NPM, null, "racer");
        assertOneCompleteVersion(racer, "1.0.0");
        assertThat(f.backend.storage().manifests().find(team, racer, "1.0.0")).as("the winner's manifest").isPresent();
        assertThat(f.backend.catalog().distTags().own(team, racer)).containsEntry("latest", "1.0.0");
    }

    @Test
    void pypi() throws Exception {
        List<Integer> statuses = race(barrier -> twineUpload("racer", "1.0.0", "racer-1.0.0.tar.gz", barrier));
        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        PackageCoordinate racer = PackageCoordinate.of(PackageFormat.PYPI, null, "racer");
        assertOneCompleteVersion(racer, "1.0.0");
        assertThat(f.backend.storage().manifests().find(team, racer, "1.0.0")).as("the winner's manifest").isPresent();
    }

    @Test
    void maven() throws Exception {
        List<Integer> statuses = race(barrier -> f.authorized(f.endpoint("maven", "team") + "com/acme/racer/1.0.0/racer-1.0.0.jar")
                .put(new GatedBody(unique("jar"), OCTETS, barrier)).build());
        assertThat(statuses).as("a Maven PUT that stores a file answers 201").containsExactlyInAnyOrder(201, 409);
        assertOneCompleteVersion(PackageCoordinate.of(PackageFormat.MAVEN, "com.acme", "racer"), "1.0.0");
    }

    @Test
    void generic() throws Exception {
        List<Integer> statuses = race(barrier -> {
            byte[] bytes = unique("tool");
            String url = "http://127.0.0.1:" + f.server.port() + "/v1/package/version/publish?domain=demo&repository=team"
                    + "&format=generic&namespace=ns&package=racer&version=1.0.0&asset=racer.bin";
            return SigV4Header.sign(new Request.Builder().url(url).header("x-amz-content-sha256", hex("SHA-256", bytes))
                    .post(new GatedBody(bytes, OCTETS, barrier)).build());
        });
        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        assertOneCompleteVersion(PackageCoordinate.of(PackageFormat.GENERIC, "ns", "racer"), "1.0.0");
    }

    /** The version is visible with exactly one asset whose blob is stored, and no other blob or spool file is left. */
    private void assertOneCompleteVersion(PackageCoordinate coordinate, String version) throws IOException {
        assertThat(f.backend.storage().packages().findVersion(team, coordinate, version)).isPresent();
        List<Asset> assets = f.backend.storage().packages().listAssets(team, coordinate, version);
        assertThat(assets).hasSize(1);
        assertThat(content.blobs(domain)).as("only the winner's file is stored").containsExactly(assets.get(0).sha256());
        content.assertNoOrphanBlob(domain);
        assertThat(content.spoolFiles()).isEmpty();
    }

    private List<Integer> race(Function<CyclicBarrier, Request> request) throws Exception {
        CyclicBarrier barrier = new CyclicBarrier(2);
        ExecutorService clients = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                Request r = request.apply(barrier);
                answers.add(clients.submit(() -> f.call(r).status()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(60, TimeUnit.SECONDS));
            }
            return statuses;
        } finally {
            clients.shutdownNow();
        }
    }

    private Request npmPublish(String name, String version, CyclicBarrier barrier) {
        byte[] tarball = unique("tarball of " + name);
        String integrity = "sha512-" + Base64.getEncoder().encodeToString(digest("SHA-512", tarball));
        String body = """
                {"_id":"%1$s","name":"%1$s","dist-tags":{"latest":"%2$s"},
                 "versions":{"%2$s":{"name":"%1$s","version":"%2$s","dist":{"integrity":"%3$s","shasum":"%4$s"}}},
                 "_attachments":{"%1$s-%2$s.tgz":{"content_type":"application/octet-stream","data":"%5$s","length":%6$d}}}
                """.formatted(name, version, integrity, hex("SHA-1", tarball), Base64.getEncoder().encodeToString(tarball),
                tarball.length);
        return f.authorized(f.endpoint("npm", "team") + name)
                .put(new GatedBody(body.getBytes(StandardCharsets.UTF_8), MediaType.get("application/json"), barrier)).build();
    }

    private Request twineUpload(String name, String version, String filename, CyclicBarrier barrier) {
        byte[] file = unique("sdist of " + name);
        MultipartBody multipart = new MultipartBody.Builder().setType(MultipartBody.FORM)
                .addFormDataPart(":action", "file_upload")
                .addFormDataPart("name", name)
                .addFormDataPart("version", version)
                .addFormDataPart("sha256_digest", hex("SHA-256", file))
                .addFormDataPart("content", filename, RequestBody.create(file, OCTETS))
                .build();
        Buffer bytes = new Buffer();
        try {
            multipart.writeTo(bytes);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        String basic = Base64.getEncoder().encodeToString(("aws:" + f.token).getBytes(StandardCharsets.UTF_8));
        return new Request.Builder().url(f.endpoint("pypi", "team")).header("Authorization", "Basic " + basic)
                .post(new GatedBody(bytes.readByteArray(), multipart.contentType(), barrier)).build();
    }

    private static byte[] unique(String what) {
        return (what + " " + System.nanoTime() + " " + Math.random()).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] digest(String algorithm, byte[] bytes) {
        try {
            return MessageDigest.getInstance(algorithm).digest(bytes);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(String algorithm, byte[] bytes) {
        return HexFormat.of().formatHex(digest(algorithm, bytes));
    }

    /** Sends all but the last byte, waits until the other client has too, then sends the last byte. */
    private static final class GatedBody extends RequestBody {
        private final byte[] bytes;
        private final MediaType type;
        private final CyclicBarrier barrier;

        GatedBody(byte[] bytes, MediaType type, CyclicBarrier barrier) {
            this.bytes = bytes;
            this.type = type;
            this.barrier = barrier;
        }

        @Override
        public MediaType contentType() {
            return type;
        }

        @Override
        public long contentLength() {
            return bytes.length;
        }

        @Override
        public void writeTo(BufferedSink sink) throws IOException {
            sink.write(bytes, 0, bytes.length - 1);
            sink.flush();
            try {
                barrier.await(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IOException("the other client did not arrive", e);
            }
            sink.write(bytes, bytes.length - 1, 1);
        }
    }
}
