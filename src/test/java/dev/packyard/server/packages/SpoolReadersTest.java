package dev.packyard.server.packages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.packyard.testing.GeneratedArtifact;
import dev.packyard.testing.GeneratedMavenRepository;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Requesters of a file still being fetched read it as it arrives: with the public registry's download held half
 * way, the first requester and one who asks later both already have the first half, from the one download under
 * way (not a second one, and not after the whole file is in); once the registry goes on both get the whole file.
 */
class SpoolReadersTest {
    private static final int HALF = 4 * 1024 * 1024;
    private static final GeneratedArtifact FILE = new GeneratedArtifact(2L * HALF, 5);

    @TempDir
    Path dir;
    private GeneratedMavenRepository registry;
    private MavenProxyServe packyard;
    private final OkHttpClient http = new OkHttpClient();

    /** A serve process: the fetch runs on the task queue's own threads, as it does for users. */
    @BeforeEach
    void start() throws Exception {
        registry = GeneratedMavenRepository.start();
        registry.add("growing", "1.0.0", FILE);
        packyard = MavenProxyServe.start(dir.resolve("data"), List.of(), registry.url());
    }

    @AfterEach
    void stop() throws Exception {
        packyard.close();
        registry.close();
    }

    @Test
    void aLaterRequesterReadsWhatHasArrivedWhileTheDownloadGoesOn() throws Exception {
        GeneratedMavenRepository.Hold hold = registry.holdAfter(HALF);
        String url = packyard.endpoint("store") + GeneratedMavenRepository.jarPath("growing", "1.0.0");
        try (Response first = http.newCall(get(url)).execute()) {
            assertThat(first.code()).isEqualTo(200);
            assertThat(hold.reached(30, TimeUnit.SECONDS)).as("the registry sent its first half").isTrue();
            // Less than all that arrived: the server's response buffer may still hold the last few KiB.
            byte[] firstHalf = first.body().byteStream().readNBytes(HALF / 2);

            try (Response later = http.newCall(get(url)).execute()) {
                assertThat(later.code()).isEqualTo(200);
                byte[] laterHalf = later.body().byteStream().readNBytes(HALF / 2);
                assertThat(laterHalf).as("the later requester has what arrived before the download ends").isEqualTo(firstHalf);
                assertThat(registry.downloads("growing", "1.0.0")).as("no second download").isEqualTo(1);

                hold.release();
                assertThat(whole(firstHalf, first.body().byteStream()).sha256()).isEqualTo(FILE.digests().sha256());
                assertThat(whole(laterHalf, later.body().byteStream()).sha256()).isEqualTo(FILE.digests().sha256());
            }
        } finally {
            hold.release();
        }
        assertThat(registry.downloads("growing", "1.0.0")).isEqualTo(1);
    }

    private Request get(String url) {
        return new Request.Builder().url(url).header("Authorization", "Bearer " + packyard.token).build();
    }

    private static GeneratedArtifact.Received whole(byte[] start, InputStream rest) throws Exception {
        GeneratedArtifact.Received received = GeneratedArtifact.receive(new SequenceInputStream(new ByteArrayInputStream(start), rest));
        assertThat(received.bytes()).isEqualTo(FILE.size());
        return received;
    }
}
