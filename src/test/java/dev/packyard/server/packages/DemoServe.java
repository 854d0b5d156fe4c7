package dev.packyard.server.packages;

import java.net.URI;
import java.nio.file.Path;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.codeartifact.CodeartifactClient;

/**
 * A {@code serve --demo --timing immediate} child as the real-client tests use it: the AWS SDK pointed at its control
 * plane, a token for domain {@code demo} and the domain's owner, so endpoints can be named as clients name them.
 */
record DemoServe(ServeChild serve, CodeartifactClient api, String token, String owner) implements AutoCloseable {
    static DemoServe start(Path dataDir) throws Exception {
        ServeChild serve = ServeChild.start(dataDir, "--demo", "--timing", "immediate");
        CodeartifactClient api = CodeartifactClient.builder().endpointOverride(URI.create(serve.url())).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDPACKYARDTEST", "dummy")))
                .httpClient(UrlConnectionHttpClient.create()).build();
        String token = api.getAuthorizationToken(r -> r.domain("demo")).authorizationToken();
        String owner = api.describeDomain(r -> r.domain("demo")).domain().owner();
        return new DemoServe(serve, api, token, owner);
    }

    /** The endpoint of repository {@code app} for a format, as get-repository-endpoint gives it. */
    String endpoint(String format) {
        return serve.url() + "/d/demo/" + owner + "/" + format + "/app/";
    }

    @Override
    public void close() throws InterruptedException {
        api.close();
        serve.close();
    }
}
