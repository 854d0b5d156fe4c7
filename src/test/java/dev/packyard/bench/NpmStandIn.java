package dev.packyard.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * A stand-in public npm registry on 127.0.0.1 for the benchmarks: a generated tree of {@code count} packages
 * (every tenth one scoped), three versions each, with dependencies between them so that installing the fixture
 * project pulls in every package once. Packuments and tarballs are real (tarballs hold package.json, index.js and a
 * data file of 4-150 KB of incompressible bytes; integrity and shasum are computed). Each request waits
 * {@code latency} first, as a far-away registry would. Nothing is ever forwarded anywhere.
 */
final class NpmStandIn implements AutoCloseable {
    static final String[] VERSIONS = {"1.0.0", "1.1.0", "2.0.0"};
    /** The version a "^1.0.0" range resolves to: the one every install ends up with. */
    static final String INSTALLED = "1.1.0";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final int count;
    private final Duration latency;
    private final Map<String, byte[]> tarballs = new ConcurrentHashMap<>();
    private final Map<String, Map<String, String>> integrity = new ConcurrentHashMap<>();
    private final AtomicLong packumentRequests = new AtomicLong();
    private final AtomicLong packumentBodies = new AtomicLong();
    private final AtomicLong packumentBodyBytes = new AtomicLong();
    private final AtomicLong notModified = new AtomicLong();
    private final AtomicLong tarballRequests = new AtomicLong();
    private final AtomicLong tarballBytes = new AtomicLong();
    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(64);

    NpmStandIn(int count, Duration latency, int port) throws IOException {
        this.count = count;
        this.latency = latency;
        for (int i = 0; i < count; i++) {
            for (String version : VERSIONS) {
                byte[] tgz = tarball(i, version);
                tarballs.put(tarballPath(name(i), version), tgz);
                integrity.computeIfAbsent(name(i), k -> new ConcurrentHashMap<>()).put(version, sri(tgz) + " " + sha1(tgz));
            }
        }
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 256);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    int count() {
        return count;
    }

    static String name(int i) {
        String n = String.format("bench-pkg-%03d", i);
        return i % 10 == 9 ? "@benchscope/" + n : n;
    }

    /** What a tarball's file name is in the packument and in Packyard's asset list. */
    static String tarballFile(String name, String version) {
        String base = name.contains("/") ? name.substring(name.indexOf('/') + 1) : name;
        return base + "-" + version + ".tgz";
    }

    static String tarballPath(String name, String version) {
        return name + "/-/" + tarballFile(name, version);
    }

    /** Package i depends on 3i+1..3i+3 (a ternary tree over all packages) and on one earlier-numbered package. */
    List<Integer> dependencies(int i) {
        List<Integer> deps = new ArrayList<>();
        for (int k = 3 * i + 1; k <= 3 * i + 3 && k < count; k++) {
            deps.add(k);
        }
        if (i > 20 && i % 3 == 0) {
            deps.add(i / 2 + 1 == i ? 1 : i / 2 + 1);
        }
        return deps;
    }

