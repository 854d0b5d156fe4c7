package dev.packyard.bench;

import dev.packyard.testing.GeneratedArtifact;
import dev.packyard.testing.GeneratedMavenRepository;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.BufferedSink;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.codeartifact.CodeartifactClient;

/**
 * Issue 17: Packyard's memory while it moves large files. For each file size and each number of concurrent transfers,
 * a fresh {@code serve} (the packaged jar with the shipped JVM options) fetches that many distinct generated jars cold
 * from a stand-in Maven repository at once and then serves them again from storage at once; every answer is checked
 * (length and SHA-256). Prints resident memory (VmRSS after, VmHWM peak) and heap (in use, live after GC, reserved,
 * from the child's GC log). Then a soak: one server for SOAK_SECONDS of mixed cold fetches, warm downloads and Maven
 * deploys from four clients, with an upstream outage of 20 s every 2 minutes, printing memory each minute.
 *
 * <p>Arguments: {@code JAR WORK_DIR SOAK_SECONDS [SIZES_MIB [CONCURRENCIES]]}, e.g. {@code packyard.jar bench/work/memory
 * 600 1,100,1024 1,4,16} ({@code none} as SIZES_MIB runs only the soak, 0 as SOAK_SECONDS none); the child's JVM options come from {@code -Dbench.packyardOpts="-XX:... -XX:..."}.
 */
public final class MemoryBench {
    private static final long MIB = 1024 * 1024;

    private final Path jar;
    private final Path work;
    private final List<String> jvmOptions;
    private final GeneratedMavenRepository registry;
    private final OkHttpClient http;
    private final AtomicLong seeds = new AtomicLong(1);

