package dev.packyard.server.packages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.packyard.testing.GeneratedArtifact;
import dev.packyard.testing.GeneratedMavenRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.BufferedSink;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 1 GiB artifact through a real {@code serve} child whose heap is capped at 256 MiB: four requesters fetch it cold
 * from a public registry at once (one download, all four reading the spool as it grows), a client deploys another
 * 1 GiB jar, then four requesters read both back from storage at once. Every answer is 200 with the right SHA-256,
 * the registry is asked once, and the child's GC log shows the heap never above the cap (an artifact held in memory
 * anywhere on the way could not fit: it would end in an OutOfMemoryError and a failed answer).
 */
class GibibyteUnderSmallHeapTest {
    private static final long GIB = 1L << 30;
    private static final int HEAP_MIB = 256;
    private static final int REQUESTERS = 4;
    private static final Pattern GC_HEAP = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

    @TempDir
    static Path dir;

    private static GeneratedMavenRepository registry;
    private static MavenProxyServe packyard;
    private static Path gcLog;
    private static final GeneratedArtifact FETCHED = new GeneratedArtifact(GIB, 17);
    private static final GeneratedArtifact DEPLOYED = new GeneratedArtifact(GIB, 71);
    private final OkHttpClient http = new OkHttpClient.Builder().readTimeout(5, TimeUnit.MINUTES)
            .writeTimeout(5, TimeUnit.MINUTES).build();

    @BeforeAll
    static void start() throws Exception {
        registry = GeneratedMavenRepository.start();
        registry.add("huge", "1.0.0", FETCHED);
        gcLog = dir.resolve("gc.log");
        packyard = MavenProxyServe.start(dir.resolve("data"), List.of("-Xmx" + HEAP_MIB + "m", "-Xlog:gc:file=" + gcLog),
                registry.url(), "--max-upload-size", "2G");
    }

    @AfterAll
    static void stop() throws Exception {
        if (packyard != null) {
            packyard.close();
        }
        if (registry != null) {
            registry.close();
        }
    }

    @Test
    void fetchedDeployedAndServedToFourRequestersAtOnceInA256MiBHeap() throws Exception {
        String fetched = endpoint("store") + GeneratedMavenRepository.jarPath("huge", "1.0.0");
        String deployed = endpoint("team") + GeneratedMavenRepository.jarPath("made", "1.0.0");

        long started = System.nanoTime();
        getAll(List.of(fetched, fetched, fetched, fetched), List.of(FETCHED, FETCHED, FETCHED, FETCHED));
        System.out.printf("cold fetch of 1 GiB by %d requesters at once: %d s%n", REQUESTERS, seconds(started));
        assertThat(registry.downloads("huge", "1.0.0")).as("one download shared by the four").isEqualTo(1);

        started = System.nanoTime();
        try (Response response = http.newCall(new Request.Builder().url(deployed).header("Authorization", "Bearer " + packyard.token)
                .put(new Generated(DEPLOYED)).build()).execute()) {
            assertThat(response.code()).as(response.body().string()).isEqualTo(201);
        }
        // As mvn deploy does: the checksum Packyard verifies against what it stored, then the metadata that finishes it.
        put(deployed + ".sha1", DEPLOYED.digests().sha1());
        put(endpoint("team") + "com/acme/made/maven-metadata.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <metadata><groupId>com.acme</groupId><artifactId>made</artifactId>
                <versioning><versions><version>1.0.0</version></versions></versioning></metadata>
                """);
        System.out.printf("deploy of 1 GiB: %d s%n", seconds(started));

        started = System.nanoTime();
        getAll(List.of(fetched, deployed, fetched, deployed), List.of(FETCHED, DEPLOYED, FETCHED, DEPLOYED));
        System.out.printf("1 GiB served from storage to %d requesters at once: %d s%n", REQUESTERS, seconds(started));
        assertThat(registry.downloads("huge", "1.0.0")).as("served from storage, not fetched again").isEqualTo(1);

        assertHeapStayedUnderTheCap();
    }

    private void put(String url, String text) throws IOException {
        try (Response response = http.newCall(new Request.Builder().url(url).header("Authorization", "Bearer " + packyard.token)
                .put(RequestBody.create(text, MediaType.get("application/octet-stream"))).build()).execute()) {
            assertThat(response.code()).as(url + ": " + response.body().string()).isLessThan(300);
        }
    }

    private void getAll(List<String> urls, List<GeneratedArtifact> expected) throws Exception {
        ExecutorService requesters = Executors.newFixedThreadPool(urls.size());
        try {
            List<Future<GeneratedArtifact.Received>> answers = new ArrayList<>();
            for (String url : urls) {
                answers.add(requesters.submit(() -> get(url)));
            }
            for (int i = 0; i < answers.size(); i++) {
                GeneratedArtifact.Received received = answers.get(i).get(10, TimeUnit.MINUTES);
                assertThat(received.bytes()).as("requester %d's length", i).isEqualTo(GIB);
                assertThat(received.sha256()).as("requester %d's SHA-256", i).isEqualTo(expected.get(i).digests().sha256());
            }
        } finally {
            requesters.shutdownNow();
        }
    }

    private GeneratedArtifact.Received get(String url) throws IOException {
        try (Response response = http.newCall(new Request.Builder().url(url).header("Authorization", "Bearer " + packyard.token)
                .build()).execute()) {
            if (response.code() != 200) {
                throw new AssertionError("HTTP " + response.code() + " for " + url + ": " + response.body().string());
            }
            return GeneratedArtifact.receive(response.body().byteStream());
        }
    }

    /** The GC log names the heap before and after every collection and its size: none above the cap, and no OOM. */
    private static void assertHeapStayedUnderTheCap() throws IOException {
        long peakUsed = 0;
        long peakSize = 0;
        int collections = 0;
        for (String line : Files.readAllLines(gcLog)) {
            Matcher m = GC_HEAP.matcher(line);
            if (m.find()) {
                collections++;
                peakUsed = Math.max(peakUsed, Long.parseLong(m.group(1)));
                peakSize = Math.max(peakSize, Long.parseLong(m.group(3)));
            }
        }
        String rssPeak = Files.readAllLines(Path.of("/proc", Long.toString(packyard.serve.pid()), "status")).stream()
                .filter(l -> l.startsWith("VmHWM:")).findFirst().orElse("VmHWM: unknown");
        System.out.printf("server heap: peak %d MiB in use, at most %d MiB reserved, over %d collections; %s%n",
                peakUsed, peakSize, collections, rssPeak.replaceAll("\\s+", " "));
        assertThat(collections).as("the GC log was written").isPositive();
        assertThat(peakUsed).as("heap in use (MiB)").isLessThanOrEqualTo(HEAP_MIB);
        assertThat(peakSize).as("heap reserved (MiB)").isLessThanOrEqualTo(HEAP_MIB);
        assertThat(Files.readString(packyard.serve.log())).doesNotContain("OutOfMemoryError");
    }

    private static String endpoint(String repository) {
        return packyard.endpoint(repository);
    }

    private static long seconds(long since) {
        return (System.nanoTime() - since) / 1_000_000_000;
    }

    /** A jar written as it is sent. */
    private static final class Generated extends RequestBody {
        private final GeneratedArtifact content;

        Generated(GeneratedArtifact content) {
            this.content = content;
        }

        @Override
        public MediaType contentType() {
            return MediaType.get("application/java-archive");
        }

        @Override
        public long contentLength() {
            return content.size();
        }

        @Override
        public void writeTo(BufferedSink sink) throws IOException {
            content.writeTo(sink.outputStream());
            sink.flush();
        }
    }
}
