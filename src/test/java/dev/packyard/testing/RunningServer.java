package dev.packyard.testing;

import dev.packyard.app.Backend;
import dev.packyard.app.ServerWiring;
import dev.packyard.server.PackyardServer;
import dev.packyard.app.FetchModule;
import dev.packyard.upstream.timing.TimingProfile;
import java.net.URI;
import java.nio.file.Path;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.codeartifact.CodeartifactClient;

/**
 * The real backend on a test directory with the real HTTP server on a free port of 127.0.0.1, and an AWS SDK client
 * pointed at it with dummy credentials (the SDK signs its requests; Packyard accepts them unverified).
 */
public final class RunningServer implements AutoCloseable {
    private final MutableClock clock;
    private final Backend backend;
    private final FetchModule fetch;
    private final PackyardServer server;
    private CodeartifactClient client;

    private RunningServer(MutableClock clock, Backend backend, FetchModule fetch, PackyardServer server) {
        this.clock = clock;
        this.backend = backend;
        this.fetch = fetch;
        this.server = server;
    }

    /** The server with no public registry configured: every external connection says it has no endpoint. */
    public static RunningServer start(Path dir) {
        MutableClock clock = MutableClock.startingAt("2026-03-01T09:00:00.250Z");
        Backend backend = TestBackends.open(dir, clock);
        FetchModule fetch = new FetchModule(backend, TimingProfile.codeartifact(), java.util.List.of(), Runnable::run);
        return new RunningServer(clock, backend, fetch, ServerWiring.start(backend, fetch.engine(), "127.0.0.1", 0));
    }

    public String endpoint() {
        return "http://127.0.0.1:" + server.port();
    }

    public int port() {
        return server.port();
    }

    public MutableClock clock() {
        return clock;
    }

    public Backend backend() {
        return backend;
    }

    /** An SDK client that does not retry, so each call is exactly one request and errors surface at once. */
    public CodeartifactClient client() {
        if (client == null) {
            client = CodeartifactClient.builder()
                    .endpointOverride(URI.create(endpoint()))
                    .region(Region.US_EAST_1)
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDPACKYARDTEST", "dummy-secret")))
                    .httpClient(UrlConnectionHttpClient.create())
                    .overrideConfiguration(c -> c.retryStrategy(AwsRetryStrategy.doNotRetry()))
                    .build();
        }
        return client;
    }

    @Override
    public void close() {
        if (client != null) {
            client.close();
        }
        server.stop();
        fetch.close();
        backend.close();
    }
}
