package dev.packyard.server.packages;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.codeartifact.CodeartifactClient;

/**
 * A real {@code serve} child whose Maven external connection is {@code registryUrl}, with domain {@code big}:
 * repository {@code store} holds the external connection, {@code team} takes deploys; set up through the AWS SDK.
 */
final class MavenProxyServe implements AutoCloseable {
    final ServeChild serve;
    final CodeartifactClient api;
    final String token;
    private final String owner;

    private MavenProxyServe(ServeChild serve, CodeartifactClient api) {
        this.serve = serve;
        this.api = api;
        api.createDomain(r -> r.domain("big"));
        api.createRepository(r -> r.domain("big").repository("store"));
        api.associateExternalConnection(r -> r.domain("big").repository("store").externalConnection("public:maven-central"));
        api.createRepository(r -> r.domain("big").repository("team"));
        this.token = api.getAuthorizationToken(r -> r.domain("big")).authorizationToken();
        this.owner = api.describeDomain(r -> r.domain("big")).domain().owner();
    }

    static MavenProxyServe start(Path dataDir, List<String> jvmOptions, String registryUrl, String... options) throws Exception {
        List<String> all = new ArrayList<>(List.of("--upstream", "public:maven-central=" + registryUrl, "--timing", "immediate"));
        all.addAll(List.of(options));
        ServeChild serve = ServeChild.start(dataDir, jvmOptions, all.toArray(String[]::new));
        CodeartifactClient api = CodeartifactClient.builder().endpointOverride(URI.create(serve.url())).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDPACKYARDTEST", "dummy")))
                .httpClient(UrlConnectionHttpClient.create()).build();
        return new MavenProxyServe(serve, api);
    }

    /** The Maven endpoint of {@code repository}, ending in '/'. */
    String endpoint(String repository) {
        return serve.url() + "/d/big/" + owner + "/maven/" + repository + "/";
    }

    @Override
    public void close() throws Exception {
        api.close();
        serve.close();
    }
}
