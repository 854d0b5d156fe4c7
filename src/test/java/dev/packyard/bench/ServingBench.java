package dev.packyard.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Issue 8 part 3: serving figures of npm registries that proxy the stand-in (Packyard and, as the peer, Verdaccio),
 * with a warm cache. 50 concurrent clients first ask for packuments, then download tarballs, each phase for a fixed
 * time; prints packument latency (p50, p99) and tarball throughput per registry, and the Packyard/peer ratios.
 *
 * <p>Arguments: {@code PACKAGES SECONDS NAME=URL[#TOKEN]...}; package names follow the stand-in's scheme.
 */
public final class ServingBench {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CLIENTS = 50;

    private ServingBench() {
    }

    record Target(String name, String url, String token) {
        static Target parse(String arg) {
            String[] nameRest = arg.split("=", 2);
            String[] urlToken = nameRest[1].split("#", 2);
            String url = urlToken[0].endsWith("/") ? urlToken[0] : urlToken[0] + "/";
            return new Target(nameRest[0], url, urlToken.length > 1 ? urlToken[1] : null);
        }
    }

    record Result(Stats latency, long bytes, int requests, int errors, double seconds) {
        double mibPerSecond() {
            return bytes / (1024.0 * 1024.0) / seconds;
        }
    }

    public static void main(String[] args) throws Exception {
        int packages = Integer.parseInt(args[0]);
        Duration phase = Duration.ofSeconds(Long.parseLong(args[1]));
        OkHttpClient http = new OkHttpClient.Builder()
                .dispatcher(dispatcher())
                .connectionPool(new ConnectionPool(CLIENTS, 1, TimeUnit.MINUTES))
                .callTimeout(Duration.ofSeconds(60))
                .build();
        System.out.println("== Serving under " + CLIENTS + " concurrent clients (issue 8 part 3), warm caches, " + phase.toSeconds()
                + " s per phase");
        List<Result[]> results = new ArrayList<>();
        for (int a = 2; a < args.length; a++) {
            Target target = Target.parse(args[a]);
            List<String> packuments = new ArrayList<>();
            List<String> tarballs = new ArrayList<>();
            for (int i = 0; i < packages; i++) {
                String url = target.url() + NpmStandIn.name(i).replace("/", "%2f");
                packuments.add(url);
                JsonNode doc = JSON.readTree(get(http, target, url).bytes);
                tarballs.add(doc.path("versions").path(NpmStandIn.INSTALLED).path("dist").path("tarball").asText());
            }
            for (String t : tarballs) {
                get(http, target, t);
            }
            Result p = load(http, target, packuments, phase);
            Result t = load(http, target, tarballs, phase);
            System.out.printf(Locale.ROOT, "%s: packuments %.0f/s, latency p50 %s p99 %s (%d errors); tarballs %.1f MiB/s, "
                            + "%.0f/s, latency p50 %s p99 %s (%d errors)%n", target.name(), p.requests() / p.seconds(),
                    Stats.ms(p.latency().median()), Stats.ms(p.latency().percentile(99)), p.errors(), t.mibPerSecond(),
                    t.requests() / t.seconds(), Stats.ms(t.latency().median()), Stats.ms(t.latency().percentile(99)), t.errors());
            results.add(new Result[] {p, t});
        }
        if (results.size() > 1) {
            Result[] first = results.get(0);
            Result[] peer = results.get(1);
            System.out.printf(Locale.ROOT, "ratio first/second: packument p50 %.2f, p99 %.2f; tarball throughput %.2f%n",
                    first[0].latency().median() / peer[0].latency().median(),
                    first[0].latency().percentile(99) / peer[0].latency().percentile(99),
                    first[1].mibPerSecond() / peer[1].mibPerSecond());
        }
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    private static Dispatcher dispatcher() {
        Dispatcher d = new Dispatcher();
        d.setMaxRequests(CLIENTS * 2);
        d.setMaxRequestsPerHost(CLIENTS * 2);
        return d;
    }

    private record Body(byte[] bytes) {
    }

    private static Body get(OkHttpClient http, Target target, String url) throws IOException {
        try (Response r = http.newCall(request(target, url)).execute()) {
            if (r.code() != 200) {
                throw new IOException(target.name() + " answered " + r.code() + " for " + url);
            }
            return new Body(r.body().bytes());
        }
    }

    private static Request request(Target target, String url) {
        Request.Builder b = new Request.Builder().url(url);
        if (target.token() != null) {
            b.header("Authorization", "Bearer " + target.token());
        }
        return b.build();
    }

    /** CLIENTS threads request the URLs round-robin until the phase ends (and at most 200,000 requests). */
    private static Result load(OkHttpClient http, Target target, List<String> urls, Duration phase) throws Exception {
        Stats latency = new Stats();
        AtomicLong bytes = new AtomicLong();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        long end = System.nanoTime() + phase.toNanos();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<List<Long>>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            clients.add(pool.submit(() -> {
                List<Long> mine = new ArrayList<>();
                byte[] buffer = new byte[65536];
                while (System.nanoTime() < end) {
                    int n = next.getAndIncrement();
                    if (n >= 200_000) {
                        break;
                    }
                    long t0 = System.nanoTime();
                    try (Response r = http.newCall(request(target, urls.get(n % urls.size()))).execute();
                         InputStream in = r.body().byteStream()) {
                        long read = 0;
                        for (int k; (k = in.read(buffer)) > 0; ) {
                            read += k;
                        }
                        if (r.code() != 200) {
                            errors.incrementAndGet();
                        }
                        bytes.addAndGet(read);
                    } catch (IOException e) {
                        errors.incrementAndGet();
                    }
                    mine.add(System.nanoTime() - t0);
                }
                return mine;
            }));
        }
        int requests = 0;
        for (Future<List<Long>> f : clients) {
            for (long nanos : f.get()) {
                latency.addNanos(nanos);
                requests++;
            }
        }
        pool.shutdown();
        return new Result(latency, bytes.get(), requests, errors.get(), (System.nanoTime() - start) / 1e9);
    }
}