    private MemoryBench(Path jar, Path work, List<String> jvmOptions, GeneratedMavenRepository registry) {
        this.jar = jar;
        this.work = work;
        this.jvmOptions = jvmOptions;
        this.registry = registry;
        Dispatcher dispatcher = new Dispatcher();
        dispatcher.setMaxRequests(64);
        dispatcher.setMaxRequestsPerHost(64);
        this.http = new OkHttpClient.Builder().dispatcher(dispatcher).connectionPool(new ConnectionPool(32, 1, TimeUnit.MINUTES))
                .readTimeout(10, TimeUnit.MINUTES).writeTimeout(10, TimeUnit.MINUTES).build();
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]);
        Path work = Path.of(args[1]);
        int soakSeconds = Integer.parseInt(args[2]);
        long[] sizes = numbers(args.length > 3 ? args[3] : "1,100,1024");
        long[] concurrencies = numbers(args.length > 4 ? args[4] : "1,4,16");
        List<String> options = Arrays.stream(System.getProperty("bench.packyardOpts", "").trim().split("\\s+"))
                .filter(s -> !s.isEmpty()).toList();
        System.out.println("packyard JVM options: " + (options.isEmpty() ? "(JVM defaults)" : String.join(" ", options)));
        try (GeneratedMavenRepository registry = GeneratedMavenRepository.start()) {
            MemoryBench bench = new MemoryBench(jar, work, options, registry);
            System.out.println("size      transfers  cold s  warm s  RSS idle  RSS after  RSS peak  heap peak  live peak  reserved");
            for (long size : sizes) {
                for (long n : concurrencies) {
                    bench.transfers(size * MIB, (int) n);
                }
            }
            if (soakSeconds > 0) {
                bench.soak(soakSeconds);
            }
        }
        System.exit(0);
    }

    /** One fresh server; {@code n} distinct files of {@code size} bytes, fetched cold at once, then downloaded warm. */
    private void transfers(long size, int n) throws Exception {
        String artifact = "m" + (size / MIB) + "-n" + n;
        List<GeneratedArtifact> files = new ArrayList<>();
        for (int v = 1; v <= n; v++) {
            GeneratedArtifact file = new GeneratedArtifact(size, seeds.getAndIncrement());
            registry.add(artifact, Integer.toString(v), file);
            files.add(file);
        }
        // Hashed beforehand: a .sha1 sidecar computed on demand for sixteen 1 GiB files at once took longer than
        // Packyard's read timeout (30 s) on two cores, and the benchmark measured the stand-in's slowness.
        files.parallelStream().forEach(GeneratedArtifact::digests);
        Path data = Files.createDirectories(work).resolve(artifact);
        deleteTree(data);
        try (PackyardChild packyard = PackyardChild.start(jar, jvmOptions, data, "--timing", "immediate",
                "--upstream", "public:maven-central=" + registry.url(), "--max-upload-size", "2G");
             Endpoints endpoints = Endpoints.create(packyard.url())) {
            long idle = packyard.rssMib();
            List<String> urls = new ArrayList<>();
            for (int v = 1; v <= n; v++) {
                urls.add(endpoints.store + GeneratedMavenRepository.jarPath(artifact, Integer.toString(v)));
            }
            double cold = seconds(() -> downloadAll(urls, files, endpoints.token));
            double warm = seconds(() -> downloadAll(urls, files, endpoints.token));
            long after = packyard.rssMib();
            PackyardChild.Heap heap = packyard.heap();
            System.out.printf(Locale.ROOT, "%-9s %9d  %6.1f  %6.1f  %4d MiB  %5d MiB  %4d MiB  %5d MiB  %5d MiB  %4d MiB%n",
                    size >= 1024 * MIB ? size / (1024 * MIB) + " GiB" : size / MIB + " MiB", n, cold, warm, idle, after,
                    packyard.rssPeakMib(), heap.peakUsed(), heap.peakLive(), heap.peakReserved());
        }
        deleteTree(data);
    }

    private void downloadAll(List<String> urls, List<GeneratedArtifact> files, String token) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(urls.size());
        try {
            List<Future<GeneratedArtifact.Received>> answers = new ArrayList<>();
            for (String url : urls) {
                answers.add(clients.submit(() -> download(url, token)));
            }
            for (int i = 0; i < answers.size(); i++) {
                GeneratedArtifact.Received got = answers.get(i).get(30, TimeUnit.MINUTES);
                if (got.bytes() != files.get(i).size() || !got.sha256().equals(files.get(i).digests().sha256())) {
                    throw new IllegalStateException(urls.get(i) + ": " + got.bytes() + " bytes with the wrong content");
                }
            }
        } finally {
            clients.shutdownNow();
        }
    }

    private GeneratedArtifact.Received download(String url, String token) throws IOException {
        try (Response response = http.newCall(new Request.Builder().url(url).header("Authorization", "Bearer " + token)
                .build()).execute()) {
            if (response.code() != 200) {
                throw new HttpFailure(response.code(), url + ": HTTP " + response.code() + " " + response.body().string());
            }
            return GeneratedArtifact.receive(response.body().byteStream());
        }
    }

    /** Four clients doing mixed work for {@code seconds}, the upstream down 20 s in every 120 s. */
    private void soak(int seconds) throws Exception {
        String artifact = "soak";
        long[] sizesMib = {1, 4, 16, 1, 4, 64};
        int versions = 2_000;
        List<GeneratedArtifact> upstream = new ArrayList<>();
        for (int v = 0; v < versions; v++) {
            GeneratedArtifact file = new GeneratedArtifact(sizesMib[v % sizesMib.length] * MIB, seeds.getAndIncrement());
            registry.add(artifact, Integer.toString(v), file);
            upstream.add(file);
        }
        Path data = Files.createDirectories(work).resolve("soak");
        deleteTree(data);
        System.out.printf("soak: %d s, 4 clients: cold fetches of 1-64 MiB jars, warm downloads, 8 MiB deploys; "
                + "upstream down 20 s every 120 s%n", seconds);
        System.out.println("minute  RSS      RSS peak  heap live  cold ok  unavailable  warm ok  deploys  other answers");
        try (PackyardChild packyard = PackyardChild.start(jar, jvmOptions, data, "--timing", "immediate",
                "--upstream", "public:maven-central=" + registry.url());
             Endpoints endpoints = Endpoints.create(packyard.url())) {
            long start = packyard.rssMib();
            System.out.printf("start   %4d MiB%n", start);
            AtomicInteger nextCold = new AtomicInteger();
            List<Integer> fetched = new java.util.concurrent.CopyOnWriteArrayList<>();
            AtomicInteger coldOk = new AtomicInteger();
            AtomicInteger unavailable = new AtomicInteger();
            AtomicInteger warmOk = new AtomicInteger();
            AtomicInteger deploys = new AtomicInteger();
            AtomicInteger other = new AtomicInteger();
            ConcurrentLinkedQueue<String> firstFailures = new ConcurrentLinkedQueue<>();
            long startedAt = System.nanoTime();
            long end = startedAt + TimeUnit.SECONDS.toNanos(seconds);
            ExecutorService clients = Executors.newFixedThreadPool(5);
            clients.submit(() -> {
                while (System.nanoTime() < end) {
                    long inCycle = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - startedAt) % 120;
                    registry.outage(inCycle >= 60 && inCycle < 80);
                    sleep(250);
                }
                registry.outage(false);
                return null;
            });
            for (int c = 0; c < 4; c++) {
                long seed = c;
                clients.submit(() -> {
                    SplittableRandom random = new SplittableRandom(seed);
                    while (System.nanoTime() < end) {
                        int pick = random.nextInt(10);
                        try {
                            if (pick < 5 || fetched.isEmpty()) {
                                int v = nextCold.getAndIncrement() % versions;
                                download(endpoints.store + GeneratedMavenRepository.jarPath(artifact, Integer.toString(v)),
                                        endpoints.token, upstream.get(v));
                                fetched.add(v);
                                coldOk.incrementAndGet();
                            } else if (pick < 9) {
                                int v = fetched.get(random.nextInt(fetched.size()));
                                download(endpoints.store + GeneratedMavenRepository.jarPath(artifact, Integer.toString(v)),
                                        endpoints.token, upstream.get(v));
                                warmOk.incrementAndGet();
                            } else {
                                deploy(endpoints, "deployed-" + seed, Integer.toString(deploys.get() + 1),
                                        new GeneratedArtifact(8 * MIB, seeds.getAndIncrement()));
                                deploys.incrementAndGet();
                            }
                        } catch (HttpFailure e) {
                            if (e.status == 503) {
                                unavailable.incrementAndGet();
                            } else {
                                other.incrementAndGet();
                                if (firstFailures.size() < 5) {
                                    firstFailures.add(e.getMessage());
                                }
                            }
                        } catch (Exception e) {
                            other.incrementAndGet();
                            if (firstFailures.size() < 5) {
                                firstFailures.add(e.toString());
                            }
                        }
                    }
                    return null;
                });
            }
            for (int minute = 1; System.nanoTime() < end; minute++) {
                long wake = startedAt + TimeUnit.MINUTES.toNanos(minute);
                sleep(Math.max(0, TimeUnit.NANOSECONDS.toMillis(Math.min(wake, end) - System.nanoTime())));
                System.out.printf("%6d  %4d MiB  %4d MiB  %5d MiB  %7d  %11d  %7d  %7d  %d%n", minute, packyard.rssMib(),
                        packyard.rssPeakMib(), packyard.heap().lastLive(), coldOk.get(), unavailable.get(), warmOk.get(),
                        deploys.get(), other.get());
            }
            clients.shutdown();
            clients.awaitTermination(10, TimeUnit.MINUTES);
            long settled = packyard.rssMib();
            packyard.collect();
            PackyardChild.Heap heap = packyard.heap();
            System.out.printf("after the soak: RSS %d MiB (start %d MiB, peak %d MiB); heap live after a full GC %d MiB, "
                            + "peak in use %d MiB, reserved at most %d MiB; data %d MiB%n", settled, start,
                    packyard.rssPeakMib(), heap.lastLive(), heap.peakUsed(), heap.peakReserved(), du(data) / MIB);
            firstFailures.forEach(f -> System.out.println("  other answer: " + f));
        }
        deleteTree(data);
    }

    private void download(String url, String token, GeneratedArtifact expected) throws IOException {
        GeneratedArtifact.Received got = download(url, token);
        if (got.bytes() != expected.size() || !got.sha256().equals(expected.digests().sha256())) {
            throw new IllegalStateException(url + ": " + got.bytes() + " bytes with the wrong content");
        }
    }

    /** mvn deploy's order: the jar, its .sha1, then the artifact's maven-metadata.xml. */
    private void deploy(Endpoints endpoints, String artifact, String version, GeneratedArtifact file) throws IOException {
        String jarUrl = endpoints.team + GeneratedMavenRepository.jarPath(artifact, version);
        put(jarUrl, endpoints.token, new Streamed(file));
        put(jarUrl + ".sha1", endpoints.token, RequestBody.create(file.digests().sha1(), OCTETS));
        put(endpoints.team + "com/acme/" + artifact + "/maven-metadata.xml", endpoints.token, RequestBody.create(
                "<metadata><groupId>com.acme</groupId><artifactId>" + artifact + "</artifactId><versioning><versions><version>"
                        + version + "</version></versions></versioning></metadata>", OCTETS));
    }

    private void put(String url, String token, RequestBody body) throws IOException {
        try (Response response = http.newCall(new Request.Builder().url(url).header("Authorization", "Bearer " + token)
                .put(body).build()).execute()) {
            if (response.code() >= 300) {
                throw new HttpFailure(response.code(), url + ": HTTP " + response.code() + " " + response.body().string());
            }
        }
    }

    private static final MediaType OCTETS = MediaType.get("application/octet-stream");

    private static final class Streamed extends RequestBody {
        private final GeneratedArtifact file;

        Streamed(GeneratedArtifact file) {
            this.file = file;
        }

        @Override
        public MediaType contentType() {
            return OCTETS;
        }

        @Override
        public long contentLength() {
            return file.size();
        }

        @Override
        public void writeTo(BufferedSink sink) throws IOException {
            file.writeTo(sink.outputStream());
            sink.flush();
        }
    }

    private static final class HttpFailure extends IOException {
        final int status;

        HttpFailure(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    /** A domain with a proxy repository {@code store} (Maven's external connection) and a repository {@code team}. */
    private static final class Endpoints implements AutoCloseable {
        final CodeartifactClient api;
        final String store;
        final String team;
        final String token;

        private Endpoints(CodeartifactClient api, String store, String team, String token) {
            this.api = api;
            this.store = store;
            this.team = team;
            this.token = token;
        }

        static Endpoints create(String url) {
            CodeartifactClient api = CodeartifactClient.builder().endpointOverride(URI.create(url)).region(Region.US_EAST_1)
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("packyard", "packyard")))
                    .httpClient(UrlConnectionHttpClient.create()).build();
            api.createDomain(r -> r.domain("bench"));
            api.createRepository(r -> r.domain("bench").repository("store"));
            api.associateExternalConnection(r -> r.domain("bench").repository("store").externalConnection("public:maven-central"));
            api.createRepository(r -> r.domain("bench").repository("team"));
            String owner = api.describeDomain(r -> r.domain("bench")).domain().owner();
            String token = api.getAuthorizationToken(r -> r.domain("bench")).authorizationToken();
            String base = url + "/d/bench/" + owner + "/maven/";
            return new Endpoints(api, base + "store/", base + "team/", token);
        }

        @Override
        public void close() {
            api.close();
        }
    }

    private interface Work {
        void run() throws Exception;
    }

    private static double seconds(Work work) throws Exception {
        long started = System.nanoTime();
        work.run();
        return (System.nanoTime() - started) / 1e9;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A comma-separated list; "none" for none (e.g. to run only the soak). */
    private static long[] numbers(String list) {
        if (list.equals("none")) {
            return new long[0];
        }
        return Arrays.stream(list.split(",")).mapToLong(Long::parseLong).toArray();
    }

    private static long du(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return 0;
        }
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
