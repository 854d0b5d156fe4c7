package dev.packyard.upstream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.packyard.model.HashAlgorithm;
import dev.packyard.testing.MutableClock;
import dev.packyard.upstream.http.HttpSettings;
import dev.packyard.upstream.http.UpstreamHttp;
import dev.packyard.formats.npm.upstream.NpmRegistryClient;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TeeAssetSinkTest {
    @StartStop
    private final MockWebServer server = new MockWebServer();
    @TempDir
    Path dir;

    private final byte[] tgz = Fixtures.fileBytes("big-1.0.0.tgz", 300_000);

    private RegistryClient client() {
        return new NpmRegistryClient(server.url("/").toString(),
                new UpstreamHttp(HttpSettings.DEFAULT, MutableClock.startingAt("2026-01-01T00:00:00Z")));
    }

    private AssetLocation location(byte[] published) {
        return new AssetLocation("big-1.0.0.tgz", server.url("/big/-/big-1.0.0.tgz").toString(),
                Map.of(HashAlgorithm.SHA256, Fixtures.hex("SHA-256", published)));
    }

    @Test
    void theRequesterGetsTheBytesAsTheyArriveAndTheStoreKeepsThem() throws Exception {
        server.enqueue(new MockResponse.Builder().body(new Buffer().write(tgz)).build());
        ByteArrayOutputStream requester = new ByteArrayOutputStream();
        Path stored = dir.resolve("big-1.0.0.tgz");

        client().download(location(tgz), ProgressListener.NONE, new TeeAssetSink(new FileAssetSink(stored), requester));

        assertThat(requester.toByteArray()).isEqualTo(tgz);
        assertThat(Files.readAllBytes(stored)).isEqualTo(tgz);
    }

    @Test
    void aRequesterThatHangsUpDoesNotStopTheStore() throws Exception {
        server.enqueue(new MockResponse.Builder().body(new Buffer().write(tgz)).build());
        OutputStream hangsUp = new OutputStream() {
            private int written;

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                written += len;
                if (written > 100_000) {
                    throw new IOException("Broken pipe");
                }
            }
        };
        TeeAssetSink sink = new TeeAssetSink(new FileAssetSink(dir.resolve("big-1.0.0.tgz")), hangsUp);

        client().download(location(tgz), ProgressListener.NONE, sink);

        assertThat(sink.requesterGone()).isTrue();
        assertThat(Files.readAllBytes(dir.resolve("big-1.0.0.tgz"))).isEqualTo(tgz);
    }

    @Test
    void aMismatchKeepsNothingEvenThoughTheRequesterSawBytes() {
        server.enqueue(new MockResponse.Builder().body(new Buffer().write(tgz)).build());
        ByteArrayOutputStream requester = new ByteArrayOutputStream();

        assertThatThrownBy(() -> client().download(location(new byte[] {1, 2, 3}), ProgressListener.NONE,
                new TeeAssetSink(new FileAssetSink(dir.resolve("big-1.0.0.tgz")), requester))).isInstanceOf(IntegrityException.class);

        assertThat(dir.toFile().list()).isEmpty();
    }
}
