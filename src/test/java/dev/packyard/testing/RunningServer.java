package dev.packyard.testing;

import dev.packyard.app.Backend;
import dev.packyard.app.ServerWiring;
import dev.packyard.server.PackyardServer;
import dev.packyard.service.settings.RuntimeSettings;
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
    private final PackyardServer server;
    private CodeartifactClient client;

    private RunningServer(MutableClock clock, Backend backend, PackyardServer server) {
        this.clock = clock;
        this.backend = backend;
        this.server = server;
    }

    public static RunningServer start(Path dir) {
        MutableClock clock = MutableClock.startingAt("2026-03-01T09:00:00.250Z");
        Backend backend = TestBackends.open(dir, clock);
        return new RunningServer(clock, backend, ServerWiring.start(backend, RuntimeSettings.DEFAULTS, "127.0.0.1", 0));
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
        backend.close();
    }
}
