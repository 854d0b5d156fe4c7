package dev.packyard.server.packages;

import java.net.URI;
import java.nio.file.Path;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.codeartifact.CodeartifactClient;

/**
 * A {@code serve --demo --timing immediate} child for the real-client tests, with the AWS SDK pointed at it, a
 * token of domain {@code demo} and the domain's owner.
 */
final class DemoServe implements AutoCloseable {
    final ServeChild serve;
    final CodeartifactClient api;
    final String token;
    final String owner;

    private DemoServe(ServeChild serve, CodeartifactClient api) {
        this.serve = serve;
        this.api = api;
        this.token = api.getAuthorizationToken(r -> r.domain("demo")).authorizationToken();
        this.owner = api.describeDomain(r -> r.domain("demo")).domain().owner();
    }

    static DemoServe start(Path dataDir) throws Exception {
        ServeChild serve = ServeChild.start(dataDir, "--demo", "--timing", "immediate");
        CodeartifactClient api = CodeartifactClient.builder().endpointOverride(URI.create(serve.url())).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDPACKYARDTEST", "dummy")))
                .httpClient(UrlConnectionHttpClient.create()).build();
        return new DemoServe(serve, api);
    }

    /** The endpoint of repository {@code app} for a format, as get-repository-endpoint returns it. */
    String endpoint(String format) {
        return serve.url() + "/d/demo/" + owner + "/" + format + "/app/";
    }

    @Override
    public void close() throws Exception {
        api.close();
        serve.close();
    }
}