    /** The fixture project's package.json: depends on the root of the tree and a few packages near it. */
    String fixturePackageJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("name", "packyard-bench-fixture");
        root.put("version", "1.0.0");
        root.put("private", true);
        ObjectNode deps = root.putObject("dependencies");
        for (int i = 0; i < Math.min(4, count); i++) {
            deps.put(name(i), "^1.0.0");
        }
        return root.toPrettyString();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!latency.isZero()) {
                Thread.sleep(latency.toMillis());
            }
            String path = URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8).substring(1);
            boolean head = "HEAD".equals(exchange.getRequestMethod());
            byte[] tgz = tarballs.get(path);
            if (tgz != null) {
                tarballRequests.incrementAndGet();
                tarballBytes.addAndGet(tgz.length);
                send(exchange, 200, "application/octet-stream", tgz, head);
                return;
            }
            int index = indexOf(path);
            if (index < 0) {
                send(exchange, 404, "application/json", "{\"error\":\"Not found\"}".getBytes(StandardCharsets.UTF_8), head);
                return;
            }
            packumentRequests.incrementAndGet();
            // As the npm registry does: an ETag per document, and 304 with no body to a client that holds it.
            byte[] body = packument(index);
            String etag = "\"" + HexFormat.of().formatHex(digest("SHA-256", body)).substring(0, 32) + "\"";
            exchange.getResponseHeaders().set("ETag", etag);
            if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                notModified.incrementAndGet();
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            packumentBodies.incrementAndGet();
            packumentBodyBytes.addAndGet(body.length);
            send(exchange, 200, "application/json", body, head);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private int indexOf(String name) {
        for (int i = 0; i < count; i++) {
            if (name(i).equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body, boolean head) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    byte[] packument(int i) throws IOException {
        String name = name(i);
        ObjectNode doc = JSON.createObjectNode();
        doc.put("_id", name);
        doc.put("name", name);
        doc.putObject("dist-tags").put("latest", VERSIONS[VERSIONS.length - 1]);
        ObjectNode versions = doc.putObject("versions");
        ObjectNode time = doc.putObject("time");
        time.put("created", "2024-01-01T00:00:00.000Z");
        for (int v = 0; v < VERSIONS.length; v++) {
            String version = VERSIONS[v];
            ObjectNode manifest = versions.putObject(version);
            manifest.put("name", name);
            manifest.put("version", version);
            manifest.put("description", "Generated package " + i + " for the Packyard benchmarks");
            manifest.put("license", "MIT");
            ObjectNode deps = manifest.putObject("dependencies");
            dependencies(i).forEach(d -> deps.put(name(d), "^1.0.0"));
            String[] hashes = integrity.get(name).get(version).split(" ");
            ObjectNode dist = manifest.putObject("dist");
            dist.put("tarball", url() + tarballPath(name, version));
            dist.put("integrity", hashes[0]);
            dist.put("shasum", hashes[1]);
            time.put(version, "2024-0" + (v + 1) + "-01T00:00:00.000Z");
        }
        time.put("modified", "2024-03-01T00:00:00.000Z");
        return JSON.writeValueAsBytes(doc);
    }

    private byte[] tarball(int i, String version) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        ObjectNode pkg = JSON.createObjectNode();
        pkg.put("name", name(i));
        pkg.put("version", version);
        pkg.put("main", "index.js");
        ObjectNode deps = pkg.putObject("dependencies");
        dependencies(i).forEach(d -> deps.put(name(d), "^1.0.0"));
        files.put("package/package.json", pkg.toPrettyString().getBytes(StandardCharsets.UTF_8));
        files.put("package/index.js", ("module.exports = " + i + ";\n").getBytes(StandardCharsets.UTF_8));
        byte[] data = new byte[4096 + (i * 7919 % 150_000)];
        new Random(i * 31L + version.hashCode()).nextBytes(data);
        files.put("package/data.bin", data);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GZIPOutputStream(bytes))) {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                TarArchiveEntry entry = new TarArchiveEntry(f.getKey());
                entry.setSize(f.getValue().length);
                entry.setMode(0644);
                entry.setModTime(0);
                tar.putArchiveEntry(entry);
                tar.write(f.getValue());
                tar.closeArchiveEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static String sri(byte[] data) {
        return "sha512-" + Base64.getEncoder().encodeToString(digest("SHA-512", data));
    }

    private static String sha1(byte[] data) {
        return HexFormat.of().formatHex(digest("SHA-1", data));
    }

    private static byte[] digest(String algorithm, byte[] data) {
        try {
            return MessageDigest.getInstance(algorithm).digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    long totalTarballBytes(String version) {
        long sum = 0;
        for (int i = 0; i < count; i++) {
            sum += tarballs.get(tarballPath(name(i), version)).length;
        }
        return sum;
    }

    String requestCounts() {
        return packumentRequests.get() + " packument (" + notModified.get() + " answered 304) and " + tarballRequests.get()
                + " tarball requests (" + Stats.mib(tarballBytes.get()) + ")";
    }

    /** What reached the stand-in so far, for tests that count what a warm resolution costs the registry. */
    Traffic traffic() {
        return new Traffic(packumentRequests.get(), packumentBodies.get(), packumentBodyBytes.get(), notModified.get(),
                tarballRequests.get(), tarballBytes.get());
    }

    record Traffic(long packumentRequests, long packumentBodies, long packumentBodyBytes, long notModified, long tarballRequests,
                   long tarballBytes) {
        Traffic since(Traffic earlier) {
            return new Traffic(packumentRequests - earlier.packumentRequests, packumentBodies - earlier.packumentBodies,
                    packumentBodyBytes - earlier.packumentBodyBytes, notModified - earlier.notModified,
                    tarballRequests - earlier.tarballRequests, tarballBytes - earlier.tarballBytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
