package dev.packyard.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in Maven repository on 127.0.0.1 whose jars are {@link GeneratedArtifact}s of group {@value #GROUP}:
 * maven-metadata.xml, each jar streamed as it is generated (a gibibyte needs no gibibyte of memory or disk here) and
 * its .sha1 sidecar. It can be put in an outage (503 for everything) and counts the downloads of each jar, so a test
 * can tell that concurrent requesters shared one.
 */
public final class GeneratedMavenRepository implements AutoCloseable {
    public static final String GROUP = "com.acme";

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "generated-maven-repository");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Map<String, GeneratedArtifact>> artifacts = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> downloads = new ConcurrentHashMap<>();
    private volatile boolean down;
    private volatile Hold hold;

    private GeneratedMavenRepository(HttpServer server) {
        this.server = server;
    }

    public static GeneratedMavenRepository start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        GeneratedMavenRepository repository = new GeneratedMavenRepository(server);
        server.createContext("/", repository::answer);
        server.setExecutor(repository.threads);
        server.start();
        return repository;
    }

    /** The repository's base URL, ending in '/'. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    /** Lists {@code version} of {@code artifactId} in its maven-metadata.xml, with the given content as its jar. */
    public void add(String artifactId, String version, GeneratedArtifact content) {
        artifacts.computeIfAbsent(artifactId, a -> Collections.synchronizedMap(new LinkedHashMap<>())).put(version, content);
    }

    /** {@code com/acme/ID/VERSION/ID-VERSION.jar}, the jar's path under any Maven repository's base. */
    public static String jarPath(String artifactId, String version) {
        return GROUP.replace('.', '/') + "/" + artifactId + "/" + version + "/" + artifactId + "-" + version + ".jar";
    }

    /** While true, every request is answered 503, as a registry in an outage does. */
    public void outage(boolean on) {
        down = on;
    }

    /**
     * From now on every jar stops after its first {@code bytes} (flushed to the requester) until {@link Hold#release()};
     * {@link Hold#reached()} tells when a download got there.
     */
    public Hold holdAfter(long bytes) {
        Hold h = new Hold(bytes);
        hold = h;
        return h;
    }

    /** How many times the jar's bytes were asked for. */
    public int downloads(String artifactId, String version) {
        AtomicInteger count = downloads.get(jarPath(artifactId, version));
        return count == null ? 0 : count.get();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (down) {
                send(exchange, 503, "unavailable");
                return;
            }
            String path = exchange.getRequestURI().getPath();
            String prefix = "/" + GROUP.replace('.', '/') + "/";
            if (!path.startsWith(prefix)) {
                send(exchange, 404, "not found");
                return;
            }
            String[] parts = path.substring(prefix.length()).split("/");
            Map<String, GeneratedArtifact> versions = artifacts.get(parts[0]);
            if (versions == null) {
                send(exchange, 404, "not found");
            } else if (parts.length == 2 && parts[1].equals("maven-metadata.xml")) {
                send(exchange, 200, metadata(parts[0], versions));
            } else if (parts.length == 3 && versions.containsKey(parts[1])) {
                file(exchange, parts[0], parts[1], parts[2], versions.get(parts[1]));
            } else {
                send(exchange, 404, "not found");
            }
        } catch (IOException clientLeft) {
            // A requester that hangs up mid-file is no fault of the repository.
        }
    }

    private void file(HttpExchange exchange, String artifactId, String version, String name, GeneratedArtifact content)
            throws IOException {
        String jar = artifactId + "-" + version + ".jar";
        if (name.equals(jar + ".sha1")) {
            send(exchange, 200, content.digests().sha1());
        } else if (name.equals(jar)) {
            downloads.computeIfAbsent(jarPath(artifactId, version), p -> new AtomicInteger()).incrementAndGet();
            exchange.getResponseHeaders().set("Content-Type", "application/java-archive");
            exchange.sendResponseHeaders(200, content.size() == 0 ? -1 : content.size());
            try (OutputStream body = exchange.getResponseBody()) {
                Hold h = hold;
                content.writeTo(h == null ? body : h.on(body));
            }
        } else {
            send(exchange, 404, "not found");
        }
    }

    /** A download paused part way through, as over a slow link, until the test lets it go on. */
    public static final class Hold {
        private final long after;
        private final java.util.concurrent.CountDownLatch reached = new java.util.concurrent.CountDownLatch(1);
        private final java.util.concurrent.CountDownLatch released = new java.util.concurrent.CountDownLatch(1);

        private Hold(long after) {
            this.after = after;
        }

        /** Waits until a download has sent its first bytes and stopped; false if none did within the time. */
        public boolean reached(long timeout, java.util.concurrent.TimeUnit unit) throws InterruptedException {
            return reached.await(timeout, unit);
        }

        public void release() {
            released.countDown();
        }

        private OutputStream on(OutputStream body) {
            return new java.io.FilterOutputStream(body) {
                private long sent;

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    if (sent < after && sent + len >= after) {
                        int first = (int) (after - sent);
                        out.write(b, off, first);
                        out.flush();
                        sent += first;
                        reached.countDown();
                        await();
                        off += first;
                        len -= first;
                    }
                    out.write(b, off, len);
                    sent += len;
                }

                private void await() throws IOException {
                    try {
                        if (!released.await(2, java.util.concurrent.TimeUnit.MINUTES)) {
                            throw new IOException("the test never released the held download");
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IOException("interrupted while held", e);
                    }
                }
            };
        }
    }

    private static String metadata(String artifactId, Map<String, GeneratedArtifact> versions) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<metadata><groupId>")
                .append(GROUP).append("</groupId><artifactId>").append(artifactId).append("</artifactId><versioning><versions>");
        String last = null;
        synchronized (versions) {
            for (String v : versions.keySet()) {
                xml.append("<version>").append(v).append("</version>");
                last = v;
            }
        }
        xml.append("</versions>");
        if (last != null) {
            xml.append("<latest>").append(last).append("</latest><release>").append(last).append("</release>");
        }
        return xml.append("</versioning></metadata>\n").toString();
    }

    private static void send(HttpExchange exchange, int status, String text) throws IOException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
